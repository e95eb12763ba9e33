import { describe, expect, it } from "vitest";
import { sixMonthGaps } from "./six-monthly";

describe("sixMonthGaps (Halton 36)", () => {
  it.each([
    [["2026-04-15", "2026-10-15"], []],
    [["2026-04-15", "2026-10-16"], [{ from: "2026-04-15", to: "2026-10-16" }]],
    // One in each half of the year, yet seven months apart.
    [["2026-03-20", "2026-10-21", "2027-01-10"], [{ from: "2026-03-20", to: "2026-10-21" }]],
    // 31 August plus six months is the end of February (28th, or 29th in a leap year).
    [["2027-08-31", "2028-02-29"], []],
    [["2026-08-31", "2027-03-01"], [{ from: "2026-08-31", to: "2027-03-01" }]],
    [[], []],
  ])("%j → %j", (dates, gaps) => {
    expect(sixMonthGaps(dates)).toEqual(gaps);
  });
});
