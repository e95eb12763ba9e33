import { addDays } from "@/domain/civil-date";
import { changeCapacitySchema } from "@/lib/schemas/membership";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateVersioned } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireCapacity } from "@/server/features/vocabularies/capacities";
import { CHANGED_AT_ONCE, loadMembershipForChange } from "./membership-change";

/** A new capacity from a date: the current term ends the day before, and a new one starts. */
export async function changeCapacity(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(changeCapacitySchema, raw, "Check the new capacity");
  const before = await loadMembershipForChange(ctx, input.membershipId, input.version);
  if (input.capacity === before.capacity)
    throw new AppError("VALIDATION", "Check the new capacity", {
      capacity: ["Choose a different capacity from the current one"],
    });
  if (input.from <= before.startsOn || (before.endsOn !== null && input.from > before.endsOn)) {
    throw new AppError("VALIDATION", "Check the new capacity", {
      from: ["The change must start after the current term starts and before it ends"],
    });
  }
  await requireCapacity(ctx.db, input.capacity, "Check the new capacity");
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(tx.membership, before, { endsOn: addDays(input.from, -1) }, CHANGED_AT_ONCE);
    const next = await tx.membership.create({
      data: {
        personId: before.personId,
        boardId: before.boardId,
        organisationId: before.organisationId,
        capacity: input.capacity,
        startsOn: input.from,
        endsOn: before.endsOn,
        source: before.source,
      },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "membership.change-capacity",
      entityType: "Membership",
      entityId: next.id,
      before: { id: before.id, capacity: before.capacity },
      after: { id: next.id, capacity: next.capacity, startsOn: next.startsOn },
    });
    return next;
  });
}
