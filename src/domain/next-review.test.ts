import { describe, expect, it } from "vitest";
import { nextReviewDate } from "./next-review";

const today = "2026-11-23";
describe("nextReviewDate", () => {
  it.each([
    [
      "annually in April (Kent 4.2)",
      [{ frequency: "annual", windowFromMonth: 4, anchorDate: null }],
      null,
      "2027-04-01",
    ],
    [
      "from the date of initial agreement (Halton 2)",
      [{ frequency: "anniversary", windowFromMonth: null, anchorDate: "2013-09-18" }],
      null,
      "2027-09-18",
    ],
    [
      "anniversary still ahead this year",
      [{ frequency: "anniversary", windowFromMonth: null, anchorDate: "2013-12-01" }],
      null,
      "2026-12-01",
    ],
    [
      "annual with no month, from approval (Knowsley 9.1)",
      [{ frequency: "annual", windowFromMonth: null, anchorDate: null }],
      "2015-06-01",
      "2027-06-01",
    ],
    [
      "the earliest of several",
      [
        { frequency: "annual", windowFromMonth: 4, anchorDate: null },
        { frequency: "anniversary", windowFromMonth: null, anchorDate: "2013-12-01" },
      ],
      null,
      "2026-12-01",
    ],
    ["no dated review rule", [{ frequency: "on-event", windowFromMonth: null, anchorDate: null }], "2015-06-01", null],
  ] as const)("%s", (_label, rules, approvedOn, expected) => {
    expect(nextReviewDate(rules, approvedOn, today)).toBe(expected);
  });
});
