import { matchPartySchema } from "@/lib/schemas/protocol-review";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { draftReading, protocolAreaIds, saveReading } from "./draft-reading";

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/**
 * A party the document names, matched by hand to a board or post of the protocol's area (issue 12):
 * the reader's guess corrected, or a body it could not place. A board chosen becomes a party of the
 * draft (protocol:manage on it, as for any party). Proposals naming the party then map to it.
 */
export async function matchParty(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  const input = parse(matchPartySchema, raw, "Choose what the party is in the area");
  const { protocol, source, reading } = await draftReading(ctx.db, ctx.viewer, input.protocolId, input.fingerprint);
  const party = reading.parties.find((p) => p.key === input.party);
  if (!party) throw invalid("party", "Choose a party the document names");
  const [kind, id] = input.target.split(":") as ["board" | "post", string];
  const areaIds = await protocolAreaIds(
    ctx.db,
    protocol.parties.map((p) => p.boardId),
  );
  let name: string;
  if (kind === "board") {
    const link = await ctx.db.boardArea.findFirst({
      where: { boardId: id, areaId: { in: areaIds }, board: { archivedAt: null } },
      include: { board: true },
    });
    if (!link) throw invalid("target", "Choose a board of the area");
    if (ctx.viewer) await authorizeBoard(ctx.db, ctx.viewer, id, "protocol:manage");
    name = link.board.name;
  } else {
    const post = await ctx.db.post.findFirst({ where: { id, areaId: { in: areaIds } } });
    if (!post) throw invalid("target", "Choose a post of the area");
    name = post.title;
  }
  if (party.match?.kind === kind && party.match.id === id)
    throw invalid("target", `${party.name} is already matched to ${name}`);
  const before = party.match;
  const addsParty = kind === "board" && !protocol.parties.some((p) => p.boardId === id);
  const next = {
    ...reading,
    parties: reading.parties.map((p) =>
      p.key === party.key ? { ...p, match: { kind, id, by: "chosen" as const } } : p,
    ),
  };
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  await inTransaction(ctx.db, async (tx) => {
    await saveReading(tx, protocol.id, source.reading, next);
    if (addsParty) await tx.protocolParty.create({ data: { protocolId: protocol.id, boardId: id } });
    await appendAudit(tx, actor, {
      action: "protocol.match-party",
      entityType: "Protocol",
      entityId: protocol.id,
      before: { party: party.key, match: before },
      after: { party: party.key, match: { kind, id }, ...(addsParty ? { partyAdded: id } : {}) },
    });
  });
  return { protocolId: protocol.id, party: party.key, partyName: party.name, matchedTo: name, partyAdded: addsParty };
}
