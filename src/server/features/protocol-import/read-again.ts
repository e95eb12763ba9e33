import { proposeDuties } from "@/domain/protocol-reading/duties";
import { readProtocol } from "@/domain/protocol-reading/read-protocol";
import type { ClauseDraft, PartyFound, ProposedDuty, ProposedMembershipRule } from "@/domain/protocol-reading/types";
import { reviewReadingSchema } from "@/lib/schemas/protocol-review";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { draftReading, saveReading } from "./draft-reading";
import { parseProposal } from "./stored-reading";

type Proposed = { type: "duty"; value: ProposedDuty } | { type: "membership"; value: ProposedMembershipRule };

/** What makes two readings' proposals the same one: its kind, clause and words (and for a duty, its summary). */
const sameness = (p: Proposed) =>
  p.type === "duty"
    ? `duty|${p.value.clause}|${p.value.quote}|${p.value.summary}`
    : `membership|${p.value.clause}|${p.value.quote}|${p.value.rule.subject}|${p.value.rule.board}`;

/**
 * "Read the clauses again" (issue 12): the reader run over the draft's clauses as they now stand
 * (edited, added, reordered on the clause page) with the parties it found, replacing the proposals
 * not yet reviewed. Decided ones (accepted, edited, rejected) stay as they are, and a proposal the
 * new reading makes again is not offered twice. The descriptive clauses and gaps are read again too.
 */
export async function readAgain(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  const input = parse(reviewReadingSchema, raw, "Reload the page and try again");
  const { protocol, source, reading } = await draftReading(ctx.db, ctx.viewer, input.protocolId, input.fingerprint);
  const clauses = await ctx.db.clause.findMany({ where: { protocolId: protocol.id }, orderBy: { position: "asc" } });
  // The reader treats a table's rows differently: which clauses were rows comes from the document's own reading.
  const kinds = new Map(readProtocol(source.text).clauses.map((c) => [c.ref, c.kind]));
  const drafts: ClauseDraft[] = clauses.map((c) => ({
    ref: c.ref,
    heading: c.heading,
    text: c.text,
    kind: kinds.get(c.ref) ?? (/^appendix\b/i.test(c.ref) ? "appendix" : "clause"),
  }));
  const parties: PartyFound[] = reading.parties.map(({ match: _, ...party }) => party);
  const found = proposeDuties(drafts, parties, { agreedOn: reading.agreedOn });
  const proposed: Proposed[] = [
    ...found.duties.map((value) => ({ type: "duty" as const, value })),
    ...found.membershipRules.map((value) => ({ type: "membership" as const, value })),
  ];
  const clauseIds = new Map(clauses.map((c) => [c.ref, c.id]));
  const order = new Map(clauses.map((c, i) => [c.ref, i]));

  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  return inTransaction(
    ctx.db,
    async (tx) => {
      await saveReading(tx, protocol.id, source.reading, {
        ...reading,
        descriptive: found.descriptive,
        gaps: found.gaps,
      });
      const existing = await tx.protocolProposal.findMany({
        where: { protocolId: protocol.id },
        orderBy: { position: "asc" },
      });
      const decided = existing.filter((p) => p.status !== "unreviewed");
      // Each decided proposal stands for one of the new reading's (the same words can give two duties).
      const taken = new Map<string, number>();
      for (const p of decided) {
        const stored = parseProposal(p.type, p.proposal);
        const key = sameness(
          stored.type === "duty" ? { type: "duty", value: stored.duty } : { type: "membership", value: stored.rule },
        );
        taken.set(key, (taken.get(key) ?? 0) + 1);
      }
      const fresh = proposed.filter((p) => {
        const key = sameness(p);
        const n = taken.get(key) ?? 0;
        if (n === 0) return true;
        taken.set(key, n - 1);
        return false;
      });
      const removed = existing.length - decided.length;
      await tx.protocolProposal.deleteMany({ where: { protocolId: protocol.id, status: "unreviewed" } });
      // One order for all: by clause as the draft now orders them, decided ones before new ones within a clause.
      const rows = [
        ...decided.map((p) => ({ clause: p.clauseRef, id: p.id, proposed: null as Proposed | null })),
        ...fresh.map((p) => ({ clause: p.value.clause, id: null, proposed: p })),
      ]
        .map((row, i) => ({ ...row, i }))
        .sort((a, b) => (order.get(a.clause) ?? 1e6) - (order.get(b.clause) ?? 1e6) || a.i - b.i);
      for (const [position, row] of rows.entries()) {
        if (row.id) await tx.protocolProposal.update({ where: { id: row.id }, data: { position } });
        else if (row.proposed)
          await tx.protocolProposal.create({
            data: {
              protocolId: protocol.id,
              clauseId: clauseIds.get(row.clause) ?? null,
              clauseRef: row.clause,
              position,
              type: row.proposed.type,
              proposal: JSON.stringify(row.proposed.value),
              confidence: row.proposed.value.confidence,
            },
          });
      }
      await appendAudit(tx, actor, {
        action: "protocol.read-again",
        entityType: "Protocol",
        entityId: protocol.id,
        before: { unreviewed: removed },
        after: {
          clauses: clauses.length,
          unreviewed: fresh.length,
          kept: decided.length,
          descriptive: found.descriptive.length,
          gaps: found.gaps.length,
        },
      });
      return { protocolId: protocol.id, proposals: fresh.length, kept: decided.length, removed };
    },
    { timeout: 60_000 },
  );
}
