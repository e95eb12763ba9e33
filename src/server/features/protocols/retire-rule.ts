import { ruleStateInputSchema } from "@/lib/schemas/rule";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { loadDraft, staleRule } from "./rule-draft";

type Ctx = { db: Db; viewer: Viewer; now?: Date };

/** Retires a rule of a draft: generation, the membership checks and the next version's copy skip it. */
export const retireRule = (ctx: Ctx, raw: unknown) => setRetired(ctx, raw, true);
/** Restores a retired rule of a draft, before sign-off. */
export const restoreRule = (ctx: Ctx, raw: unknown) => setRetired(ctx, raw, false);

/**
 * Retires a rule of a draft (sets `retiredAt`; nothing is deleted), or restores it. A retired rule
 * is skipped by generation, by the membership checks and by the next version's copy.
 */
async function setRetired(ctx: Ctx, raw: unknown, retire: boolean) {
  const input = parse(ruleStateInputSchema, raw, "Reload the page and try again");
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  return inTransaction(ctx.db, async (tx) => {
    const existing = await tx.obligation.findUnique({ where: { id: input.obligationId } });
    if (!existing || existing.protocolId !== protocol.id) throw notFound("The rule");
    if (retire === (existing.retiredAt !== null))
      throw new AppError(
        "CONFLICT",
        `The rule "${existing.summary}" is already ${retire ? "retired" : "in use"} on this draft. Nothing was changed.`,
      );
    const retiredAt = retire ? (ctx.now ?? new Date()) : null;
    await updateOnce(tx.obligation, { id: existing.id, updatedAt: new Date(input.updatedAt) }, { retiredAt }, () =>
      staleRule(existing),
    );
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: retire ? "rule.retire" : "rule.restore",
      entityType: "Obligation",
      entityId: existing.id,
      before: { retiredAt: existing.retiredAt },
      after: { retiredAt },
    });
    return { id: existing.id, summary: existing.summary };
  });
}
