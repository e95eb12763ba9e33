import { describe, expect, it } from "vitest";
import { formatLondonDateTime, londonStartOfDay } from "./london-time";

describe("londonStartOfDay", () => {
  it.each([
    ["2026-01-15", "2026-01-15T00:00:00.000Z"], // GMT
    ["2026-07-15", "2026-07-14T23:00:00.000Z"], // BST
    ["2026-03-29", "2026-03-29T00:00:00.000Z"], // the clocks go forward at 01:00 that day
    ["2026-10-25", "2026-10-24T23:00:00.000Z"], // the clocks go back at 02:00 that day
  ])("%s begins at %s", (date, instant) => {
    expect(londonStartOfDay(date).toISOString()).toBe(instant);
  });
});

describe("formatLondonDateTime", () => {
  it("shows summer instants in BST", () => {
    expect(formatLondonDateTime(new Date("2026-07-14T23:30:00Z"))).toBe("15 July 2026, 00:30:00");
    expect(formatLondonDateTime(new Date("2026-12-01T09:05:09Z"))).toBe("1 December 2026, 09:05:09");
  });
});
