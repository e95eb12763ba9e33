import { createBoardSchema } from "@/lib/schemas/board";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeArea, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { boardSlug } from "@/server/seed/import-boards-and-people";
import { boardData, boardKindId, requireFreeKey } from "./board-form";

const INVALID = "Check the board's details";

/**
 * Adds a board to an area, its home (the "Add a board" page and `cli board add`): area:manage over
 * the area. Its global handle is "<area>-<key in lower case>", as the seed and the area file make it.
 */
export async function createBoard(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  const input = parse(createBoardSchema, raw, INVALID);
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  const area = await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
  requireLiveArea(area);
  const slug = boardSlug(area.slug, input.key);
  // Two people adding the same key at once: the unique keys refuse the second.
  const duplicate = {
    message: INVALID,
    fieldErrors: { key: [`A board with the key ${input.key} already exists in ${area.name}: choose another key`] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const kindId = await boardKindId(tx, input.kind, INVALID);
      await requireFreeKey(tx, area, input.key, null, INVALID);
      const data = boardData(input, kindId);
      const board = await tx.board.create({
        data: { slug, ...data, areas: { create: { areaId: area.id, key: input.key, home: true } } },
      });
      await appendAudit(tx, actor, {
        action: "board.create",
        entityType: "Board",
        entityId: board.id,
        after: { slug, area: area.slug, key: input.key, ...data },
      });
      return {
        board: { id: board.id, slug, key: input.key, name: board.name, area: area.slug },
        message: `Board ${board.name} (${input.key}) added to ${area.name}.`,
      };
    },
    { duplicate },
  );
}
