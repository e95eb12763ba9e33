import { detachBoardSchema } from "@/lib/schemas/board";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { authorizeArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import { BOARD_CHANGED } from "./board-form";

/** Detaches a board from an area it was attached to (never its home area): area:manage over both. */
export async function detachBoard(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(detachBoardSchema, raw, "Choose the area to detach the board from");
  const board = await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage");
  const area = await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
  const link = board.areas.find((a) => a.areaId === area.id);
  if (!link)
    throw new AppError("VALIDATION", "Choose an area the board belongs to", {
      areaId: [`${board.name} does not belong to ${area.name}`],
    });
  if (link.home)
    throw new AppError("VALIDATION", "A board cannot leave its home area", {
      areaId: [`${area.name} is ${board.name}'s home area: archive the board instead`],
    });
  return inTransaction(ctx.db, async (tx) => {
    await requireVersion(board, input.version, BOARD_CHANGED);
    await updateVersioned(tx.board, board, {}, BOARD_CHANGED);
    await tx.boardArea.delete({ where: { areaId_boardId: { areaId: area.id, boardId: board.id } } });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "board.detach",
      entityType: "Board",
      entityId: board.id,
      before: { area: area.slug, key: link.key },
    });
    return { message: `${board.name} no longer belongs to ${area.name}.` };
  });
}
