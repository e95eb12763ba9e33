import { addClauseSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { draftProtocol, refTaken, requireFreeRef } from "./clause-draft";

/** Adds a clause at the end of a draft protocol, its reference as printed (issue 10). */
export async function addClause(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(addClauseSchema, raw, "Check the clause");
  const protocol = await draftProtocol(ctx.db, ctx.viewer, input.protocolId);
  await requireFreeRef(ctx.db, protocol.id, input.ref);
  return inTransaction(
    ctx.db,
    async (tx) => {
      const last = await tx.clause.findFirst({ where: { protocolId: protocol.id }, orderBy: { position: "desc" } });
      const clause = await tx.clause.create({
        data: {
          protocolId: protocol.id,
          ref: input.ref,
          heading: input.heading ?? null,
          text: input.text,
          position: (last?.position ?? -1) + 1,
        },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "clause.create",
        entityType: "Clause",
        entityId: clause.id,
        after: { protocolId: protocol.id, ref: clause.ref, heading: clause.heading, text: clause.text },
      });
      return clause;
    },
    { duplicate: refTaken(input.ref) },
  );
}
