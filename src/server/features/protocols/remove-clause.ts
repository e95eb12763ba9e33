import { clauseIdSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { draftClause } from "./clause-draft";

/** Removes a draft's clause, only while no duty (retired or not) and no challenge cites it. */
export async function removeClause(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const { clauseId } = parse(clauseIdSchema, raw, "Choose a clause");
  const { clause } = await draftClause(ctx.db, ctx.viewer, clauseId);
  const duties = await ctx.db.obligation.count({ where: { clauseId } });
  if (duties > 0)
    throw new AppError(
      "CONFLICT",
      `Clause ${clause.ref} is cited by ${duties} dut${duties === 1 ? "y" : "ies"}: move ${duties === 1 ? "it" : "them"} to another clause first. Nothing was removed.`,
    );
  const challenges = await ctx.db.challenge.count({ where: { clauseId } });
  if (challenges > 0)
    throw new AppError("CONFLICT", `Clause ${clause.ref} is cited by a challenge, so it stays. Nothing was removed.`);
  return inTransaction(ctx.db, async (tx) => {
    await tx.clause.delete({ where: { id: clauseId } });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "clause.remove",
      entityType: "Clause",
      entityId: clauseId,
      before: { protocolId: clause.protocolId, ref: clause.ref, heading: clause.heading, text: clause.text },
    });
    return { ref: clause.ref };
  });
}
