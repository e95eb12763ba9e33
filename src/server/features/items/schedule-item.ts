import { scheduleItemSchema } from "@/lib/schemas/calendar";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { formatCivilDate, londonToday } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/**
 * The secretariat picks the meeting an item is presented at (the "to schedule" list). Refused if
 * the item changed since the form was shown, so nobody's choice is silently overwritten.
 */
export async function scheduleItem(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const parsed = scheduleItemSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the meeting you chose", fieldErrorsOf(parsed.error));
  const { itemId, meetingId, version } = parsed.data;
  const { item, presentingBoards } = await authorizeItem(ctx.db, ctx.viewer, itemId, "item:schedule");
  if (item.retiredAt) throw new AppError("CONFLICT", "This item has been retired: no rule produces it any more");
  if (!["planned", "scheduled", "deferred"].includes(item.status)) {
    throw new AppError("VALIDATION", `This item is already ${item.status}: it can no longer be scheduled`, { meetingId: [`The item is ${item.status}, so its meeting cannot be changed`] });
  }
  if (item.version !== version) {
    throw new AppError("CONFLICT", `Someone changed this item since you opened the page (it is now ${item.status}${item.meeting ? `, planned for ${formatCivilDate(item.meeting.date)}` : ""}). Nothing was saved; check it and choose again.`);
  }
  const meeting = await ctx.db.meeting.findUnique({ where: { id: meetingId }, include: { board: true } });
  if (!meeting || !presentingBoards.includes(meeting.boardId) || meeting.date < item.windowStart || meeting.date > item.windowEnd) {
    throw new AppError("VALIDATION", "Choose one of the meetings listed", {
      meetingId: [`Choose a meeting of the receiving board between ${formatCivilDate(item.windowStart)} and ${formatCivilDate(item.windowEnd)}`],
    });
  }
  const flags = item.flags.split(",").filter((f) => f && f !== "to-schedule" && f !== "no-meeting-in-window").join(",");
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.calendarItem.updateMany({
      where: { id: itemId, version },
      data: { meetingId, dueOn: meeting.date, status: "scheduled", flags, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this item at the same moment. Nothing was saved; reload and choose again.");
    await tx.itemLogEntry.create({
      data: {
        itemId,
        actorId: ctx.viewer.userId,
        action: "schedule",
        fromStatus: item.status,
        toStatus: "scheduled",
        occurredOn: londonToday(ctx.now ?? new Date()),
        meetingId,
        previous: JSON.stringify({ status: item.status, meetingId: item.meetingId, dueOn: item.dueOn, flags: item.flags }),
      },
    });
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, {
      action: "item.schedule",
      entityType: "CalendarItem",
      entityId: itemId,
      before: { status: item.status, meetingId: item.meetingId, dueOn: item.dueOn, version: item.version },
      after: { status: "scheduled", meetingId, dueOn: meeting.date, version: item.version + 1 },
    });
    return { meeting };
  });
}
