import * as rruleModule from "rrule";
import type { RRule as RRuleType, Weekday } from "rrule";
import type { CivilDate } from "./civil-date";

// rrule's Node entry is a UMD bundle whose names Node's ESM loader (the CLI, tsx) cannot see, so
// they arrive under `default`; bundlers (Next, Vitest) read its ESM build and see them directly.
const { RRule } =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

/**
 * A board's meeting pattern ("the second Tuesday of every other month from September to July"),
 * expanded with RFC 5545 recurrence rules (the rrule library). Meetings are civil dates in
 * Europe/London: the rule is expanded on "floating" midnight-UTC dates, which are the civil dates
 * themselves, so no time zone or clock change can shift a meeting to another day
 * (docs/decisions/017-meetings-series-and-changes.md).
 */

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];
/** Which week of the month: the first to the fourth, or the last. */
export const WEEKS_OF_MONTH = ["1", "2", "3", "4", "last"] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];
export const SERIES_FREQUENCIES = ["monthly-weekday", "monthly-day", "weekly"] as const;

export type SeriesPattern =
  | { frequency: "monthly-weekday"; interval: number; weekday: WeekdayName; week: WeekOfMonth }
  | { frequency: "monthly-day"; interval: number; dayOfMonth: number }
  | { frequency: "weekly"; interval: number; weekday: WeekdayName };

export interface SeriesSpec {
  pattern: SeriesPattern;
  from: CivilDate;
  until: CivilDate;
  /** HH:mm, London time; written into the rule's DTSTART for the record. */
  startTime: string;
}

/** The most meetings one series may add (five years of monthly meetings). */
export const MAX_SERIES_MEETINGS = 60;

const RRULE_DAYS: Record<WeekdayName, Weekday> = {
  monday: RRule.MO,
  tuesday: RRule.TU,
  wednesday: RRule.WE,
  thursday: RRule.TH,
  friday: RRule.FR,
  saturday: RRule.SA,
  sunday: RRule.SU,
};

const floating = (date: CivilDate) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

function rule(spec: SeriesSpec, withStart: boolean): RRuleType {
  const p = spec.pattern;
  return new RRule({
    freq: p.frequency === "weekly" ? RRule.WEEKLY : RRule.MONTHLY,
    interval: p.interval,
    ...(p.frequency === "monthly-day"
      ? { bymonthday: [p.dayOfMonth] }
      : {
          byweekday: [
            p.frequency === "weekly"
              ? RRULE_DAYS[p.weekday]
              : RRULE_DAYS[p.weekday].nth(p.week === "last" ? -1 : Number(p.week)),
          ],
        }),
    ...(withStart ? { dtstart: floating(spec.from) } : {}),
    until: floating(spec.until),
  });
}

/**
 * The dates of a series, in order, from `from` to `until` inclusive. Months are counted from the
 * month of `from` (every other month from September: September, November, January...), weeks from
 * the week of `from`. At most MAX_SERIES_MEETINGS + 1 are returned, so a caller can tell "too many".
 */
export function expandSeries(spec: SeriesSpec): CivilDate[] {
  if (spec.until < spec.from) return [];
  const dates: CivilDate[] = [];
  rule(spec, true).all((date: Date) => {
    dates.push(date.toISOString().slice(0, 10));
    return dates.length <= MAX_SERIES_MEETINGS;
  });
  return dates;
}

/** The series as iCalendar text (DTSTART in London time, then the RRULE), for the audit trail. */
export function seriesRuleText(spec: SeriesSpec): string {
  const start = `${spec.from.replaceAll("-", "")}T${spec.startTime.replace(":", "")}00`;
  const rrule = rule(spec, false)
    .toString()
    .split("\n")
    .find((line: string) => line.startsWith("RRULE:"))!;
  return `DTSTART;TZID=Europe/London:${start}\n${rrule}`;
}

const ORDINALS: Record<WeekOfMonth, string> = {
  "1": "first",
  "2": "second",
  "3": "third",
  "4": "fourth",
  last: "last",
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const every = (interval: number, unit: "month" | "week") =>
  interval === 1 ? `every ${unit}` : interval === 2 ? `every other ${unit}` : `every ${interval} ${unit}s`;
const ordinalDay = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

/** The pattern in words: "the second Tuesday of every other month", "the 15th of every month", "every Monday". */
export function describePattern(p: SeriesPattern): string {
  switch (p.frequency) {
    case "monthly-weekday":
      return `the ${ORDINALS[p.week]} ${capital(p.weekday)} of ${every(p.interval, "month")}`;
    case "monthly-day":
      return `the ${ordinalDay(p.dayOfMonth)} of ${every(p.interval, "month")}`;
    case "weekly":
      return p.interval === 1 ? `every ${capital(p.weekday)}` : `${capital(p.weekday)} ${every(p.interval, "week")}`;
  }
}
