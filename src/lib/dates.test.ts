import { describe, expect, it } from "vitest";
import { cycleLabel, cycleStartYear, formatCivilDate, formatCivilDateWithDay, londonToday } from "./dates";

describe("dates", () => {
  it.each([
    ["2026-04-01", 4, 2026],
    ["2026-03-31", 4, 2025],
    ["2027-02-28", 4, 2026],
    ["2026-12-31", 1, 2026],
    ["2026-08-31", 9, 2025],
  ])("puts %s (year starting in month %i) in the cycle starting %i", (date, start, expected) => {
    expect(cycleStartYear(date, start)).toBe(expected);
  });

  it("labels financial years as 2026/27 and calendar years as 2026", () => {
    expect(cycleLabel(2026)).toBe("2026/27");
    expect(cycleLabel(2099)).toBe("2099/00");
    expect(cycleLabel(2026, 1)).toBe("2026");
  });

  it("writes dates as GOV.UK does", () => {
    expect(formatCivilDate("2026-09-30")).toBe("30 September 2026");
    expect(formatCivilDateWithDay("2026-04-01")).toBe("Wednesday 1 April 2026");
  });

  it.each([
    // Midnight UTC in summer is already 01:00 the next day in London (BST); in winter it is not.
    ["2026-06-30T23:30:00Z", "2026-07-01"],
    ["2026-12-31T23:30:00Z", "2026-12-31"],
    // The clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    ["2026-03-29T00:59:59Z", "2026-03-29"],
    ["2026-10-24T23:30:00Z", "2026-10-25"],
    ["2027-03-31T23:00:00Z", "2027-04-01"],
  ])("takes today's date in London from the instant %s", (instant, expected) => {
    expect(londonToday(new Date(instant))).toBe(expected);
  });
});
