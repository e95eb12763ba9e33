import { scheduleItemSchema } from "@/lib/schemas/calendar";
import { formatCivilDate, londonToday } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/**
 * The secretariat picks the meeting an item is presented at (the "to schedule" list). Refused if
 * the item changed since the form was shown, so nobody's choice is silently overwritten.
 */
export async function scheduleItem(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const { itemId, meetingId, version } = parse(scheduleItemSchema, raw, "Check the meeting you chose");
  const { item, presentingBoards } = await authorizeItem(ctx.db, ctx.viewer, itemId, "item:schedule");
  if (item.retiredAt) throw new AppError("CONFLICT", "This item has been retired: no rule produces it any more");
  if (!["planned", "scheduled", "deferred"].includes(item.status)) {
    throw new AppError("VALIDATION", `This item is already ${item.status}: it can no longer be scheduled`, {
      meetingId: [`The item is ${item.status}, so its meeting cannot be changed`],
    });
  }
  const planned = item.meeting ? `, planned for ${formatCivilDate(item.meeting.date)}` : "";
  await requireVersion(
    item,
    version,
    `Someone changed this item since you opened the page (it is now ${item.status}${planned}). Nothing was saved; check it and choose again.`,
  );
  const meeting = await ctx.db.meeting.findUnique({ where: { id: meetingId }, include: { board: true } });
  if (
    !meeting ||
    meeting.cancelledAt !== null ||
    !presentingBoards.includes(meeting.boardId) ||
    meeting.date < item.windowStart ||
    meeting.date > item.windowEnd
  ) {
    throw new AppError("VALIDATION", "Choose one of the meetings listed", {
      meetingId: [
        `Choose a meeting of the receiving board between ${formatCivilDate(item.windowStart)} and ${formatCivilDate(item.windowEnd)}`,
      ],
    });
  }
  const flags = item.flags
    .split(",")
    .filter((f) => f && f !== "to-schedule" && f !== "no-meeting-in-window")
    .join(",");
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(
      tx.calendarItem,
      item,
      { meetingId, dueOn: meeting.date, status: "scheduled", flags },
      "Someone changed this item at the same moment. Nothing was saved; reload and choose again.",
    );
    await tx.itemLogEntry.create({
      data: {
        itemId,
        actorId: ctx.viewer.userId,
        action: "schedule",
        fromStatus: item.status,
        toStatus: "scheduled",
        occurredOn: londonToday(ctx.now ?? new Date()),
        meetingId,
        previous: JSON.stringify({
          status: item.status,
          meetingId: item.meetingId,
          dueOn: item.dueOn,
          flags: item.flags,
        }),
      },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "item.schedule",
      entityType: "CalendarItem",
      entityId: itemId,
      before: { status: item.status, meetingId: item.meetingId, dueOn: item.dueOn, version: item.version },
      after: { status: "scheduled", meetingId, dueOn: meeting.date, version: item.version + 1 },
    });
    return { meeting };
  });
}
