import { londonToday } from "@/lib/dates";
import { londonStartOfDay } from "@/lib/london-time";

/** Helpers that keep an exported area file stable: byte order, and fields left out rather than null. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The instant to store for a day in the file (a board archived, a meeting cancelled): the row's own
 * instant when it already falls on that London day, so that a re-import changes nothing, else the
 * day's start in London. Null when the file gives no day.
 */
export function instantOnDay(day: string | undefined, existing: Date | null | undefined): Date | null {
  if (!day) return null;
  if (existing && londonToday(existing) === day) return existing;
  return londonStartOfDay(day);
}
