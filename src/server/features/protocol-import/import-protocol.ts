import { createHash } from "node:crypto";
import { z } from "zod";
import { matchParties } from "@/domain/protocol-reading/parties";
import { readProtocol } from "@/domain/protocol-reading/read-protocol";
import type { ClauseDraft, PartyFound } from "@/domain/protocol-reading/types";
import { keyFromTitle } from "@/lib/protocol-key";
import { civilDate, slug } from "@/lib/schemas/common";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { authorizeArea, requireLiveArea } from "@/server/authz/authorize-area";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db, DbTx } from "@/server/data/database";
import { extractText } from "@/server/protocol-reading/extract-text";
import { ProtocolFileError } from "@/server/protocol-reading/protocol-file-error";
import { boardSlug } from "@/server/seed/import-boards-and-people";
import { evidenceStore, type EvidenceStore } from "@/server/storage/evidence-store";
import { acceptProposal } from "./review-proposal";
import { knownParties, storedReading, type StoredParty } from "./stored-reading";

const CHECK = "Check the protocol document";
const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

const yes = z
  .union([z.boolean(), z.enum(["on", "yes", "true", "no", "false", ""])], { error: "Answer yes or no" })
  .optional()
  .transform((v) => v === true || v === "on" || v === "yes" || v === "true");

/** What the upload page and the command line both send besides the file. */
export const importTarget = z.object({
  area: slug,
  /** A draft to read the document into; absent: a new draft is made from it. */
  protocolId: z.string().trim().min(1).max(64).optional(),
  createBoards: yes,
});

export const importProtocolSchema = importTarget
  .extend({
    acceptAll: yes,
    /** A protocol signed on paper: recorded as agreed on this date (needs acceptAll). */
    agreedOn: civilDate.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.agreedOn && !input.acceptAll)
      ctx.addIssue({
        code: "custom",
        path: ["agreedOn"],
        message:
          "Recording a protocol as agreed needs every proposal accepted as well (--accept-all): an agreed version cannot be changed",
      });
  });

export interface ProtocolFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  protocolId: string;
  area: string;
  key: string;
  title: string;
  version: string;
  status: "draft" | "agreed";
  clauses: number;
  proposals: number;
  accepted: number;
  /** Proposals --accept-all could not accept as they stand, with why. */
  leftForReview: { clause: string; summary: string; problem: string }[];
  boardsCreated: { key: string; name: string }[];
  parties: { key: string; name: string; kind: string; boardId?: string; matched: boolean }[];
  descriptive: number;
  gaps: number;
}

/** Clause references made unique within the protocol, as printed: a second "Appendix 1" becomes "Appendix 1 (2)". */
function uniqueRefs(clauses: ClauseDraft[]) {
  const seen = new Map<string, number>();
  return clauses.map((c) => {
    const base = c.ref.trim().slice(0, 60) || "?";
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...c, ref: n === 1 ? base : `${base} (${n})` };
  });
}

/** A board key from a party's short form: upper case, as board keys are ("HWB", "KSCB"). */
export function boardKeyFor(party: PartyFound): string | null {
  const key = party.key.toUpperCase().replace(/[^A-Z0-9&-]/g, "");
  return /^[A-Z][A-Z0-9&-]{0,19}$/.test(key) ? key : null;
}

/** The kind of board its name says (the administrator-edited vocabulary), or the most general one. */
export async function boardKindFor(db: DbTx, name: string) {
  const kinds = await db.boardKind.findMany({ orderBy: { key: "asc" } });
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .replace(/[’']s\b/g, "")
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2 && !["and", "the", "board", "local"].includes(w)),
    );
  const named = words(name);
  let best: { id: string; score: number } | null = null;
  for (const kind of kinds) {
    const own = words(kind.name);
    let score = 0;
    for (const w of own) if (named.has(w)) score++;
    const ratio = own.size ? score / own.size : 0;
    if (score > 0 && (!best || ratio > best.score)) best = { id: kind.id, score: ratio };
  }
  return best?.id ?? kinds.find((k) => k.key === "strategic-partnership")?.id ?? kinds[0]?.id ?? null;
}

/**
 * A protocol document read into a draft (issue 12): the file kept as its source document, its
 * clauses with their references as printed, the parties it names matched to the area's boards,
 * posts and organisations (boards it names that the area lacks are added with `createBoards`), and
 * one proposal per duty and membership rule, unreviewed. Nothing reaches a calendar: proposals become
 * rules only when accepted, and rules feed generation only once the version is agreed.
 *
 * Bad files are refused before anything is stored: the file is read first, and written to the store
 * only when the reading and its checks have passed (and removed if the transaction then fails).
 * Used by the upload page (a viewer) and `cli protocol import` (no viewer: the command line).
 */
export async function importProtocol(
  ctx: { db: Db; viewer: Viewer | null; now?: Date; store?: EvidenceStore },
  raw: unknown,
  file: ProtocolFile,
): Promise<ImportResult> {
  const input = parse(importProtocolSchema, raw, CHECK);
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  const area = await ctx.db.area.findUnique({ where: { slug: input.area } });
  if (!area || (ctx.viewer && !ctx.viewer.areaIds.includes(area.id))) throw notFound("The area");
  requireLiveArea(area);
  const draft = input.protocolId ? await draftToReadInto(ctx, input.protocolId, area.id) : null;
  if (input.createBoards) await authorizeArea(ctx.db, ctx.viewer, area.id, "area:manage");

  let extracted;
  try {
    extracted = await extractText(file.bytes, file.fileName);
  } catch (error) {
    if (error instanceof ProtocolFileError) throw error.toAppError("file");
    throw error;
  }
  const reading = readProtocol(extracted.text);
  if (reading.clauses.length === 0)
    throw invalid(
      "file",
      `No numbered clauses were found in ${file.fileName}: a protocol's clauses are numbered (1, 2.1, 5.1(c), C4, Recommendation 3). Check it is the protocol itself.`,
    );
  const known = await knownParties(ctx.db, area.id);
  const matches = matchParties(reading.parties, known);
  const parties: StoredParty[] = matches.map((m) => ({ ...m.party, match: m.match }));

  // The boards the protocol is between: those it names that the area has, and with createBoards the rest.
  const toCreate: { party: StoredParty; key: string }[] = [];
  const takenKeys = new Set(known.boards.map((b) => b.key));
  for (const party of parties) {
    if (party.kind !== "board" || party.match) continue;
    const key = boardKeyFor(party);
    if (!input.createBoards || !key || takenKeys.has(key)) continue;
    takenKeys.add(key);
    toCreate.push({ party, key });
  }
  const matchedBoards = [
    ...new Set(parties.filter((p) => p.match?.kind === "board").map((p) => p.match!.id)),
    ...(draft?.parties.map((p) => p.boardId) ?? []),
  ];
  const partyCount = new Set(matchedBoards).size + toCreate.length;
  if (partyCount < 2) {
    const named = parties.filter((p) => p.kind === "board").map((p) => `${p.name} (${p.key})`);
    throw invalid(
      "file",
      `A protocol is between two or more boards, and ${file.fileName} names ${partyCount === 0 ? "none" : "only one"} of ${area.name}'s boards${named.length ? ` (it names ${named.join(", ")})` : ""}. ` +
        (input.createBoards
          ? "Add the boards to the area first."
          : "Tick \u201cCreate the boards it names\u201d (--create-boards) or add the boards to the area first."),
    );
  }
  // The uploader must manage protocols on every board the draft will be between (as on the new-protocol page).
  if (ctx.viewer)
    for (const boardId of new Set(matchedBoards)) await authorizeBoard(ctx.db, ctx.viewer, boardId, "protocol:manage");

  const title = (draft?.title ?? reading.title ?? file.fileName.replace(/\.[a-z0-9]+$/i, "")).slice(0, 200);
  const key = draft?.key ?? (await freeKey(ctx.db, keyFromTitle(title) || "protocol"));
  const clauses = uniqueRefs(reading.clauses);
  const store = ctx.store ?? evidenceStore();
  const storageKey = await store.put(file.bytes);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");

  let result: { protocolId: string; version: string; created: { key: string; name: string; id: string }[] };
  try {
    result = await inTransaction(
      ctx.db,
      async (tx) => {
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
          if (added.length)
            await tx.protocolParty.createMany({ data: added.map((boardId) => ({ protocolId, boardId })) });
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
          (await tx.clause.findMany({ where: { protocolId }, select: { id: true, ref: true } })).map((c) => [
            c.ref,
            c.id,
          ]),
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
            uploadedById: ctx.viewer?.userId ?? null,
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
      },
      {
        timeout: 60_000,
        duplicate: {
          message: "Someone read a protocol with this key at the same moment. Nothing was saved.",
          fieldErrors: { file: ["Someone read a protocol with this key at the same moment: try again"] },
        },
      },
    );
  } catch (error) {
    await store.remove(storageKey).catch(() => undefined);
    throw error;
  }

  let accepted = 0;
  const leftForReview: ImportResult["leftForReview"] = [];
  if (input.acceptAll) {
    const rows = await ctx.db.protocolProposal.findMany({
      where: { protocolId: result.protocolId, status: "unreviewed" },
      orderBy: { position: "asc" },
    });
    for (const row of rows) {
      try {
        await acceptProposal({ db: ctx.db, viewer: ctx.viewer }, { proposalId: row.id });
        accepted++;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const proposal = JSON.parse(row.proposal) as { summary?: string; quote: string };
        leftForReview.push({
          clause: row.clauseRef,
          summary: proposal.summary ?? proposal.quote,
          problem: problemText(error),
        });
      }
    }
  }
  let status: "draft" | "agreed" = "draft";
  if (input.agreedOn) {
    await recordAgreedOnPaper(ctx.db, actor, result.protocolId, input.agreedOn);
    status = "agreed";
  }
  return {
    protocolId: result.protocolId,
    area: area.slug,
    key,
    title,
    version: result.version,
    status,
    clauses: clauses.length,
    proposals: reading.duties.length + reading.membershipRules.length,
    accepted,
    leftForReview,
    boardsCreated: result.created.map(({ key: k, name }) => ({ key: k, name })),
    parties: parties.map((p) => ({
      key: p.key,
      name: p.name,
      kind: p.kind,
      ...(p.match?.kind === "board" ? { boardId: p.match.id } : {}),
      matched: p.match !== null,
    })),
    descriptive: reading.descriptive.length,
    gaps: reading.gaps.length,
  };
}

export function problemText(error: AppError) {
  const fields = Object.values(error.fieldErrors ?? {}).flat();
  return fields.length ? fields.join("; ") : error.message;
}

function contentTypeOf(format: string) {
  switch (format) {
    case "pdf":
      return "application/pdf";
    case "docx":
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case "odt":
      return "application/vnd.oasis.opendocument.text";
    default:
      return "text/plain; charset=utf-8";
  }
}

async function freeKey(db: DbTx, base: string) {
  const stem = base.slice(0, 76);
  for (let n = 1; n < 100; n++) {
    const key = n === 1 ? stem : `${stem}-${n}`;
    if (!(await db.protocol.findFirst({ where: { key }, select: { id: true } }))) return key;
  }
  throw invalid("file", "Too many protocols share this title: rename the file or give it a distinct title");
}

/** A draft of the area with no rules yet, which the document's clauses will replace. */
async function draftToReadInto(ctx: { db: Db; viewer: Viewer | null }, protocolId: string, areaId: string) {
  const protocol = ctx.viewer
    ? await authorizeProtocol(ctx.db, ctx.viewer, protocolId)
    : await ctx.db.protocol.findUnique({ where: { id: protocolId }, include: { parties: true } });
  if (!protocol) throw notFound("The protocol");
  const inArea = await ctx.db.boardArea.count({
    where: { areaId, boardId: { in: protocol.parties.map((p) => p.boardId) } },
  });
  if (inArea === 0) throw notFound("The protocol");
  if (protocol.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `Version ${protocol.version} is ${protocol.status}: a document is read into a draft version only`,
    );
  const rules = await ctx.db.obligation.count({ where: { protocolId } });
  const source = await ctx.db.protocolSource.count({ where: { protocolId } });
  if (rules > 0 || source > 0)
    throw invalid(
      "file",
      rules > 0
        ? `This draft already has ${rules} rule${rules === 1 ? "" : "s"}: a document is read into a draft with none, so nothing typed in is replaced. Start a new protocol from the document instead.`
        : "This draft has already been read from a document: start a new protocol from the new document instead.",
    );
  return protocol;
}

/**
 * `--agreed-on`: a protocol already signed on paper. Every party is recorded as signed on that date
 * (by no one in the portal), the version is agreed, and the version before it superseded.
 */
async function recordAgreedOnPaper(db: Db, actor: Actor, protocolId: string, agreedOn: string) {
  await inTransaction(db, async (tx) => {
    const protocol = await tx.protocol.findUniqueOrThrow({ where: { id: protocolId } });
    await tx.protocolParty.updateMany({ where: { protocolId, signedOn: null }, data: { signedOn: agreedOn } });
    await tx.protocol.update({ where: { id: protocolId }, data: { status: "agreed", approvedOn: agreedOn } });
    if (protocol.previousVersionId)
      await tx.protocol.update({ where: { id: protocol.previousVersionId }, data: { status: "superseded" } });
    await appendAudit(tx, actor, {
      action: "protocol.agreed",
      entityType: "Protocol",
      entityId: protocolId,
      after: { status: "agreed", approvedOn: agreedOn, signedOnPaper: true },
    });
  });
}
