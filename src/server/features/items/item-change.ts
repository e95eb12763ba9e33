import { STATUS_LABELS, displayStatus } from "@/domain/calendar/status";
import { STEP_LABELS, type ItemState, type LogAction } from "@/domain/item-lifecycle";
import type { Permission } from "@/domain/permissions";
import { formatCivilDate, londonToday } from "@/lib/dates";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { EvidenceStore } from "@/server/storage/evidence-store";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/**
 * What an item's life after generation shares (issue 4): the secretariat logs that it was sent,
 * received and closed, with evidence; a chair waives or defers it; any change can be reversed with a
 * reason. Every change is checked against the version the form showed, writes a log entry (the
 * item's history) and one audit entry in the same transaction, and never overwrites what was logged.
 */

export type WorkflowCtx = { db: Db; viewer: Viewer; now?: Date; store?: EvidenceStore };

export const todayOf = (ctx: { now?: Date }) => londonToday(ctx.now ?? new Date());

export const stateOf = (item: {
  status: string;
  meetingId: string | null;
  dueOn: string;
  flags: string;
}): ItemState => ({
  status: item.status,
  meetingId: item.meetingId,
  dueOn: item.dueOn,
  flags: item.flags,
});

/** The refusal for a form submitted against an older version: what the item is now, and who changed it. */
export async function itemConflict(
  db: DbTx,
  item: { id: string; status: string; dueOn: string; retiredAt: Date | null },
  today: string,
): Promise<AppError> {
  const last = await db.itemLogEntry.findFirst({
    where: { itemId: item.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
  const now =
    STATUS_LABELS[
      displayStatus({ status: item.status, dueOn: item.dueOn, retired: item.retiredAt !== null }, today)
    ].toLowerCase();
  const change = last
    ? ` ${last.actor.name} recorded "${STEP_LABELS[last.action as LogAction] ?? last.action}" on ${formatCivilDate(londonToday(last.createdAt))}.`
    : "";
  return new AppError(
    "CONFLICT",
    `Someone changed this item since you opened it: it is now ${now}, due ${formatCivilDate(item.dueOn)}.${change} Nothing was saved. Your entries are kept below: reload the page to see the item as it is now, then submit again if it is still needed.`,
  );
}

/** Authorises a change to an item and refuses it if the item is retired or changed since the form was shown. */
export async function loadItemForChange(ctx: WorkflowCtx, itemId: string, version: number, permission: Permission) {
  const found = await authorizeItem(ctx.db, ctx.viewer, itemId, permission);
  if (found.item.retiredAt)
    throw new AppError(
      "CONFLICT",
      "This item has been retired: no rule produces it any more, so nothing more can be logged against it",
    );
  await requireVersion(found.item, version, () => itemConflict(ctx.db, found.item, todayOf(ctx)));
  return found;
}

/** Moves an item to a new state (waive, defer, reverse) with a reason: its log entry and audit entry in one transaction. */
export async function changeItemState(
  ctx: WorkflowCtx,
  item: {
    id: string;
    version: number;
    status: string;
    meetingId: string | null;
    dueOn: string;
    flags: string;
    retiredAt: Date | null;
  },
  change: { action: LogAction; to: ItemState; reason: string; reversesId?: string },
  options: { duplicate?: string } = {},
) {
  const day = todayOf(ctx);
  return inTransaction(
    ctx.db,
    async (tx) => {
      const { status, meetingId, dueOn, flags } = change.to;
      await updateVersioned(tx.calendarItem, item, { status, meetingId, dueOn, flags }, () =>
        itemConflict(tx, item, day),
      );
      const entry = await tx.itemLogEntry.create({
        data: {
          itemId: item.id,
          actorId: ctx.viewer.userId,
          action: change.action,
          fromStatus: item.status,
          toStatus: change.to.status,
          occurredOn: day,
          reason: change.reason,
          previous: JSON.stringify(stateOf(item)),
          reversesId: change.reversesId ?? null,
        },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: `item.${change.action}`,
        entityType: "CalendarItem",
        entityId: item.id,
        before: { ...stateOf(item), version: item.version },
        after: {
          ...change.to,
          version: item.version + 1,
          logEntryId: entry.id,
          reason: change.reason,
          ...(change.reversesId ? { reverses: change.reversesId } : {}),
        },
      });
      return entry;
    },
    options,
  );
}
