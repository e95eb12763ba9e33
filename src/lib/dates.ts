import { format, parseISO } from "date-fns";
import { TZDate } from "@date-fns/tz";

/** The portal's time zone: every civil date is a day in Europe/London. */
export const TIME_ZONE = "Europe/London";

/** "2026-09-30" → "30 September 2026", as GOV.UK writes dates. */
export function formatCivilDate(value: string): string {
  return format(parseISO(value), "d MMMM yyyy");
}

/** "2026-09-30" → "Wednesday 30 September 2026", for meetings, where the weekday matters. */
export function formatCivilDateWithDay(value: string): string {
  return format(parseISO(value), "EEEE d MMMM yyyy");
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** Today's civil date in London, from an instant (the clock is passed in, never read here). */
export function londonToday(now: Date): string {
  return format(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
}

/** The UK financial year (or a board's own year) containing a civil date: its start calendar year. */
export function cycleStartYear(date: string, yearStartMonth = 4): number {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return m >= yearStartMonth ? y : y - 1;
}

export function cycleLabel(startYear: number, yearStartMonth = 4): string {
  if (yearStartMonth === 1) return String(startYear);
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
