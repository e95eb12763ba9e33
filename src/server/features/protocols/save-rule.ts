import { cadenceColumns } from "./cadence-from-row";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import {
  engineCadenceOf,
  loadDraft,
  parseRule,
  partyKeys,
  resolveComesAfter,
  resolveMembership,
  resolveParties,
  staleRule,
} from "./rule-draft";

/**
 * Saves a rule on a draft version: a new duty or membership rule, or an edit of one (its parties
 * replaced), refused if the rule changed since the form was shown or has been retired. A new rule
 * made from a reader's proposal (`proposalId`, issue 12) marks the proposal reviewed in the same
 * transaction: "accepted" as proposed, or "edited" in the rule editor; a proposal already reviewed
 * is refused, so one proposal never makes two rules. No viewer: the command line (`protocol import`).
 */
export async function saveRule(
  ctx: { db: Db; viewer: Viewer | null },
  raw: unknown,
  options: { proposalStatus?: "accepted" | "edited" } = {},
) {
  const input = parseRule(raw);
  if (input.proposalId && input.obligationId)
    throw new AppError("VALIDATION", "Check the rule", {
      proposalId: ["A proposal makes a new rule: it cannot be saved over an existing one"],
    });
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  if (!protocol.clauses.some((c) => c.id === input.clauseId))
    throw new AppError("VALIDATION", "Check the rule", { clauseId: ["Choose one of this version's clauses"] });
  const membership = input.kind === "membership" ? await resolveMembership(ctx.db, protocol, input) : null;
  const from = membership?.from ?? input.from;
  const to = membership?.to ?? input.to;
  await resolveParties(ctx.db, protocol, from, "from");
  await resolveParties(ctx.db, protocol, to, "to");
  const keyToId = await partyKeys(
    ctx.db,
    protocol.parties.map((p) => p.boardId),
  );
  engineCadenceOf(input.cadence, keyToId);
  const comesAfter = await resolveComesAfter(
    ctx.db,
    protocol.id,
    input.obligationId,
    input.comesAfterId,
    input.cadence.frequency === "follows",
  );
  const data = {
    comesAfterId: comesAfter?.id ?? null,
    clauseId: input.clauseId,
    kind: input.kind,
    summary: input.summary,
    modality: input.modality,
    notes: input.notes ?? null,
    ...cadenceColumns(input.cadence, (key) => keyToId(key) ?? null),
  };
  return inTransaction(ctx.db, async (tx) => {
    let id = input.obligationId;
    let before: unknown = null;
    if (id) {
      const existing = await tx.obligation.findUnique({ where: { id }, include: { membershipRule: true } });
      if (!existing || existing.protocolId !== protocol.id) throw notFound("The rule");
      if (existing.retiredAt)
        throw new AppError(
          "CONFLICT",
          `The rule "${existing.summary}" is retired on this draft: restore it before editing it.`,
        );
      before = existing;
      await updateOnce(tx.obligation, { id, updatedAt: new Date(input.updatedAt!) }, data, () => staleRule(existing));
      await tx.obligationParty.deleteMany({ where: { obligationId: id } });
    } else {
      const position = await tx.obligation.count({ where: { protocolId: protocol.id } });
      const key = `rule-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      id = (await tx.obligation.create({ data: { ...data, protocolId: protocol.id, key, position } })).id;
    }
    const parties = [
      ...from.map((p, i) => ({ ...p, role: "from", position: i })),
      ...to.map((p, i) => ({ ...p, role: "to", position: i })),
    ];
    await tx.obligationParty.createMany({
      data: parties.map((p) => ({
        obligationId: id,
        role: p.role,
        position: p.position,
        boardId: p.type === "board" ? p.id : null,
        postId: p.type === "post" ? p.id : null,
      })),
    });
    if (membership)
      await tx.membershipRule.upsert({
        where: { obligationId: id },
        create: { obligationId: id, ...membership.rule },
        update: membership.rule,
      });
    else await tx.membershipRule.deleteMany({ where: { obligationId: id } });
    if (input.proposalId) {
      const status = options.proposalStatus ?? "edited";
      await updateOnce(
        tx.protocolProposal,
        { id: input.proposalId, protocolId: protocol.id, status: "unreviewed" },
        {
          status,
          obligationId: id,
          reviewedById: ctx.viewer?.userId ?? null,
          reviewedAt: new Date(),
        },
        "That proposal has already been reviewed (accepted, edited or rejected): reload the page.",
      );
    }
    await appendAudit(tx, actor, {
      action: input.obligationId ? "rule.edit" : "rule.create",
      entityType: "Obligation",
      entityId: id,
      before,
      after: {
        ...data,
        parties,
        membershipRule: membership?.rule ?? null,
        // A rule made from a reader's proposal says so in its one entry: the proposal accepted or edited.
        ...(input.proposalId ? { proposal: { id: input.proposalId, status: options.proposalStatus ?? "edited" } } : {}),
      },
    });
    return { id };
  });
}
