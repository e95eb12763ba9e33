import { attachBoardSchema } from "@/lib/schemas/board";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { authorizeArea, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import { BOARD_CHANGED, requireFreeKey } from "./board-form";

const INVALID = "Check the area and the board's key there";

/**
 * Attaches a board to a second area under its key there (the Kent and Medway SAB belongs to both):
 * area:manage over the board and over the area it joins. The home area stays the board's home.
 */
export async function attachBoard(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(attachBoardSchema, raw, INVALID);
  const board = await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage");
  const area = await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
  requireLiveArea(area);
  if (board.archivedAt) throw new AppError("CONFLICT", `${board.name} is archived: bring it back before changing it`);
  if (board.areas.some((a) => a.areaId === area.id))
    throw new AppError("VALIDATION", INVALID, { areaId: [`${board.name} already belongs to ${area.name}`] });
  const duplicate = {
    message: INVALID,
    fieldErrors: { key: [`A board with the key ${input.key} already exists in ${area.name}: choose another key`] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      await requireVersion(board, input.version, BOARD_CHANGED);
      await requireFreeKey(tx, area, input.key, board.id, INVALID);
      // The board's version moves on: its set of areas is part of what an edit form showed.
      await updateVersioned(tx.board, board, {}, BOARD_CHANGED);
      await tx.boardArea.create({ data: { areaId: area.id, boardId: board.id, key: input.key, home: false } });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "board.attach",
        entityType: "Board",
        entityId: board.id,
        after: { area: area.slug, key: input.key },
      });
      return { message: `${board.name} now also belongs to ${area.name}, as ${input.key}.` };
    },
    { duplicate },
  );
}
