import { cycleFor } from "@/domain/calendar/generate";
import { sixMonthGaps } from "@/domain/calendar/six-monthly";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { listStoredItems } from "./list-stored-items";
import { loadCalendarContext } from "./calendar-context";
import { getBoard } from "../boards/get-board";
import { viewerCan } from "@/server/authz/load-viewer";
import { listStandingDuties } from "@/server/features/protocols/list-standing-duties";
import type { Reader } from "@/server/authz/reader";
import { hasFeedToken } from "@/server/features/feeds/feed-tokens";
import { itemBoards } from "@/server/authz/authorize-item";

export interface CalendarFilters {
  kind?: string;
  status?: string;
  counterparty?: string;
}

/** Everything a board's calendar page shows for one year. */
export async function getBoardCalendar(
  reader: Reader & { viewer: NonNullable<Reader["viewer"]> },
  areaSlug: string,
  boardKey: string,
  fy: number | null,
  filters: CalendarFilters,
  now = new Date(),
) {
  const { area, board } = await getBoard(reader, areaSlug, boardKey);
  const today = londonToday(now);
  const year = fy ?? cycleStartYear(today, board.yearStartMonth);
  const cycle = cycleFor(year, board.yearStartMonth);
  const all = await listStoredItems(reader.db, [board.id], year, area.id, today);
  const counterpartyOf = (i: (typeof all)[number]) => {
    const owes = i.from.some((f) => f.type === "board" && f.key === board.key);
    return owes ? (i.to?.key ?? "Joint") : i.from.map((f) => f.key).join(", ");
  };
  const items = all.filter(
    (i) =>
      (!filters.kind || i.kind === filters.kind) &&
      (!filters.status || i.status === filters.status) &&
      (!filters.counterparty || counterpartyOf(i) === filters.counterparty),
  );
  const boardRow = await reader.db.board.findUniqueOrThrow({ where: { id: board.id }, include: { areas: true } });
  const canSchedule = viewerCan(reader.viewer, "item:schedule", boardRow);
  const toSchedule = all.filter(
    (i) =>
      i.id &&
      i.status !== "retired" &&
      i.flags.includes("to-schedule") &&
      i.meeting === null &&
      (i.status === "planned" || i.status === "overdue"),
  );
  const options = new Map<string, { id: string; date: string; startTime: string; board: string }[]>();
  if (canSchedule) {
    for (const i of toSchedule) {
      const { presentingBoards } = await itemBoards(reader.db, i.id!);
      const meetings = await reader.db.meeting.findMany({
        where: {
          boardId: { in: presentingBoards },
          cancelledAt: null,
          date: { gte: i.windowStart, lte: i.windowEnd },
        },
        include: { board: { select: { acronym: true } } },
        orderBy: [{ date: "asc" }, { startTime: "asc" }],
      });
      options.set(
        i.id!,
        meetings.map((m) => ({ id: m.id, date: m.date, startTime: m.startTime, board: m.board.acronym })),
      );
    }
  }
  const context = await loadCalendarContext(reader.db, [board.id], year);
  const sixMonthly = context.obligations.filter(
    (o) => o.cadence.frequency === "six-monthly" && context.concernsScope(o),
  );
  const happened = await reader.db.calendarItem.findMany({
    where: {
      obligationId: { in: sixMonthly.map((o) => o.id) },
      status: { in: ["sent", "received", "closed"] },
      dueOn: { gte: `${year - 1}-01-01`, lte: cycle.end },
    },
    select: { obligationId: true, dueOn: true, meeting: { select: { date: true } } },
  });
  const gapWarnings = sixMonthly.flatMap((o) =>
    sixMonthGaps(happened.filter((h) => h.obligationId === o.id).map((h) => h.meeting?.date ?? h.dueOn)).map((gap) => ({
      clause: o.row.clause.ref,
      summary: o.row.summary,
      ...gap,
    })),
  );
  const standing = await listStandingDuties(reader, areaSlug, { context });
  return {
    area,
    board,
    year,
    cycle,
    today,
    items,
    total: all.length,
    counterparties: [...new Set(all.map(counterpartyOf))].sort(),
    toSchedule,
    options,
    standing,
    gapWarnings,
    counterpartyOf,
    permissions: {
      generate: viewerCan(reader.viewer, "calendar:generate", boardRow),
      schedule: canSchedule,
      log: viewerCan(reader.viewer, "item:log", boardRow),
    },
    hasFeedToken: await hasFeedToken(reader.db, reader.viewer.userId),
  };
}
