import { describe, expect, it } from "vitest";
import { readTiming } from "./timing";

const agreedOn = "2025-06-01";

/** Decision 019's phrase table: each phrase, as the test name, gives its encoding. */
const DECISION_019: [string, unknown][] = [
  [
    "no later than three months after the close of the financial year",
    { frequency: "annual", deadline: { from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } } },
  ],
  [
    "within eight weeks of the start of each year",
    {
      frequency: "annual",
      deadline: { from: "cycle-start", offset: { amount: 8, unit: "weeks", direction: "after" } },
    },
  ],
  ["no later than 15 December annually", { frequency: "annual", deadline: { month: 12, day: 15 } }],
  ["during the second quarter", { frequency: "annual", quarter: 2 }],
  ["each March and September", { frequency: "named-months", months: [3, 9] }],
  ["on a monthly basis", { frequency: "monthly" }],
  ["at least four times per year", { frequency: "min-per-year", minPerYear: 4 }],
  ["biennially from the date of signature", { frequency: "interval", every: 2, unit: "years", anchorDate: agreedOn }],
  [
    "at intervals of no more than 15 months (last carried out on 1 December 2024)",
    { frequency: "interval", every: 15, unit: "months", anchorDate: "2024-12-01" },
  ],
  [
    "triennially, the next review falling in October 2028",
    {
      frequency: "interval",
      every: 3,
      unit: "years",
      anchorDate: "2028-10-01",
      anchorIsOccurrence: true,
      precision: "month",
    },
  ],
  [
    "at the first Board meeting following publication on 31 July",
    { frequency: "first-meeting-after", after: { month: 7, day: 31 } },
  ],
  ["at the last meeting of the financial year", { frequency: "meeting-of-year", which: "last" }],
  [
    "no later than seven clear working days before each meeting",
    { frequency: "each-meeting", offset: { amount: 7, unit: "working-days", direction: "before", clear: true } },
  ],
  [
    "draft minutes within 15 working days of the meeting",
    { frequency: "each-meeting", offset: { amount: 15, unit: "working-days", direction: "after" } },
  ],
  [
    "open for a minimum of 30 days and concluded by 31 October",
    { frequency: "annual", deadline: { month: 10, day: 31 }, duration: { amount: 30, unit: "days" } },
  ],
  ["will form part of the strategic plan", { frequency: "follows", atNextMeeting: true }],
  [
    "a refreshed plan within three months of the JSNA refresh",
    { frequency: "follows", offset: { amount: 3, unit: "months", direction: "after" } },
  ],
];

describe("decision 019's timing phrases", () => {
  it.each(DECISION_019)("%s", (phrase, cadence) => {
    const found = readTiming(phrase, { agreedOn });
    expect(found?.cadence).toEqual(cadence);
    expect(found?.dated).toBe(true);
    expect(phrase).toContain(found!.words.split(" … ")[0]!);
  });
});

/** The other timing phrases protocols use (issue 12, point 4). */
const MORE: [string, unknown][] = [
  ["annually", { frequency: "annual" }],
  ["each year", { frequency: "annual" }],
  ["on a yearly basis", { frequency: "annual" }],
  ["annually (in April)", { frequency: "annual", window: { fromMonth: 4, toMonth: 4 } }],
  ["between October and February", { frequency: "annual", window: { fromMonth: 10, toMonth: 2 } }],
  ["between September and November each year", { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } }],
  ["in April/May", { frequency: "annual", window: { fromMonth: 4, toMonth: 5 } }],
  [
    "within three months of the close of the financial year",
    { frequency: "annual", deadline: { from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } } },
  ],
  ["no later than 15 December", { frequency: "annual", deadline: { month: 12, day: 15 } }],
  ["on a quarterly basis", { frequency: "quarterly" }],
  ["quarterly", { frequency: "quarterly" }],
  ["every six months", { frequency: "six-monthly" }],
  ["not less than on a 6 monthly basis", { frequency: "six-monthly" }],
  ["twice a year", { frequency: "min-per-year", minPerYear: 2 }],
  ["three times a year", { frequency: "min-per-year", minPerYear: 3 }],
  ["on an as and when basis but at least twice a year", { frequency: "min-per-year", minPerYear: 2 }],
  ["each month", { frequency: "monthly" }],
  ["every two years", { frequency: "interval", every: 2, unit: "years", anchorDate: agreedOn }],
  ["triennially", { frequency: "interval", every: 3, unit: "years", anchorDate: agreedOn }],
  ["with each other after every meeting", { frequency: "after-every-meeting", afterMeetingsOf: "" }],
  ["at the first meeting of the year", { frequency: "meeting-of-year", which: "first" }],
  [
    "five working days before each meeting",
    { frequency: "each-meeting", offset: { amount: 5, unit: "working-days", direction: "before" } },
  ],
  ["annually (from the date of initial agreement)", { frequency: "anniversary", anchorDate: agreedOn }],
  ["when the Plan is being drafted", { frequency: "on-event", trigger: "when the Plan is being drafted" }],
  ["if significant changes are made", { frequency: "on-event", trigger: "if significant changes are made" }],
  ["as required", { frequency: "as-needed", trigger: "as required" }],
  ["in the autumn of each year", { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } }],
  ["at the start of each municipal year", { frequency: "annual" }],
  ["before publication", { frequency: "on-event", trigger: "before publication" }],
  ["within 15 days of any change", { frequency: "on-event", trigger: "within 15 days of any change" }],
  ["at any time", { frequency: "as-needed", trigger: "at any time" }],
];

describe("other timing phrases", () => {
  it.each(MORE)("%s", (phrase, cadence) => {
    expect(readTiming(phrase, { agreedOn })?.cadence).toEqual(cadence);
  });

  it("reads no time in a sentence that states none", () => {
    expect(readTiming("The HWB will consider the totality of the resources in Kent.")).toBeNull();
  });

  it("reads a past date as history, not a window", () => {
    expect(readTiming("The Act was implemented in April 2012.")).toBeNull();
  });

  it.each(["regularly", "as appropriate", "from time to time", "periodically"])("vague: %s", (words) => {
    const found = readTiming(`The Board will share information ${words}.`);
    expect(found).toMatchObject({ dated: false, vague: words });
  });

  it("gives a second, event trigger when a sentence states one with 'or when'", () => {
    const found = readTiming("This Protocol will be reviewed on an annual basis or when national guidance is revised.");
    expect(found?.cadence).toEqual({ frequency: "annual" });
    expect(found?.alsoOnEvent?.trigger).toBe("national guidance is revised");
  });

  it("without a date of signature, an interval cannot be dated and says so by its confidence", () => {
    const found = readTiming("biennially from the date of signature");
    expect(found).toMatchObject({ dated: false, confidence: 0.4 });
  });
});
