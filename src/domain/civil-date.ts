/**
 * Arithmetic on civil dates ("YYYY-MM-DD"): days with no time and no zone, so no result depends on
 * the machine's time zone or on British Summer Time (docs/decisions/003-civil-dates-and-time-zone.md).
 */
export type CivilDate = string;

const DAY_MS = 86_400_000;

// The calendar engine calls these hundreds of thousands of times in a national run: slices and
// the native ISO formatter, not split/map/padStart (years 1000-9999, which is every civil date here).
function toUtc(date: CivilDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
}

function fromUtc(ms: number): CivilDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function civil(year: number, month: number, day: number): CivilDate {
  return fromUtc(Date.UTC(year, month - 1, day));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** The first day of the month `months` after the month of `date`. */
export function startOfMonthPlus(date: CivilDate, months: number): CivilDate {
  return fromUtc(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1 + months, 1));
}

export function endOfMonth(date: CivilDate): CivilDate {
  return addDays(startOfMonthPlus(date, 1), -1);
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function monthOf(date: CivilDate): number {
  return Number(date.slice(5, 7));
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** Adds calendar months, keeping the day where it exists (31 January + 1 month = 28/29 February). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = startOfMonthPlus(civil(y, m, 1), months);
  const last = Number(endOfMonth(first).slice(8, 10));
  return `${first.slice(0, 8)}${String(Math.min(d, last)).padStart(2, "0")}`;
}

export const minDate = (a: CivilDate, b: CivilDate) => (a <= b ? a : b);
export const maxDate = (a: CivilDate, b: CivilDate) => (a >= b ? a : b);
