import type { ItemFlag } from "@/domain/calendar/types";
import type { DbTx } from "@/server/data/database";
import { obligationSelect, partyNames, view, type CalendarItemView } from "./calendar-view";

export const byDue = (a: CalendarItemView, b: CalendarItemView) =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.title.localeCompare(b.title);

/** Stored items concerning some boards in a year (retired ones too), for pages and feeds. */
export async function listStoredItems(
  db: DbTx,
  boardIds: string[],
  startYear: number | null,
  areaId: string | null,
  today: string,
): Promise<CalendarItemView[]> {
  return queryItems(
    db,
    {
      ...(startYear !== null ? { cycle: { startsOn: { gte: `${startYear}-01-01`, lte: `${startYear}-12-31` } } } : {}),
      OR: [
        { cycle: { boardId: { in: boardIds } } },
        { recipientBoardId: { in: boardIds } },
        { ownerBoardId: { in: boardIds } },
        { recipientPost: { boardId: { in: boardIds } } },
        {
          obligation: {
            parties: { some: { OR: [{ boardId: { in: boardIds } }, { post: { boardId: { in: boardIds } } }] } },
          },
        },
      ],
    },
    areaId,
    today,
  );
}

/** Some stored items by id, as views (for an item's page, its follow-ups and its parent). */
export async function viewItemsById(
  db: DbTx,
  ids: string[],
  areaId: string | null,
  today: string,
): Promise<CalendarItemView[]> {
  return ids.length === 0 ? [] : queryItems(db, { id: { in: ids } }, areaId, today);
}

async function queryItems(
  db: DbTx,
  where: NonNullable<Parameters<DbTx["calendarItem"]["findMany"]>[0]>["where"],
  areaId: string | null,
  today: string,
): Promise<CalendarItemView[]> {
  const names = await partyNames(db, areaId);
  const rows = await db.calendarItem.findMany({
    where,
    include: {
      obligation: { select: obligationSelect },
      cycle: { select: { startsOn: true } },
      meeting: { select: { id: true, date: true, boardId: true, cancelledAt: true } },
    },
  });
  return rows
    .map((r) =>
      view(
        r.obligation,
        {
          recipientKey: r.recipientKey,
          cycleStart: r.cycle.startsOn,
          sequence: r.sequence,
          index: r.sequenceIndex,
          of: r.sequenceOf,
          windowStart: r.windowStart,
          windowEnd: r.windowEnd,
          dueOn: r.dueOn,
          flags: r.flags ? (r.flags.split(",") as ItemFlag[]) : [],
        },
        {
          id: r.id,
          status: r.status,
          retired: r.retiredAt !== null,
          meeting: r.meeting && { id: r.meeting.id, date: r.meeting.date, boardId: r.meeting.boardId },
          meetingCancelled: Boolean(r.meeting?.cancelledAt),
          version: r.version,
          updatedAt: r.updatedAt,
          origin: r.origin,
          title: r.title,
          ownerBoardId: r.ownerBoardId,
        },
        names,
        today,
      ),
    )
    .sort(byDue);
}
