import { describe, expect, it } from "vitest";
import { cadenceSchema } from "./cadence";

const messages = (input: unknown) => {
  const result = cadenceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("cadence validation", () => {
  // One row per cadence in DESIGN.md's table, each with the seed clause that needs it.
  it.each([
    ["annual, any time (Kent 3.6)", { frequency: "annual", window: null }],
    ["annual, window across the year end (Medway 8.3)", { frequency: "annual", window: { fromMonth: 10, toMonth: 2 } }],
    ["annual in a named month (Kent 4.2)", { frequency: "annual", window: { fromMonth: 4, toMonth: 4 } }],
    ["anniversary (Halton 2)", { frequency: "anniversary", anchorDate: "2013-09-18" }],
    ["quarterly (Halton 14)", { frequency: "quarterly" }],
    ["six-monthly (Halton 36)", { frequency: "six-monthly" }],
    ["at least twice a year (Harrow 11)", { frequency: "min-per-year", minPerYear: 2 }],
    ["after every meeting (Knowsley 8.1)", { frequency: "after-every-meeting", afterMeetingsOf: "HWB", daysAfter: 14 }],
    [
      "on an event (Halton 11)",
      { frequency: "on-event", trigger: "The Children and Young People's Plan is being drafted" },
    ],
    ["as needed (Kent 4.1)", { frequency: "as-needed" }],
    ["standing (membership rules)", { frequency: "standing" }],
    ["once", { frequency: "once", anchorDate: "2027-01-31" }],
  ])("accepts %s", (_label, input) => {
    expect(messages(input)).toEqual([]);
  });

  it.each([
    [
      "month 13",
      { frequency: "annual", window: { fromMonth: 13, toMonth: 2 } },
      "window.fromMonth: Window start month must be a month number from 1 (January) to 12 (December)",
    ],
    [
      "month 0",
      { frequency: "annual", window: { fromMonth: 4, toMonth: 0 } },
      "window.toMonth: Window end month must be a month number from 1 (January) to 12 (December)",
    ],
    [
      "a fractional month",
      { frequency: "annual", window: { fromMonth: 4.5, toMonth: 5 } },
      "window.fromMonth: Window start month must be a whole month number from 1 to 12",
    ],
    [
      "a window without months",
      { frequency: "annual", window: {} },
      "window.fromMonth: A window needs both a fromMonth and a toMonth (use the same month twice for a single month, or no window for any time in the year)",
    ],
    [
      "a window with only an end",
      { frequency: "annual", window: { toMonth: 5 } },
      "window.fromMonth: A window needs both a fromMonth and a toMonth (use the same month twice for a single month, or no window for any time in the year)",
    ],
    [
      "min-per-year without a number",
      { frequency: "min-per-year" },
      "minPerYear: min-per-year needs minPerYear: how many times a year, at least 1",
    ],
    ["min-per-year of zero", { frequency: "min-per-year", minPerYear: 0 }, "minPerYear: minPerYear must be at least 1"],
    [
      "a window on a quarterly duty",
      { frequency: "quarterly", window: { fromMonth: 1, toMonth: 3 } },
      "window: Only an annual duty can have a month window",
    ],
    ["an anniversary without its date", { frequency: "anniversary" }, "anchorDate: Enter a date as YYYY-MM-DD"],
    [
      "an anniversary on 31 February",
      { frequency: "anniversary", anchorDate: "2013-02-31" },
      "anchorDate: That date does not exist",
    ],
    [
      "an on-event duty without its event",
      { frequency: "on-event", trigger: "  " },
      "trigger: The triggering event is required",
    ],
    [
      "an unknown frequency",
      { frequency: "fortnightly" },
      "frequency: frequency must be one of: annual, quarterly, six-monthly, min-per-year, after-every-meeting, anniversary, once, on-event, as-needed, standing, monthly, named-months, interval, each-meeting, meeting-of-year, first-meeting-after, follows",
    ],
    [
      "a duration on named months with no day to run up to",
      { frequency: "named-months", months: [3, 9], duration: { amount: 30, unit: "days" } },
      "duration: A duration runs up to a due date: give the day of the month it must be concluded by",
    ],
    [
      "a duration on an interval due during a month",
      {
        frequency: "interval",
        every: 2,
        unit: "years",
        anchorDate: "2025-05-01",
        precision: "month",
        duration: { amount: 30, unit: "days" },
      },
      "duration: A duration runs up to a due date: make it due on the day, not during the month",
    ],
    [
      "after-every-meeting of no board",
      { frequency: "after-every-meeting", afterMeetingsOf: "" },
      "afterMeetingsOf: A board key is required",
    ],
  ])("rejects %s with a clear message", (_label, input, expected) => {
    expect(messages(input)).toContain(expected);
  });

  it("rejects fields that do not belong to the frequency", () => {
    expect(messages({ frequency: "quarterly", minPerYear: 4 })).toEqual([': Unrecognized key: "minPerYear"']);
  });
});
