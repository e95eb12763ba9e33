import type { Cadence, DayOfYear, Deadline, Duration, Offset } from "./schemas/cadence";
import { monthName } from "./dates";

/** A duty's cadence as the `obligations --json` contract (issue 2) gives it. */
export interface CadenceJson {
  frequency: Cadence["frequency"];
  window: { fromMonth: number; toMonth: number } | null;
  minPerYear: number | null;
  trigger: string | null;
  afterMeetingsOf: string | null;
  anchorDate: string | null;
  quarter?: number | null;
  deadline?: Deadline | null;
  duration?: Duration | null;
  months?: number[] | null;
  day?: number | null;
  every?: number | null;
  unit?: "months" | "years" | null;
  anchorIsOccurrence?: boolean | null;
  precision?: "day" | "month" | null;
  meetingsOf?: string | null;
  offset?: Offset | null;
  which?: "first" | "last" | null;
  after?: DayOfYear | null;
  atNextMeeting?: boolean | null;
}

/** A cadence in words, as a board secretary would say it. */
export function describeCadence(c: CadenceJson): string {
  switch (c.frequency) {
    case "annual":
      if (!c.window) return "Once a year, any time";
      if (c.window.fromMonth === c.window.toMonth) return `Once a year, in ${monthName(c.window.fromMonth)}`;
      return `Once a year, between ${monthName(c.window.fromMonth)} and ${monthName(c.window.toMonth)}`;
    case "quarterly":
      return "Every quarter";
    case "six-monthly":
      return "At least every six months";
    case "min-per-year":
      return `At least ${c.minPerYear === 2 ? "twice" : `${c.minPerYear} times`} a year`;
    case "after-every-meeting":
      return `After every meeting of ${c.afterMeetingsOf}`;
    case "anniversary":
      return `Every year from ${c.anchorDate}`;
    case "once":
      return `Once, on ${c.anchorDate}`;
    case "on-event":
      return `When: ${c.trigger}`;
    case "as-needed":
      return c.trigger ? `As needed: ${c.trigger}` : "As needed, at any time";
    case "standing":
      return "Standing duty";
    default:
      return c.frequency;
  }
}
