import { describe, expect, it } from "vitest";
import { describeCadence, nextIntervalDate, type CadenceJson } from "./describe-cadence";

const base: Omit<CadenceJson, "frequency"> = {
  window: null,
  minPerYear: null,
  trigger: null,
  afterMeetingsOf: null,
  anchorDate: null,
};
const c = (fields: Partial<CadenceJson> & Pick<CadenceJson, "frequency">): CadenceJson => ({ ...base, ...fields });

describe("describeCadence", () => {
  it.each<[string, CadenceJson, string]>([
    ["annual, any time", c({ frequency: "annual" }), "Once a year, any time"],
    [
      "annual, a window",
      c({ frequency: "annual", window: { fromMonth: 9, toMonth: 11 } }),
      "Once a year, between September and November",
    ],
    [
      "annual, after the close",
      c({
        frequency: "annual",
        deadline: { from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } },
      }),
      "No later than 3 months after the close of the year",
    ],
    [
      "annual, after the start",
      c({
        frequency: "annual",
        deadline: { from: "cycle-start", offset: { amount: 8, unit: "weeks", direction: "after" } },
      }),
      "Within 8 weeks of the start of the year",
    ],
    [
      "annual, before the close",
      c({
        frequency: "annual",
        deadline: { from: "cycle-end", offset: { amount: 1, unit: "months", direction: "before" } },
      }),
      "No later than 1 month before the close of the year",
    ],
    [
      "annual, a day of the year",
      c({ frequency: "annual", deadline: { month: 12, day: 15 } }),
      "By 15 December each year",
    ],
    ["annual, a quarter", c({ frequency: "annual", quarter: 2 }), "During the second quarter"],
    [
      "annual, a duration",
      c({ frequency: "annual", deadline: { month: 10, day: 31 }, duration: { amount: 30, unit: "days" } }),
      "Open for at least 30 days, concluded by 31 October",
    ],
    ["named months", c({ frequency: "named-months", months: [9, 3] }), "Each March and September"],
    [
      "named months on a day",
      c({ frequency: "named-months", months: [3, 6, 9], day: 1 }),
      "On the 1st of each March, June and September",
    ],
    ["monthly", c({ frequency: "monthly" }), "Every month"],
    ["monthly on a day", c({ frequency: "monthly", day: 22 }), "On the 22nd of every month"],
    [
      "each meeting, working days after",
      c({
        frequency: "each-meeting",
        meetingsOf: "HWB",
        offset: { amount: 15, unit: "working-days", direction: "after" },
      }),
      "Within 15 working days after each HWB meeting",
    ],
    [
      "each meeting, clear days before",
      c({ frequency: "each-meeting", offset: { amount: 7, unit: "working-days", direction: "before", clear: true } }),
      "7 clear working days before each meeting of the receiving board",
    ],
    ["each meeting, at it", c({ frequency: "each-meeting" }), "At each meeting of the receiving board"],
    ["last meeting of the year", c({ frequency: "meeting-of-year", which: "last" }), "At the last meeting of the year"],
    [
      "first meeting of the year of a board",
      c({ frequency: "meeting-of-year", which: "first", meetingsOf: "SAB" }),
      "At the first SAB meeting of the year",
    ],
    [
      "first meeting after a date",
      c({ frequency: "first-meeting-after", after: { month: 7, day: 31 } }),
      "At the first meeting after 31 July",
    ],
    [
      "follows, at the next meeting",
      c({ frequency: "follows", atNextMeeting: true }),
      "At the next meeting after the duty it comes after is done",
    ],
    [
      "follows, an offset",
      c({ frequency: "follows", offset: { amount: 3, unit: "months", direction: "after" } }),
      "Within 3 months after the duty it comes after is done",
    ],
    ["anniversary", c({ frequency: "anniversary", anchorDate: "2025-05-01" }), "Every year from 1 May 2025"],
    ["once", c({ frequency: "once", anchorDate: "2026-09-30" }), "Once, on 30 September 2026"],
  ])("%s", (_name, cadence, words) => {
    expect(describeCadence(cadence)).toBe(words);
  });

  it("names the duty a following duty comes after", () => {
    expect(
      describeCadence(c({ frequency: "follows", atNextMeeting: true }), { comesAfter: "8.2: Annual report" }),
    ).toBe("At the next meeting after “8.2: Annual report” is done");
  });

  it("says when an interval is next due, given today", () => {
    const biennial = c({ frequency: "interval", every: 2, unit: "years", anchorDate: "2025-05-01" });
    expect(describeCadence(biennial)).toBe("Every 2 years from 1 May 2025");
    expect(describeCadence(biennial, { today: "2026-11-30" })).toBe(
      "Every 2 years from 1 May 2025: next due 1 May 2027",
    );
    const triennial = c({
      frequency: "interval",
      every: 3,
      unit: "years",
      anchorDate: "2028-10-01",
      anchorIsOccurrence: true,
      precision: "month",
    });
    expect(describeCadence(triennial, { today: "2026-11-30" })).toBe(
      "Every 3 years, starting October 2028: next due October 2028",
    );
  });
});

describe("nextIntervalDate", () => {
  it.each([
    // The anchor (signature) is not itself an occurrence; today's occurrence is still due today.
    [{ every: 2, unit: "years" as const, anchorDate: "2025-05-01" }, "2025-05-01", "2027-05-01"],
    [{ every: 2, unit: "years" as const, anchorDate: "2025-05-01" }, "2027-05-01", "2027-05-01"],
    [
      { every: 2, unit: "years" as const, anchorDate: "2025-05-01", anchorIsOccurrence: true },
      "2025-04-30",
      "2025-05-01",
    ],
    // A day the month lacks falls on its last day, not skipped.
    [{ every: 15, unit: "months" as const, anchorDate: "2024-11-30" }, "2025-01-01", "2026-02-28"],
    [{ every: 1, unit: "years" as const, anchorDate: "2024-02-29" }, "2024-03-01", "2025-02-28"],
  ])("%o from %s: %s", (interval, today, next) => {
    expect(nextIntervalDate(interval, today)).toBe(next);
  });
});
