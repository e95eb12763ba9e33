import { archiveBoardSchema } from "@/lib/schemas/board";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import { BOARD_CHANGED } from "./board-form";

/**
 * Archives a board (area:manage): a board with history is never deleted. It leaves the boards list,
 * dashboards and calendar generation; its page, items and meetings stay readable. "restore" undoes it.
 */
export async function archiveBoard(ctx: { db: Db; viewer: Viewer }, raw: unknown, now = new Date()) {
  const input = parse(archiveBoardSchema, raw, "Choose whether to archive the board");
  const board = await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage");
  const archive = input.archived === "archive";
  return inTransaction(ctx.db, async (tx) => {
    await requireVersion(board, input.version, BOARD_CHANGED);
    if (archive === Boolean(board.archivedAt))
      throw new AppError("CONFLICT", archive ? `${board.name} is already archived` : `${board.name} is not archived`);
    await updateVersioned(tx.board, board, { archivedAt: archive ? now : null }, BOARD_CHANGED);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: archive ? "board.archive" : "board.restore",
      entityType: "Board",
      entityId: board.id,
      before: { archivedAt: board.archivedAt },
      after: { archivedAt: archive ? now : null },
    });
    return { message: archive ? `${board.name} archived: its history stays readable.` : `${board.name} brought back.` };
  });
}
