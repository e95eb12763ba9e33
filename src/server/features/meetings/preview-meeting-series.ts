import { describePattern, expandSeries, MAX_SERIES_MEETINGS, seriesRuleText } from "@/domain/meeting-series";
import { meetingSeriesSchema, seriesSpecOf } from "@/lib/schemas/meeting";
import type { DbTx } from "@/server/data/database";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";

/** One date of a series: free, or taken by a meeting the board already has then. */
export interface SeriesDate {
  date: string;
  taken: { id: string; cancelled: boolean } | null;
}

/**
 * The dates a series would add, before anything is written: each expanded date, with the board's
 * meeting already at that date and time if there is one (reported, never duplicated). Needs
 * meeting:manage on the board. Refuses a series with no dates, or more than MAX_SERIES_MEETINGS.
 */
export async function planMeetingSeries({ db, viewer }: { db: DbTx; viewer: Viewer }, raw: unknown) {
  const input = parse(meetingSeriesSchema, raw, "Check the series details");
  await authorizeBoard(db, viewer, input.boardId, "meeting:manage");
  const spec = seriesSpecOf(input);
  const dates = expandSeries(spec);
  if (dates.length === 0)
    throw new AppError("VALIDATION", "Check the series details", {
      until: ["No meeting of this pattern falls between the first and last dates"],
    });
  if (dates.length > MAX_SERIES_MEETINGS)
    throw new AppError("VALIDATION", "Check the series details", {
      until: [`A series can add at most ${MAX_SERIES_MEETINGS} meetings: choose an earlier last date`],
    });
  const existing = await db.meeting.findMany({
    where: { boardId: input.boardId, startTime: input.startTime, date: { in: dates } },
    select: { id: true, date: true, cancelledAt: true },
  });
  const byDate = new Map(existing.map((m) => [m.date, m]));
  const planned: SeriesDate[] = dates.map((date) => {
    const m = byDate.get(date);
    return { date, taken: m ? { id: m.id, cancelled: m.cancelledAt !== null } : null };
  });
  return {
    input,
    rule: seriesRuleText(spec),
    description: describePattern(spec.pattern),
    dates: planned,
    free: planned.filter((d) => !d.taken).map((d) => d.date),
    taken: planned.filter((d) => d.taken).map((d) => d.date),
  };
}
