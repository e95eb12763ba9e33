import { canSeeEvidence } from "@/domain/evidence-access";
import type { Permission } from "@/domain/permissions";
import type { DbTx } from "@/server/data/database";
import { notFound } from "@/server/core/errors";
import { authorizeItem } from "./authorize-item";
import type { Viewer } from "./load-viewer";

/**
 * Which evidence a viewer may see (issue 14, src/domain/evidence-access.ts), for items among
 * `boardIds`: a test taking the boards one item concerns (itemBoards: owing boards, recipient, the
 * board whose year it is in) and a piece's `restricted` mark. One query for any number of items.
 */
export async function evidenceRules(db: DbTx, viewer: Viewer, boardIds: readonly string[]) {
  const links = await db.boardArea.findMany({ where: { boardId: { in: [...new Set(boardIds)] } } });
  const scope = (boardId: string) => ({
    boardId,
    areaIds: links.filter((l) => l.boardId === boardId).map((l) => l.areaId),
  });
  return (itemBoardIds: readonly string[], restricted: boolean) =>
    canSeeEvidence(viewer.grants, itemBoardIds.map(scope), restricted);
}

/** The same for one item: a test of a piece's `restricted` mark. */
export async function evidenceVisibility(db: DbTx, viewer: Viewer, itemBoardIds: readonly string[]) {
  const rules = await evidenceRules(db, viewer, itemBoardIds);
  return (restricted: boolean) => rules(itemBoardIds, restricted);
}

/**
 * A piece of evidence, if the viewer holds `permission` on a board its item concerns and may see it:
 * anything else, a piece they may not see included, is NOT_FOUND (a download answers 404).
 */
export async function authorizeEvidence(db: DbTx, viewer: Viewer, evidenceId: string, permission: Permission) {
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    include: { logEntry: { select: { itemId: true } } },
  });
  if (!evidence) throw notFound("The evidence");
  const found = await authorizeItem(db, viewer, evidence.logEntry.itemId, permission);
  const maySee = await evidenceVisibility(db, viewer, found.boards);
  if (!maySee(evidence.restricted)) throw notFound("The evidence");
  return { evidence, found };
}
