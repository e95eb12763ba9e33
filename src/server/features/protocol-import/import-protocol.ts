import { createHash } from "node:crypto";
import { matchParties } from "@/domain/protocol-reading/parties";
import { readProtocol } from "@/domain/protocol-reading/read-protocol";
import { keyFromTitle } from "@/lib/protocol-key";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { authorizeArea, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { extractText } from "@/server/protocol-reading/extract-text";
import { ProtocolFileError } from "@/server/protocol-reading/protocol-file-error";
import { evidenceStore, type EvidenceStore } from "@/server/storage/evidence-store";
import {
  boardKeyFor,
  CHECK,
  draftToReadInto,
  freeKey,
  importProtocolSchema,
  invalid,
  problemText,
  recordAgreedOnPaper,
  uniqueRefs,
  type ImportResult,
  type ProtocolFile,
} from "./import-protocol-input";
import { acceptProposal } from "./review-proposal";
import { knownParties, type StoredParty } from "./stored-reading";
import { writeImport } from "./write-import";

export {
  boardKeyFor,
  boardKindFor,
  importProtocolSchema,
  importTarget,
  problemText,
  type ImportResult,
  type ProtocolFile,
} from "./import-protocol-input";

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
  const store = ctx.store ?? evidenceStore(ctx.db);
  const storageKey = await store.put(file.bytes);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");

  let result: { protocolId: string; version: string; created: { key: string; name: string; id: string }[] };
  try {
    result = await inTransaction(
      ctx.db,
      (tx) =>
        writeImport(tx, {
          area,
          actor,
          uploadedById: ctx.viewer?.userId ?? null,
          draft,
          key,
          title,
          file,
          extracted,
          reading,
          parties,
          clauses,
          matchedBoards,
          toCreate,
          sha256,
          storageKey,
        }),
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
