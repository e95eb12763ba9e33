import { protocolIdSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";

/**
 * Protocols as versioned, signed documents (issue 5): a new version copies the agreed version's
 * clauses and rules (not its retired ones) into a draft, which each party's chair then signs off
 * (sign-off-protocol). Only agreed versions feed calendar generation.
 */
const nextVersionLabel = (version: string) => (/^\d+$/.test(version) ? String(Number(version) + 1) : `${version}.1`);

export async function createProtocolVersion(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const { protocolId } = parse(protocolIdSchema, raw, "Choose a protocol");
  const source = await ctx.db.protocol.findUnique({
    where: { id: protocolId },
    include: {
      parties: true,
      nextVersion: true,
      clauses: { orderBy: { position: "asc" } },
      obligations: { where: { retiredAt: null }, include: { parties: true, documents: true, membershipRule: true } },
    },
  });
  if (!source) throw notFound("The protocol");
  for (const p of source.parties) await authorizeBoard(ctx.db, ctx.viewer, p.boardId, "protocol:manage");
  if (source.status !== "agreed")
    throw new AppError("CONFLICT", "Only the agreed version in force can be copied into a new draft");
  if (source.nextVersion)
    throw new AppError(
      "CONFLICT",
      `A newer version (${source.nextVersion.version}, ${source.nextVersion.status}) already exists: work on that one`,
    );
  // One draft follows a version (a unique previousVersionId): a second copy at the same moment collides.
  const duplicate =
    "Someone made a new version of this protocol at the same moment: work on that one. Nothing was saved.";
  return inTransaction(
    ctx.db,
    async (tx) => {
      const draft = await tx.protocol.create({
        data: {
          key: source.key,
          version: nextVersionLabel(source.version),
          title: source.title,
          status: "draft",
          sourceDocument: source.sourceDocument,
          notes: source.notes,
          resolutionRoute: source.resolutionRoute,
          previousVersionId: source.id,
        },
      });
      await tx.protocolParty.createMany({
        data: source.parties.map((p) => ({ protocolId: draft.id, boardId: p.boardId })),
      });
      const clauseIds = new Map<string, string>();
      for (const c of source.clauses)
        clauseIds.set(
          c.id,
          (
            await tx.clause.create({
              data: { protocolId: draft.id, ref: c.ref, heading: c.heading, text: c.text, position: c.position },
            })
          ).id,
        );
      const obligationIds = new Map<string, string>();
      for (const o of source.obligations) {
        const {
          id,
          protocolId: _p,
          clauseId,
          comesAfterId: _c,
          parties,
          documents,
          membershipRule,
          createdAt: _a,
          updatedAt: _u,
          ...rest
        } = o;
        const copy = await tx.obligation.create({
          data: { ...rest, protocolId: draft.id, clauseId: clauseIds.get(clauseId)! },
        });
        obligationIds.set(id, copy.id);
        await tx.obligationParty.createMany({
          data: parties.map((p) => ({
            obligationId: copy.id,
            role: p.role,
            position: p.position,
            boardId: p.boardId,
            postId: p.postId,
          })),
        });
        await tx.obligationDocument.createMany({
          data: documents.map((d) => ({ obligationId: copy.id, documentTypeId: d.documentTypeId })),
        });
        if (membershipRule) {
          const { id: _r, obligationId: _o, ...rule } = membershipRule;
          await tx.membershipRule.create({ data: { ...rule, obligationId: copy.id } });
        }
      }
      for (const o of source.obligations) {
        if (o.comesAfterId && obligationIds.has(o.comesAfterId))
          await tx.obligation.update({
            where: { id: obligationIds.get(o.id)! },
            data: { comesAfterId: obligationIds.get(o.comesAfterId)! },
          });
      }
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "protocol.new-version",
        entityType: "Protocol",
        entityId: draft.id,
        before: { id: source.id, version: source.version },
        after: { version: draft.version, status: "draft" },
      });
      return draft;
    },
    { duplicate },
  );
}
