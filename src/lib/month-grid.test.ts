import { describe, expect, it } from "vitest";
import { monthWeeks } from "./month-grid";

describe("monthWeeks", () => {
  it("starts weeks on Monday: April 2026 begins on a Wednesday", () => {
    const weeks = monthWeeks(2026, 4);
    expect(weeks[0]).toEqual([null, null, "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"]);
    expect(weeks.at(-1)).toEqual(["2026-04-27", "2026-04-28", "2026-04-29", "2026-04-30", null, null, null]);
  });
  it("has 29 days in February 2028", () => {
    expect(monthWeeks(2028, 2).flat().filter(Boolean)).toHaveLength(29);
  });
});
