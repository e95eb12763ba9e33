import { formatCivilDate } from "@/lib/dates";
import { endMembershipSchema } from "@/lib/schemas/membership";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateVersioned } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { CHANGED_AT_ONCE, loadMembershipForChange } from "./membership-change";

/** Ends a membership on a date (on or after its start, not after an end it already has); audited. */
export async function endMembership(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(endMembershipSchema, raw, "Check the end date");
  const before = await loadMembershipForChange(ctx, input.membershipId, input.version);
  if (input.endsOn < before.startsOn)
    throw new AppError("VALIDATION", "Check the end date", {
      endsOn: [`The end date must be on or after the start, ${formatCivilDate(before.startsOn)}`],
    });
  if (before.endsOn !== null && before.endsOn < input.endsOn)
    throw new AppError("VALIDATION", "Check the end date", {
      endsOn: [`This membership already ended on ${formatCivilDate(before.endsOn)}`],
    });
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(tx.membership, before, { endsOn: input.endsOn }, CHANGED_AT_ONCE);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "membership.end",
      entityType: "Membership",
      entityId: before.id,
      before: { endsOn: before.endsOn },
      after: { endsOn: input.endsOn },
    });
  });
}
