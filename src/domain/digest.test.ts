import { describe, expect, it } from "vitest";
import { digestPeriod, digestReason, isoWeekday } from "./digest";

describe("digestPeriod", () => {
  it.each([
    // Monday 30 November 2026
    ["weekly", "2026-11-30", 6, null],
    ["weekly", "2026-11-30", 7, "2026-11-30"],
    ["weekly", "2026-12-02", 3, "2026-11-30"],
    ["weekly", "2026-12-06", 23, "2026-11-30"],
    ["weekly", "2027-01-01", 9, "2026-12-28"], // across the year end
    ["weekly", "2026-03-30", 7, "2026-03-30"], // the Monday after the clocks go forward
    ["daily", "2026-12-02", 6, null],
    ["daily", "2026-12-02", 7, "2026-12-02"],
    ["off", "2026-11-30", 9, null],
  ] as const)("%s on %s at %i:00 → %s", (frequency, date, hour, period) => {
    expect(digestPeriod(frequency, date, hour)).toBe(period);
  });

  it("numbers weekdays from Monday", () => {
    expect(["2026-11-30", "2026-12-05", "2026-12-06"].map(isoWeekday)).toEqual([1, 6, 7]);
  });
});

describe("digestReason", () => {
  const today = "2026-11-30";
  it.each([
    [{ status: "overdue", dueOn: "2026-11-01", unscheduled: false }, 14, false, "overdue"],
    [{ status: "deferred", dueOn: "2026-11-29", unscheduled: false }, 14, false, "overdue"],
    [{ status: "planned", dueOn: "2026-11-30", unscheduled: false }, 14, false, "due-soon"],
    [{ status: "scheduled", dueOn: "2026-12-14", unscheduled: false }, 14, false, "due-soon"],
    [{ status: "scheduled", dueOn: "2026-12-15", unscheduled: false }, 14, false, null],
    [{ status: "planned", dueOn: "2026-12-15", unscheduled: false }, 15, false, "due-soon"],
    [{ status: "planned", dueOn: "2027-02-01", unscheduled: true }, 14, true, "to-schedule"],
    [{ status: "planned", dueOn: "2027-02-01", unscheduled: true }, 14, false, null],
    [{ status: "sent", dueOn: "2026-12-01", unscheduled: false }, 14, false, null],
    [{ status: "waived", dueOn: "2026-11-01", unscheduled: false }, 14, false, null],
  ] as const)("%o with %i days' lead → %s", (item, lead, meeting, reason) => {
    expect(digestReason(item, today, lead, meeting)).toBe(reason);
  });
});
