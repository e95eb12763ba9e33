import { editBoardSchema } from "@/lib/schemas/board";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeArea, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import { BOARD_CHANGED, boardData, boardKindId, requireFreeKey } from "./board-form";

const INVALID = "Check the board's details";

/**
 * Edits a board as shown in one of its areas (area:manage over that area): its details, and its key
 * in that area. Its global handle stays, as links and feeds use it.
 */
export async function editBoard(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(editBoardSchema, raw, INVALID);
  const area = await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
  requireLiveArea(area);
  const duplicate = {
    message: INVALID,
    fieldErrors: { key: [`A board with the key ${input.key} already exists in ${area.name}: choose another key`] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const board = await tx.board.findUnique({ where: { id: input.boardId }, include: { areas: true } });
      const link = board?.areas.find((a) => a.areaId === area.id);
      if (!board || !link) throw notFound("The board");
      if (board.archivedAt)
        throw new AppError("CONFLICT", `${board.name} is archived: bring it back before changing it`);
      await requireVersion(board, input.version, BOARD_CHANGED);
      const kindId = await boardKindId(tx, input.kind, INVALID);
      await requireFreeKey(tx, area, input.key, board.id, INVALID);
      const data = boardData(input, kindId);
      await updateVersioned(tx.board, board, data, BOARD_CHANGED);
      if (link.key !== input.key)
        await tx.boardArea.update({
          where: { areaId_boardId: { areaId: area.id, boardId: board.id } },
          data: { key: input.key },
        });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "board.edit",
        entityType: "Board",
        entityId: board.id,
        before: {
          key: link.key,
          ...boardData(
            {
              ...board,
              key: link.key,
              kind: "",
              statutoryBasis: board.statutoryBasis ?? undefined,
              contact: board.contact ?? undefined,
            },
            board.kindId,
          ),
        },
        after: { key: input.key, ...data },
      });
      return { area: area.slug, key: input.key, message: `${data.name} (${input.key}) saved.` };
    },
    { duplicate },
  );
}
