import type { ExtractedText, ProtocolReading } from "@/domain/protocol-reading/types";
import { appendAudit, type Actor } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import type { DbTx } from "@/server/data/database";
import { boardSlug } from "@/server/seed/import-boards-and-people";
import { boardKindFor, contentTypeOf, type ProtocolFile, type uniqueRefs } from "./import-protocol-input";
import { storedReading, type StoredParty } from "./stored-reading";

export interface ImportWrite {
  area: { id: string; slug: string };
  actor: Actor;
  uploadedById: string | null;
  draft: { id: string; version: string; parties: { boardId: string }[] } | null;
  key: string;
  title: string;
  file: ProtocolFile;
  extracted: ExtractedText;
  reading: ProtocolReading;
  parties: StoredParty[];
  clauses: ReturnType<typeof uniqueRefs>;
  matchedBoards: string[];
  toCreate: { party: StoredParty; key: string }[];
  sha256: string;
  storageKey: string;
}

/**
 * The writes of one import, in the caller's transaction (import-protocol.ts): the boards to create,
 * the draft (new, or the one read into, its clauses replaced), its clauses as printed, one proposal
 * per duty and membership rule in clause order, the source document, and one audit entry.
 */
export async function writeImport(tx: DbTx, w: ImportWrite) {
  const { area, actor, draft, key, title, file, extracted, reading, parties, clauses, matchedBoards, toCreate } = w;
  const { sha256, storageKey } = w;
  const created: { key: string; name: string; id: string }[] = [];
  for (const { party, key: boardKey } of toCreate) {
    const kindId = await boardKindFor(tx, party.name);
    if (!kindId) throw new AppError("CONFLICT", "There are no kinds of board: add one under Vocabularies first");
    const board = await tx.board.create({
      data: {
        slug: boardSlug(area.slug, boardKey),
        name: party.name.slice(0, 200),
        acronym: boardKey,
        kindId,
        statutory: false,
        independentChair: false,
        areas: { create: { areaId: area.id, key: boardKey, home: true } },
      },
    });
    await appendAudit(tx, actor, {
      action: "board.create",
      entityType: "Board",
      entityId: board.id,
      after: { slug: board.slug, area: area.slug, key: boardKey, name: board.name, from: "protocol import" },
    });
    party.match = { kind: "board", id: board.id, by: "created" };
    created.push({ key: boardKey, name: board.name, id: board.id });
  }
  const boardIds = [...new Set([...matchedBoards, ...created.map((b) => b.id)])];
  let protocolId: string;
  let version: string;
  if (draft) {
    protocolId = draft.id;
    version = draft.version;
    const have = new Set(draft.parties.map((p) => p.boardId));
    const added = boardIds.filter((id) => !have.has(id));
    if (added.length) await tx.protocolParty.createMany({ data: added.map((boardId) => ({ protocolId, boardId })) });
    await tx.clause.deleteMany({ where: { protocolId } });
  } else {
    version = "1";
    const protocol = await tx.protocol.create({
      data: {
        key,
        title,
        version,
        status: "draft",
        sourceDocument: file.fileName.slice(0, 500),
        parties: { create: boardIds.map((boardId) => ({ boardId })) },
      },
    });
    protocolId = protocol.id;
  }
  await tx.clause.createMany({
    data: clauses.map((c, position) => ({
      protocolId,
      ref: c.ref,
      heading: c.heading?.slice(0, 500) ?? null,
      text: c.text,
      position,
    })),
  });
  const clauseIds = new Map(
    (await tx.clause.findMany({ where: { protocolId }, select: { id: true, ref: true } })).map((c) => [c.ref, c.id]),
  );
  // The reader's refs are the original ones; uniqueRefs renamed only repeats, which keep the first's id.
  const clauseIdOf = (ref: string) => clauseIds.get(ref.trim().slice(0, 60)) ?? null;
  const proposals = [
    ...reading.duties.map((duty) => ({
      clause: duty.clause,
      type: "duty",
      proposal: duty,
      confidence: duty.confidence,
    })),
    ...reading.membershipRules.map((rule) => ({
      clause: rule.clause,
      type: "membership",
      proposal: rule,
      confidence: rule.confidence,
    })),
  ];
  const order = new Map(clauses.map((c, i) => [c.ref, i]));
  proposals.sort((a, b) => (order.get(a.clause) ?? 1e6) - (order.get(b.clause) ?? 1e6));
  await tx.protocolProposal.createMany({
    data: proposals.map((p, position) => ({
      protocolId,
      clauseId: clauseIdOf(p.clause),
      clauseRef: p.clause,
      position,
      type: p.type,
      proposal: JSON.stringify(p.proposal),
      confidence: p.confidence,
    })),
  });
  await tx.protocolSource.create({
    data: {
      protocolId,
      fileName: file.fileName.slice(0, 500),
      contentType: contentTypeOf(extracted.format),
      format: extracted.format,
      sizeBytes: file.bytes.byteLength,
      sha256,
      storageKey,
      pages: extracted.pages,
      text: extracted.text,
      reading: JSON.stringify(storedReading(reading, parties)),
      uploadedById: w.uploadedById,
    },
  });
  await appendAudit(tx, actor, {
    action: draft ? "protocol.read-document" : "protocol.import",
    entityType: "Protocol",
    entityId: protocolId,
    after: {
      key,
      title,
      version,
      status: "draft",
      source: { fileName: file.fileName, sha256, sizeBytes: file.bytes.byteLength, format: extracted.format },
      parties: boardIds,
      clauses: clauses.length,
      proposals: proposals.length,
    },
  });
  return { protocolId, version, created };
}
