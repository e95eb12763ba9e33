import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "./dates";

/** The instant a London civil day begins (midnight, whether GMT or BST). */
export function londonStartOfDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime());
}

/** An instant as London reads it: "23 November 2026, 14:05:09". */
export function formatLondonDateTime(at: Date): string {
  return format(new TZDate(at, TIME_ZONE), "d MMMM yyyy, HH:mm:ss");
}
