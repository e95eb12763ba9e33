import { addDays } from "@/domain/civil-date";
import { londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { viewerCan } from "@/server/authz/load-viewer";
import { boardKeyIn } from "@/server/core/board-key";
import { findArea } from "../areas/find-area";
import { viewItemsById } from "../calendar/list-stored-items";

/** How far ahead "due from this board" looks when the board has no later meeting. */
const HORIZON_DAYS = 90;

/**
 * A meeting's page (board:read on the meeting's board): the meeting; what is due at it (items
 * planned on it: presented to this board, or joint duties of its parties); what this board owes
 * others that falls due between this meeting and its next one (the model plans an item on the
 * receiving board's meeting, so these are the papers this meeting must approve or send on); and
 * what was received at it (log entries naming it).
 */
export async function getMeeting(reader: Reader, areaSlug: string, meetingId: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const meeting = await reader.db.meeting.findUnique({
    where: { id: meetingId },
    include: { board: { include: { areas: true } } },
  });
  const board = meeting?.board;
  if (
    !meeting ||
    !board ||
    !board.areas.some((a) => a.areaId === area.id) ||
    (reader.viewer && !viewerCan(reader.viewer, "board:read", board))
  )
    throw new AppError("NOT_FOUND", "The meeting was not found in this area");
  const today = londonToday(now);
  const next = await reader.db.meeting.findFirst({
    where: { boardId: board.id, cancelledAt: null, date: { gt: meeting.date } },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
    select: { date: true },
  });
  const until = next?.date ?? addDays(meeting.date, HORIZON_DAYS);
  const [planned, owed, entries] = await Promise.all([
    reader.db.calendarItem.findMany({ where: { meetingId: meeting.id, retiredAt: null }, select: { id: true } }),
    reader.db.calendarItem.findMany({
      where: {
        retiredAt: null,
        NOT: { meetingId: meeting.id },
        dueOn: { gte: meeting.date, lt: until },
        OR: [
          { ownerBoardId: board.id },
          {
            ownerBoardId: null,
            obligation: {
              parties: { some: { role: "from", OR: [{ boardId: board.id }, { post: { boardId: board.id } }] } },
            },
          },
        ],
      },
      select: { id: true },
    }),
    reader.db.itemLogEntry.findMany({
      where: { meetingId: meeting.id },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      include: { actor: { select: { name: true } } },
    }),
  ]);
  const [plannedViews, owedViews, receivedViews] = await Promise.all([
    viewItemsById(
      reader.db,
      planned.map((i) => i.id),
      area.id,
      today,
    ),
    viewItemsById(
      reader.db,
      owed.map((i) => i.id),
      area.id,
      today,
    ),
    viewItemsById(reader.db, [...new Set(entries.map((e) => e.itemId))], area.id, today),
  ]);
  const key = boardKeyIn(board, area.id);
  const itemById = new Map(receivedViews.map((v) => [v.id, v]));
  return {
    area,
    board: { id: board.id, name: board.name, key },
    meeting: {
      id: meeting.id,
      version: meeting.version,
      date: meeting.date,
      startTime: meeting.startTime,
      location: meeting.location,
      title: meeting.title,
      seriesId: meeting.seriesId,
      cancelled: meeting.cancelledAt !== null,
      cancelReason: meeting.cancelReason,
      past: meeting.date < today,
    },
    nextMeetingOn: next?.date ?? null,
    owedUntil: until,
    incoming: plannedViews.filter((v) => v.to?.type === "board" && v.to.key === key),
    joint: plannedViews.filter((v) => !(v.to?.type === "board" && v.to.key === key)),
    outgoing: owedViews,
    received: entries.map((e) => ({
      id: e.id,
      action: e.action,
      toStatus: e.toStatus,
      occurredOn: e.occurredOn,
      minuteRef: e.minuteRef,
      actor: e.actor.name,
      item: itemById.get(e.itemId) ?? null,
    })),
    manage: reader.viewer ? viewerCan(reader.viewer, "meeting:manage", board) : true,
  };
}
