import { DONE_STATUSES, REVERSIBLE, reversibleEntry, type ItemState } from "@/domain/item-lifecycle";
import { reverseSchema } from "@/lib/schemas/item";
import { actorOf } from "@/server/core/audit";
import { moveFollowingItems } from "@/server/features/calendar/move-following-items";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { authorizeItem } from "@/server/authz/authorize-item";
import { changeItemState, loadItemForChange, type WorkflowCtx } from "./item-change";

/**
 * Reverses the newest change (a status step, a scheduling, a waiver or deferral) with a reason:
 * the item goes back to the state before it, and both entries stay in the history.
 */
export async function reverseEntry(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(reverseSchema, raw, "Check the reason for reversing");
  const { item } = await loadItemForChange(ctx, input.itemId, input.version, "item:log");
  const entries = await ctx.db.itemLogEntry.findMany({
    where: { itemId: item.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { reversedBy: { select: { id: true } } },
  });
  const target = entries.find((e) => e.id === input.entryId);
  if (!target)
    throw new AppError("VALIDATION", "Choose an entry of this item's history", {
      entryId: ["That entry is not in this item's history"],
    });
  const allowed = reversibleEntry(
    entries.map((e) => ({ id: e.id, action: e.action, reversed: e.reversedBy !== null, reversesId: e.reversesId })),
  );
  if (allowed !== target.id) {
    const why = target.reversedBy
      ? "it has already been reversed"
      : (REVERSIBLE as readonly string[]).includes(target.action)
        ? "only the most recent change can be reversed"
        : "it did not change the item";
    throw new AppError("VALIDATION", `That entry cannot be reversed: ${why}`, {
      entryId: [`That entry cannot be reversed: ${why}`],
    });
  }
  if (target.action === "waive" || target.action === "defer")
    await authorizeItem(ctx.db, ctx.viewer, item.id, "item:waive");
  const previous = target.previous ? (JSON.parse(target.previous) as Partial<ItemState>) : null;
  const restored: ItemState = {
    status: previous?.status ?? target.fromStatus ?? "planned",
    meetingId: previous && "meetingId" in previous ? (previous.meetingId ?? null) : item.meetingId,
    dueOn: previous?.dueOn ?? item.dueOn,
    flags: previous?.flags ?? item.flags,
  };
  // An entry is reversed once (a unique reversesId): a second reversal at the same moment collides.
  const entry = await changeItemState(
    ctx,
    item,
    { action: "reverse", to: restored, reason: input.reason, reversesId: target.id },
    {
      duplicate: "Someone reversed that entry at the same moment. Nothing was saved; reload the page.",
    },
  );
  // Undoing a "done" step moves the items of duties that follow this one back to counting from its plan.
  if ((DONE_STATUSES as readonly (string | null)[]).includes(target.toStatus))
    await moveFollowingItems(ctx.db, actorOf(ctx.viewer), item.id, ctx.now);
  return entry;
}
