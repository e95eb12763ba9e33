import { evidenceRestrictionSchema } from "@/lib/schemas/item";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeEvidence } from "@/server/authz/authorize-evidence";
import type { Viewer } from "@/server/authz/load-viewer";

/**
 * Marks a piece of evidence restricted, or opens it again (issue 14): restricted evidence is seen
 * only by the secretariats and chairs of the boards the item concerns, and administrators. Who may
 * mark it: item:log on one of those boards (their secretariat or chair, or an administrator).
 * Idempotent: the input says the state wanted, so a repeat (or two people at once) changes nothing
 * the second time and writes no second audit entry.
 */
export async function setEvidenceRestricted(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(evidenceRestrictionSchema, raw, "Check the evidence you chose");
  const { evidence, found } = await authorizeEvidence(ctx.db, ctx.viewer, input.evidenceId, "item:log");
  const restricted = input.mark === "restrict";
  const changed = await inTransaction(ctx.db, async (tx) => {
    const { count } = await tx.evidence.updateMany({
      where: { id: evidence.id, restricted: !restricted },
      data: { restricted },
    });
    if (count === 0) return false;
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: restricted ? "evidence.restrict" : "evidence.unrestrict",
      entityType: "Evidence",
      entityId: evidence.id,
      before: { restricted: !restricted },
      after: { restricted, itemId: found.item.id, fileName: evidence.fileName, url: evidence.url },
    });
    return true;
  });
  return { itemId: found.item.id, restricted, changed };
}
