import { moveClauseSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { draftClause } from "./clause-draft";

/** Moves a draft's clause one place up or down, swapping it with its neighbour (the order as printed). */
export async function moveClause(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(moveClauseSchema, raw, "Choose to move the clause up or down");
  const { clause } = await draftClause(ctx.db, ctx.viewer, input.clauseId);
  const up = input.direction === "up";
  const neighbour = await ctx.db.clause.findFirst({
    where: { protocolId: clause.protocolId, position: up ? { lt: clause.position } : { gt: clause.position } },
    orderBy: { position: up ? "desc" : "asc" },
  });
  if (!neighbour)
    throw new AppError("CONFLICT", `Clause ${clause.ref} is already ${up ? "first" : "last"}: nothing was moved`);
  return inTransaction(ctx.db, async (tx) => {
    await tx.clause.update({ where: { id: clause.id }, data: { position: neighbour.position } });
    await tx.clause.update({ where: { id: neighbour.id }, data: { position: clause.position } });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "clause.move",
      entityType: "Clause",
      entityId: clause.id,
      before: { position: clause.position },
      after: { position: neighbour.position, swappedWith: neighbour.ref },
    });
    return { ref: clause.ref, direction: input.direction };
  });
}
