import { createPartyBoardSchema } from "@/lib/schemas/protocol-review";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeArea, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { boardSlug } from "@/server/seed/import-boards-and-people";
import { draftReading, protocolAreaIds, saveReading } from "./draft-reading";
import { boardKeyFor, boardKindFor } from "./import-protocol";

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/**
 * A board the document names that the area lacks, created from the review page (issue 12) as
 * `--create-boards` does at import: its name as printed, its short form as its key, its kind from
 * its name. It becomes a party of the draft. Setting up a board is the area's administrators' work
 * (area:manage), on top of managing the protocol.
 */
export async function createPartyBoard(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  const input = parse(createPartyBoardSchema, raw, "Choose a board the document names");
  const area = await ctx.db.area.findUnique({ where: { slug: input.area } });
  if (!area || (ctx.viewer && !ctx.viewer.areaIds.includes(area.id))) throw notFound("The area");
  const { protocol, source, reading } = await draftReading(ctx.db, ctx.viewer, input.protocolId, input.fingerprint);
  if (
    !(
      await protocolAreaIds(
        ctx.db,
        protocol.parties.map((p) => p.boardId),
      )
    ).includes(area.id)
  )
    throw notFound("The protocol");
  await authorizeArea(ctx.db, ctx.viewer, area.id, "area:manage");
  requireLiveArea(area);
  const party = reading.parties.find((p) => p.key === input.party);
  if (!party) throw invalid("party", "Choose a party the document names");
  if (party.kind !== "board") throw invalid("party", `${party.name} is not a board: match it to a post instead`);
  if (party.match) throw invalid("party", `${party.name} is already matched: reload the page`);
  const key = boardKeyFor(party);
  if (!key)
    throw invalid("party", `${party.name} has no short form that can be a board key: add the board under Boards`);
  if (await ctx.db.boardArea.findFirst({ where: { areaId: area.id, key } }))
    throw invalid("party", `${area.name} already has a board ${key}: match ${party.name} to it instead`);
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  const board = await inTransaction(
    ctx.db,
    async (tx) => {
      const kindId = await boardKindFor(tx, party.name);
      if (!kindId) throw new AppError("CONFLICT", "There are no kinds of board: add one under Vocabularies first");
      const created = await tx.board.create({
        data: {
          slug: boardSlug(area.slug, key),
          name: party.name.slice(0, 200),
          acronym: key,
          kindId,
          statutory: false,
          independentChair: false,
          areas: { create: { areaId: area.id, key, home: true } },
        },
      });
      await tx.protocolParty.create({ data: { protocolId: protocol.id, boardId: created.id } });
      await saveReading(tx, protocol.id, source.reading, {
        ...reading,
        parties: reading.parties.map((p) =>
          p.key === party.key ? { ...p, match: { kind: "board", id: created.id, by: "created" as const } } : p,
        ),
      });
      // One entry: the board, and the protocol it was created for (it is a party of that draft from now).
      await appendAudit(tx, actor, {
        action: "board.create",
        entityType: "Board",
        entityId: created.id,
        after: {
          slug: created.slug,
          area: area.slug,
          key,
          name: created.name,
          from: "protocol review",
          protocolId: protocol.id,
          party: party.key,
        },
      });
      return created;
    },
    {
      duplicate: {
        message: `A board ${key} was created at the same moment. Nothing was saved.`,
        fieldErrors: { party: [`A board ${key} already exists: reload the page`] },
      },
    },
  );
  return { protocolId: protocol.id, boardId: board.id, key, name: board.name };
}
