import type { Permission } from "@/domain/permissions";
import type { DbTx } from "@/server/data/database";
import { AppError, notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/** The boards an item concerns: its owing boards, its recipient, and the board whose year it is in. */
export async function itemBoards(db: DbTx, itemId: string) {
  const item = await db.calendarItem.findUnique({
    where: { id: itemId },
    include: {
      cycle: true,
      recipientPost: true,
      meeting: true,
      obligation: { include: { parties: { include: { post: true } }, clause: true } },
    },
  });
  if (!item) throw notFound("The item");
  // A follow-up is owed by the board that must act on the recommendation, not the duty's parties.
  const owingParties = item.ownerBoardId ? [] : item.obligation.parties.filter((p) => p.role === "from");
  const owing = item.ownerBoardId ? [item.ownerBoardId] : owingParties.map((p) => p.boardId ?? p.post?.boardId ?? null);
  const recipient = item.recipientBoardId ?? item.recipientPost?.boardId ?? null;
  const boards = [...new Set([...owing, recipient, item.cycle.boardId].filter((b): b is string => b !== null))];
  const owingBoards = [...new Set(owing.filter((b): b is string => b !== null))];
  /** Whose meetings the item is presented at: the recipient's, or for a joint duty the owing boards'. */
  const presentingBoards = recipient
    ? [recipient]
    : item.ownerBoardId
      ? [item.ownerBoardId]
      : [...new Set(owingParties.filter((p) => p.boardId).map((p) => p.boardId!))];
  return { item, boards, owingBoards, recipientBoardId: recipient, presentingBoards };
}

/** Authorised if the viewer holds the permission on any board the item concerns (issue 4's map). */
export async function authorizeItem(db: DbTx, viewer: Viewer, itemId: string, permission: Permission) {
  const found = await itemBoards(db, itemId);
  let lastError: unknown = notFound("The item");
  for (const boardId of found.boards) {
    try {
      await authorizeBoard(db, viewer, boardId, permission);
      return found;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === "FORBIDDEN" || !(lastError instanceof AppError && lastError.code === "FORBIDDEN"))
        lastError = error;
    }
  }
  throw lastError;
}
