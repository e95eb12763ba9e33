import Holidays from "date-holidays";
import { addDays, type CivilDate } from "./civil-date";

/**
 * Working days: Monday to Friday, less the bank holidays of the area's nation (decision 019). The
 * holidays come from date-holidays, a maintained package that computes each year's bank holidays
 * for England and Wales, Scotland and Northern Ireland, substitute days and the one-off days
 * (the 2022 State Funeral, the 2023 Coronation) included, so no list needs refreshing by hand.
 */
export const NATIONS = ["england-and-wales", "scotland", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

export const NATION_NAMES: Record<Nation, string> = {
  "england-and-wales": "England and Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

const REGION: Record<Nation, string> = { "england-and-wales": "ENG", scotland: "SCT", "northern-ireland": "NIR" };

export interface WorkingDays {
  nation: Nation;
  isWorkingDay(date: CivilDate): boolean;
  /** The bank holidays of a calendar year, as dates (weekend dates whose substitute is a weekday included). */
  bankHolidays(year: number): ReadonlySet<CivilDate>;
  /**
   * The date `days` working days after `date` (before it, when negative). Zero gives `date` itself,
   * working day or not.
   */
  add(date: CivilDate, days: number): CivilDate;
}

const calendars = new Map<Nation, WorkingDays>();

/** The working-day calendar of a nation, built once per process; its years are computed on first use. */
export function workingDaysFor(nation: Nation = "england-and-wales"): WorkingDays {
  const known = calendars.get(nation);
  if (known) return known;
  const source = new Holidays("GB", REGION[nation]);
  const years = new Map<number, Set<CivilDate>>();
  const bankHolidays = (year: number) => {
    let set = years.get(year);
    if (!set) {
      set = new Set(
        source
          .getHolidays(year)
          .filter((h) => h.type === "public" || h.type === "bank")
          .map((h) => h.date.slice(0, 10)),
      );
      years.set(year, set);
    }
    return set;
  };
  // Generation asks the same questions many times over (every board's meetings, every year's
  // deadlines): answers are kept, up to a bound, so a national run counts each date once.
  const workingDayOf = new Map<CivilDate, boolean>();
  const added = new Map<string, CivilDate>();
  const remember = <K, V>(map: Map<K, V>, key: K, value: V) => {
    if (map.size >= 200_000) map.clear();
    map.set(key, value);
    return value;
  };
  const isWorkingDay = (date: CivilDate) => {
    const cached = workingDayOf.get(date);
    if (cached !== undefined) return cached;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return remember(
      workingDayOf,
      date,
      weekday !== 0 && weekday !== 6 && !bankHolidays(Number(date.slice(0, 4))).has(date),
    );
  };
  const calendar: WorkingDays = {
    nation,
    isWorkingDay,
    bankHolidays,
    add(date, days) {
      const key = `${date}|${days}`;
      const cached = added.get(key);
      if (cached !== undefined) return cached;
      const step = days < 0 ? -1 : 1;
      let d = date;
      for (let left = Math.abs(days); left > 0;) {
        d = addDays(d, step);
        if (isWorkingDay(d)) left--;
      }
      return remember(added, key, d);
    },
  };
  calendars.set(nation, calendar);
  return calendar;
}

export function isNation(value: string): value is Nation {
  return (NATIONS as readonly string[]).includes(value);
}

/** A stored nation (free text in SQLite): anything missing or unknown reads as England and Wales. */
export function nationOrDefault(value: string | null | undefined): Nation {
  return value && isNation(value) ? value : "england-and-wales";
}
