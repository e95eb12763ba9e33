import { editClauseSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { draftClause, refTaken, requireFreeRef } from "./clause-draft";

/**
 * Changes a draft's clause: reference, heading, text. The duties citing it follow, as they cite it
 * by id. (Clauses carry no version column: the last of two simultaneous edits wins, on a draft only.)
 */
export async function editClause(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(editClauseSchema, raw, "Check the clause");
  const { clause } = await draftClause(ctx.db, ctx.viewer, input.clauseId);
  await requireFreeRef(ctx.db, clause.protocolId, input.ref, clause.id);
  const after = { ref: input.ref, heading: input.heading ?? null, text: input.text };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const saved = await tx.clause.update({ where: { id: clause.id }, data: after });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "clause.edit",
        entityType: "Clause",
        entityId: clause.id,
        before: { ref: clause.ref, heading: clause.heading, text: clause.text },
        after,
      });
      return saved;
    },
    { duplicate: refTaken(input.ref) },
  );
}
