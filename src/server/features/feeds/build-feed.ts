import { cycleStartYear, formatCivilDate, londonToday } from "@/lib/dates";
import { buildCalendar, type IcalEvent } from "@/lib/ical";
import type { DbTx } from "@/server/data/database";
import { viewerCan, type Viewer } from "@/server/authz/load-viewer";
import type { CalendarItemView } from "../calendar/calendar-view";
import { listStoredItems } from "../calendar/list-stored-items";

function toEvents(
  items: CalendarItemView[],
  baseUrl: string,
  areaSlugOf: (item: CalendarItemView) => string,
): IcalEvent[] {
  return items.map((i) => ({
    uid: `${i.id}@board-governance-portal`,
    sequence: i.version,
    stamp: i.updatedAt ?? new Date(0),
    date: i.dueOn,
    summary: `${i.clause}: ${i.title}${i.to ? ` → ${i.to.key}` : ""}`,
    description: [
      `From: ${i.from.map((f) => f.name).join(", ")}`,
      `To: ${i.to ? i.to.name : "the parties jointly"}`,
      `Window: ${formatCivilDate(i.windowStart)} to ${formatCivilDate(i.windowEnd)}`,
      `Status: ${i.status}`,
      i.meeting ? `Planned for the meeting of ${formatCivilDate(i.meeting.date)}` : "No meeting chosen yet",
    ].join("\n"),
    url: `${baseUrl}/areas/${areaSlugOf(i)}/protocols/${i.protocolId}#clause-${i.clauseId}`,
    cancelled: i.status === "retired",
  }));
}

/**
 * A feed: the items of some boards (one board, or every board the user holds a role on), this
 * financial year and the next, retired ones sent as CANCELLED so subscribed calendars drop them.
 */
export async function buildFeed(
  db: DbTx,
  viewer: Viewer,
  boardIds: string[] | "mine",
  baseUrl: string,
  now = new Date(),
) {
  const mine = viewer.grants.flatMap((g) => (g.boardId ? [g.boardId] : []));
  const wanted = boardIds === "mine" ? mine : boardIds;
  const boards = await db.board.findMany({
    where: { id: { in: wanted } },
    include: { areas: { include: { area: true } } },
  });
  const readable = boards.filter((b) => viewerCan(viewer, "board:read", b));
  if (readable.length === 0) return null;
  const today = londonToday(now);
  const year = cycleStartYear(today);
  const items = [
    ...(await listStoredItems(
      db,
      readable.map((b) => b.id),
      year,
      null,
      today,
    )),
    ...(await listStoredItems(
      db,
      readable.map((b) => b.id),
      year + 1,
      null,
      today,
    )),
  ];
  const homeArea = new Map(boards.map((b) => [b.id, (b.areas.find((a) => a.home) ?? b.areas[0])!.area.slug]));
  const firstArea = homeArea.get(readable[0]!.id)!;
  const name = boardIds === "mine" ? `My boards (${viewer.name})` : readable.map((b) => b.name).join(", ");
  return buildCalendar(
    name,
    toEvents(items, baseUrl, () => firstArea),
  );
}
