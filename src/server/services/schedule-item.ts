import type { Permission } from "@/domain/permissions";
import { scheduleItemSchema } from "@/lib/schemas/calendar";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { formatCivilDate, londonToday } from "@/lib/dates";
import type { Db, DbTx } from "../database";
import { appendAudit } from "../audit";
import { AppError, notFound } from "../errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/** The boards an item concerns: its owing boards, its recipient, and the board whose year it is in. */
export async function itemBoards(db: DbTx, itemId: string) {
  const item = await db.calendarItem.findUnique({
    where: { id: itemId },
    include: {
      cycle: true,
      recipientPost: true,
      meeting: true,
      obligation: { include: { parties: { include: { post: true } }, clause: true } },
    },
  });
  if (!item) throw notFound("The item");
  // A follow-up is owed by the board that must act on the recommendation, not the duty's parties.
  const owingParties = item.ownerBoardId ? [] : item.obligation.parties.filter((p) => p.role === "from");
  const owing = item.ownerBoardId ? [item.ownerBoardId] : owingParties.map((p) => p.boardId ?? p.post?.boardId ?? null);
  const recipient = item.recipientBoardId ?? item.recipientPost?.boardId ?? null;
  const boards = [...new Set([...owing, recipient, item.cycle.boardId].filter((b): b is string => b !== null))];
  const owingBoards = [...new Set(owing.filter((b): b is string => b !== null))];
  /** Whose meetings the item is presented at: the recipient's, or for a joint duty the owing boards'. */
  const presentingBoards = recipient ? [recipient] : item.ownerBoardId ? [item.ownerBoardId] : [...new Set(owingParties.filter((p) => p.boardId).map((p) => p.boardId!))];
  return { item, boards, owingBoards, recipientBoardId: recipient, presentingBoards };
}

/** Authorised if the viewer holds the permission on any board the item concerns (issue 4's map). */
export async function authorizeItem(db: DbTx, viewer: Viewer, itemId: string, permission: Permission) {
  const found = await itemBoards(db, itemId);
  let lastError: unknown = notFound("The item");
  for (const boardId of found.boards) {
    try {
      await authorizeBoard(db, viewer, boardId, permission);
      return found;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === "FORBIDDEN" || !(lastError instanceof AppError && lastError.code === "FORBIDDEN")) lastError = error;
    }
  }
  throw lastError;
}

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
