import type { Duration, Offset } from "@/lib/schemas/cadence";
import { addDays, addMonths, type CivilDate } from "./civil-date";
import type { WorkingDays } from "./working-days";

/**
 * Offsets and durations on civil dates (decision 019). Calendar months keep the day where it
 * exists (31 August + 1 month = 30 September). Working days skip weekends and the nation's bank
 * holidays. A "clear" offset counts whole days between the two dates, leaving out both: papers
 * "seven clear working days before" a Thursday meeting are due eight working days before it.
 */
export function applyOffset(date: CivilDate, offset: Offset, workingDays: WorkingDays): CivilDate {
  const sign = offset.direction === "before" ? -1 : 1;
  const amount = offset.amount + (offset.clear ? 1 : 0);
  switch (offset.unit) {
    case "days":
      return addDays(date, sign * amount);
    case "weeks":
      return addDays(date, sign * amount * 7);
    case "months":
      // A clear month adds one day beyond the month.
      return offset.clear ? addDays(addMonths(date, sign * offset.amount), sign) : addMonths(date, sign * amount);
    case "working-days":
      return workingDays.add(date, sign * amount);
  }
}

/** The day a duration ending on `end` must start: "open for a minimum of 30 days and concluded by 31 October" starts by 1 October. */
export function durationStart(end: CivilDate, duration: Duration, workingDays: WorkingDays): CivilDate {
  switch (duration.unit) {
    case "days":
      return addDays(end, -duration.amount);
    case "weeks":
      return addDays(end, -duration.amount * 7);
    case "months":
      return addMonths(end, -duration.amount);
    case "working-days":
      return workingDays.add(end, -duration.amount);
  }
}
