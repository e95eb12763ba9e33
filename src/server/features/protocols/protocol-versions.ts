import { londonToday } from "@/lib/dates";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { protocolIdSchema, signOffSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { authorizeSignOff } from "@/server/authz/authorize-protocol";

/**
 * Protocols as versioned, signed documents (issue 5): a new version copies the clauses and rules
 * into a draft; each party's chair signs off; when all have, it is agreed and the version before
 * it is superseded. Only agreed versions feed calendar generation.
 */

const nextVersionLabel = (version: string) => (/^\d+$/.test(version) ? String(Number(version) + 1) : `${version}.1`);

export async function createProtocolVersion(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const parsed = protocolIdSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Choose a protocol", fieldErrorsOf(parsed.error));
  const source = await ctx.db.protocol.findUnique({
    where: { id: parsed.data.protocolId },
    include: {
      parties: true,
      nextVersion: true,
      clauses: { orderBy: { position: "asc" } },
      obligations: { where: { retiredAt: null }, include: { parties: true, documents: true, membershipRule: true } },
    },
  });
  if (!source) throw notFound("The protocol");
  for (const p of source.parties) await authorizeBoard(ctx.db, ctx.viewer, p.boardId, "protocol:manage");
  if (source.status !== "agreed") throw new AppError("CONFLICT", "Only the agreed version in force can be copied into a new draft");
  if (source.nextVersion) throw new AppError("CONFLICT", `A newer version (${source.nextVersion.version}, ${source.nextVersion.status}) already exists: work on that one`);
  return ctx.db.$transaction(async (tx) => {
    const draft = await tx.protocol.create({
      data: { key: source.key, version: nextVersionLabel(source.version), title: source.title, status: "draft", sourceDocument: source.sourceDocument, notes: source.notes, resolutionRoute: source.resolutionRoute, previousVersionId: source.id },
    });
    await tx.protocolParty.createMany({ data: source.parties.map((p) => ({ protocolId: draft.id, boardId: p.boardId })) });
    const clauseIds = new Map<string, string>();
    for (const c of source.clauses) clauseIds.set(c.id, (await tx.clause.create({ data: { protocolId: draft.id, ref: c.ref, heading: c.heading, text: c.text, position: c.position } })).id);
    const obligationIds = new Map<string, string>();
    for (const o of source.obligations) {
      const { id, protocolId: _p, clauseId, comesAfterId: _c, parties, documents, membershipRule, createdAt: _a, updatedAt: _u, ...rest } = o;
      const copy = await tx.obligation.create({ data: { ...rest, protocolId: draft.id, clauseId: clauseIds.get(clauseId)! } });
      obligationIds.set(id, copy.id);
      await tx.obligationParty.createMany({ data: parties.map((p) => ({ obligationId: copy.id, role: p.role, position: p.position, boardId: p.boardId, postId: p.postId })) });
      await tx.obligationDocument.createMany({ data: documents.map((d) => ({ obligationId: copy.id, documentTypeId: d.documentTypeId })) });
      if (membershipRule) {
        const { id: _r, obligationId: _o, ...rule } = membershipRule;
        await tx.membershipRule.create({ data: { ...rule, obligationId: copy.id } });
      }
    }
    for (const o of source.obligations) {
      if (o.comesAfterId && obligationIds.has(o.comesAfterId)) await tx.obligation.update({ where: { id: obligationIds.get(o.id)! }, data: { comesAfterId: obligationIds.get(o.comesAfterId)! } });
    }
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, { action: "protocol.new-version", entityType: "Protocol", entityId: draft.id, before: { id: source.id, version: source.version }, after: { version: draft.version, status: "draft" } });
    return draft;
  });
}

export async function signOffProtocol(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const parsed = signOffSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Choose the board you sign for", fieldErrorsOf(parsed.error));
  const { protocolId, boardId } = parsed.data;
  const { protocol, party } = await authorizeSignOff(ctx.db, ctx.viewer, protocolId, boardId);
  if (protocol.status !== "draft") throw new AppError("CONFLICT", `This version is ${protocol.status}: only a draft is signed off`);
  if (party.signedOn) throw new AppError("CONFLICT", `${party.board.name} has already signed off this version`);
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.viewer.userId } });
  const today = londonToday(ctx.now ?? new Date());
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.protocolParty.updateMany({ where: { protocolId, boardId, signedOn: null }, data: { signedByPersonId: user.personId, signedOn: today } });
    if (count !== 1) throw new AppError("CONFLICT", "Someone signed at the same moment. Reload the page.");
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, { action: "protocol.sign-off", entityType: "Protocol", entityId: protocolId, after: { boardId, signedOn: today } });
    const remaining = await tx.protocolParty.count({ where: { protocolId, signedOn: null } });
    if (remaining > 0) return { agreed: false, remaining };
    await tx.protocol.update({ where: { id: protocolId }, data: { status: "agreed", approvedOn: today } });
    if (protocol.previousVersionId) await tx.protocol.update({ where: { id: protocol.previousVersionId }, data: { status: "superseded" } });
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, { action: "protocol.agreed", entityType: "Protocol", entityId: protocolId, after: { status: "agreed", supersedes: protocol.previousVersionId } });
    return { agreed: true, remaining: 0 };
  });
}
