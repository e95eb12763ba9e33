import { z } from "zod";
import type { ClauseDraft, PartyFound } from "@/domain/protocol-reading/types";
import { civilDate, slug } from "@/lib/schemas/common";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import type { Db, DbTx } from "@/server/data/database";

/**
 * What reading a protocol document takes and gives (issue 12), and the steps around it that are not
 * the reading itself: the draft it may read into, a free key, boards made from the parties it names,
 * and a protocol already signed on paper recorded as agreed. The use case is import-protocol.ts.
 */
export const CHECK = "Check the protocol document";
export const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

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
export function uniqueRefs(clauses: ClauseDraft[]) {
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

export function problemText(error: AppError) {
  const fields = Object.values(error.fieldErrors ?? {}).flat();
  return fields.length ? fields.join("; ") : error.message;
}

export function contentTypeOf(format: string) {
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

export async function freeKey(db: DbTx, base: string) {
  const stem = base.slice(0, 76);
  for (let n = 1; n < 100; n++) {
    const key = n === 1 ? stem : `${stem}-${n}`;
    if (!(await db.protocol.findFirst({ where: { key }, select: { id: true } }))) return key;
  }
  throw invalid("file", "Too many protocols share this title: rename the file or give it a distinct title");
}

/** A draft of the area with no rules yet, which the document's clauses will replace. */
export async function draftToReadInto(ctx: { db: Db; viewer: Viewer | null }, protocolId: string, areaId: string) {
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
export async function recordAgreedOnPaper(db: Db, actor: Actor, protocolId: string, agreedOn: string) {
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
