import { describe, expect, it } from "vitest";
import { workingDaysFor } from "../working-days";
import { cycleFor, generateItems } from "./generate";
import { itemKey, type EngineCadence, type EngineMeeting, type EngineObligation, type EngineParty } from "./types";

/**
 * Decision 019's phrase table, one test per phrase, then year ends, leap years, clock changes, bank
 * holidays and boards whose year starts in January or September. Every expectation is worked out by
 * hand (the working days against the GOV.UK bank holiday list).
 */

const board = (id: string): EngineParty => ({ type: "board", id });
const meeting = (boardId: string, date: string): EngineMeeting => ({ id: `${boardId}-${date}`, boardId, date });
/** The Health and Wellbeing Board meets on Thursdays in FY2026/27. */
const HWB_MEETINGS = ["2026-06-11", "2026-09-10", "2026-12-10", "2027-03-11"].map((d) => meeting("HWB", d));

const ob = (cadence: EngineCadence, extra: Partial<EngineObligation> = {}): EngineObligation => ({
  id: "o1",
  cadence,
  from: [board("KSCB")],
  to: [board("HWB")],
  comesAfterId: null,
  anchorBoardId: "KSCB",
  ...extra,
});

interface Run {
  startYear?: number;
  startMonth?: number;
  meetings?: EngineMeeting[];
  doneOn?: Map<string, string>;
  nation?: "england-and-wales" | "scotland" | "northern-ireland";
}
const run = (obligations: EngineObligation[], r: Run = {}) =>
  generateItems({
    obligations,
    meetings: r.meetings ?? HWB_MEETINGS,
    cycleOf: () => cycleFor(r.startYear ?? 2026, r.startMonth ?? 4),
    workingDaysOf: r.nation ? () => workingDaysFor(r.nation) : undefined,
    doneOn: r.doneOn,
  });
const brief = (items: ReturnType<typeof run>, obligationId = "o1") =>
  items
    .filter((i) => i.obligationId === obligationId)
    .map(
      (i) =>
        `${i.recipientKey} ${i.index}/${i.of} ${i.windowStart}..${i.windowEnd} due ${i.dueOn}${i.meetingId ? ` @${i.meetingId}` : ""}${i.flags.length ? ` [${i.flags.join(",")}]` : ""}`,
    );

const annualDeadline = (deadline: Extract<EngineCadence, { frequency: "annual" }>["deadline"]): EngineCadence => ({
  frequency: "annual",
  window: null,
  deadline,
});
/** The annual report (due three months after the close) that a following duty counts from. */
const annualReport: EngineObligation = ob(
  annualDeadline({ from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } }),
  { id: "report" },
);
const follows = (c: Partial<Extract<EngineCadence, { frequency: "follows" }>>): EngineCadence => ({
  frequency: "follows",
  offset: null,
  atNextMeeting: false,
  meetingsOfBoardId: null,
  duration: null,
  ...c,
});
const interval = (c: Partial<Extract<EngineCadence, { frequency: "interval" }>>): EngineCadence => ({
  frequency: "interval",
  every: 1,
  unit: "years",
  anchorDate: "2024-01-01",
  anchorIsOccurrence: false,
  precision: "day",
  duration: null,
  ...c,
});

describe("decision 019's phrases, in FY2026/27 (KSCB owes HWB; HWB meets 11 June, 10 September, 10 December, 11 March)", () => {
  it.each<[string, EngineObligation[], string[]]>([
    [
      "no later than three months after the close of the financial year",
      [ob(annualDeadline({ from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } }))],
      // The 2025/26 report: 31 March 2026 + 3 months, counted from the previous close.
      ["board:HWB 1/1 2026-04-01..2026-06-30 due 2026-06-30"],
    ],
    [
      "within eight weeks of the start of each year",
      [ob(annualDeadline({ from: "cycle-start", offset: { amount: 8, unit: "weeks", direction: "after" } }))],
      ["board:HWB 1/1 2026-04-01..2026-05-27 due 2026-05-27"],
    ],
    [
      "no later than 15 December annually",
      [ob(annualDeadline({ month: 12, day: 15 }))],
      ["board:HWB 1/1 2026-04-01..2026-12-15 due 2026-12-15"],
    ],
    [
      "during the second quarter",
      [ob({ frequency: "annual", window: null, quarter: 2 })],
      ["board:HWB 1/1 2026-07-01..2026-09-30 due 2026-09-10 @HWB-2026-09-10"],
    ],
    [
      "each March and September",
      [ob({ frequency: "named-months", months: [3, 9], day: null, duration: null })],
      [
        "board:HWB 1/2 2026-09-01..2026-09-30 due 2026-09-10 @HWB-2026-09-10",
        "board:HWB 2/2 2027-03-01..2027-03-31 due 2027-03-11 @HWB-2027-03-11",
      ],
    ],
    [
      "on a monthly basis",
      [ob({ frequency: "monthly", day: null })],
      [
        "board:HWB 1/12 2026-04-01..2026-04-30 due 2026-04-30 [no-meeting-in-window]",
        "board:HWB 2/12 2026-05-01..2026-05-31 due 2026-05-31 [no-meeting-in-window]",
        "board:HWB 3/12 2026-06-01..2026-06-30 due 2026-06-11 @HWB-2026-06-11",
        "board:HWB 4/12 2026-07-01..2026-07-31 due 2026-07-31 [no-meeting-in-window]",
        "board:HWB 5/12 2026-08-01..2026-08-31 due 2026-08-31 [no-meeting-in-window]",
        "board:HWB 6/12 2026-09-01..2026-09-30 due 2026-09-10 @HWB-2026-09-10",
        "board:HWB 7/12 2026-10-01..2026-10-31 due 2026-10-31 [no-meeting-in-window]",
        "board:HWB 8/12 2026-11-01..2026-11-30 due 2026-11-30 [no-meeting-in-window]",
        "board:HWB 9/12 2026-12-01..2026-12-31 due 2026-12-10 @HWB-2026-12-10",
        "board:HWB 10/12 2027-01-01..2027-01-31 due 2027-01-31 [no-meeting-in-window]",
        "board:HWB 11/12 2027-02-01..2027-02-28 due 2027-02-28 [no-meeting-in-window]",
        "board:HWB 12/12 2027-03-01..2027-03-31 due 2027-03-11 @HWB-2027-03-11",
      ],
    ],
    [
      "at least four times per year",
      [ob({ frequency: "min-per-year", minPerYear: 4 })],
      [
        "board:HWB 1/4 2026-04-01..2026-06-30 due 2026-06-11 @HWB-2026-06-11",
        "board:HWB 2/4 2026-07-01..2026-09-30 due 2026-09-10 @HWB-2026-09-10",
        "board:HWB 3/4 2026-10-01..2026-12-31 due 2026-12-10 @HWB-2026-12-10",
        "board:HWB 4/4 2027-01-01..2027-03-31 due 2027-03-11 @HWB-2027-03-11",
      ],
    ],
    [
      "biennially from the date of signature",
      // Signed 18 September 2024: reviews 18 September 2026, 2028...
      [ob(interval({ every: 2, unit: "years", anchorDate: "2024-09-18" }))],
      ["board:HWB 1/1 2026-09-18..2026-09-18 due 2026-09-18"],
    ],
    [
      "at intervals of no more than 15 months (last carried out on 1 December 2024)",
      // 1 March 2026 (FY2025/26), then 1 June 2027 (FY2027/28): none falls in FY2026/27.
      [ob(interval({ every: 15, unit: "months", anchorDate: "2024-12-01" }))],
      [],
    ],
    [
      "triennially, the next review falling in October 2028",
      [
        ob(
          interval({ every: 3, unit: "years", anchorDate: "2028-10-01", anchorIsOccurrence: true, precision: "month" }),
        ),
      ],
      [],
    ],
    [
      "at the first Board meeting following publication on 31 July",
      [ob({ frequency: "first-meeting-after", after: { month: 7, day: 31 }, meetingsOfBoardId: null })],
      ["board:HWB 1/1 2026-08-01..2027-03-31 due 2026-09-10 @HWB-2026-09-10"],
    ],
    [
      "at the last meeting of the financial year",
      [ob({ frequency: "meeting-of-year", which: "last", meetingsOfBoardId: null })],
      ["board:HWB 1/1 2026-04-01..2027-03-31 due 2027-03-11 @HWB-2027-03-11"],
    ],
    [
      "no later than seven clear working days before each meeting",
      [
        ob({
          frequency: "each-meeting",
          meetingsOfBoardId: null,
          offset: { amount: 7, unit: "working-days", direction: "before", clear: true },
        }),
      ],
      // Eight working days before each Thursday; 10 September skips the summer bank holiday (31 August).
      [
        "board:HWB 1/4 2026-06-01..2026-06-11 due 2026-06-01 @HWB-2026-06-11",
        "board:HWB 2/4 2026-08-28..2026-09-10 due 2026-08-28 @HWB-2026-09-10",
        "board:HWB 3/4 2026-11-30..2026-12-10 due 2026-11-30 @HWB-2026-12-10",
        "board:HWB 4/4 2027-03-01..2027-03-11 due 2027-03-01 @HWB-2027-03-11",
      ],
    ],
    [
      "draft minutes within 15 working days of the meeting",
      [
        ob({
          frequency: "each-meeting",
          meetingsOfBoardId: null,
          offset: { amount: 15, unit: "working-days", direction: "after" },
        }),
      ],
      // December skips 25 and 28 December and 1 January; March skips Easter (26 and 29 March 2027)
      // and falls due after the year's end, still an item of this year (its meeting is).
      [
        "board:HWB 1/4 2026-06-11..2026-07-02 due 2026-07-02 @HWB-2026-06-11",
        "board:HWB 2/4 2026-09-10..2026-10-01 due 2026-10-01 @HWB-2026-09-10",
        "board:HWB 3/4 2026-12-10..2027-01-05 due 2027-01-05 @HWB-2026-12-10",
        "board:HWB 4/4 2027-03-11..2027-04-05 due 2027-04-05 @HWB-2027-03-11",
      ],
    ],
    [
      "open for a minimum of 30 days and concluded by 31 October",
      [
        ob({
          frequency: "annual",
          window: null,
          deadline: { month: 10, day: 31 },
          duration: { amount: 30, unit: "days" },
        }),
      ],
      ["board:HWB 1/1 2026-10-01..2026-10-31 due 2026-10-31"],
    ],
    [
      '"will form part of the strategic plan" after the annual report is received',
      // The report is planned for 30 June 2026 and not yet logged: the plan goes to the HWB's next
      // meeting after it, provisionally.
      [
        annualReport,
        ob(follows({ atNextMeeting: true }), {
          from: [board("HWB")],
          to: [],
          comesAfterId: "report",
          anchorBoardId: "HWB",
        }),
      ],
      ["none 1/1 2026-06-30..2026-09-10 due 2026-09-10 @HWB-2026-09-10 [provisional]"],
    ],
    [
      "a refreshed plan within three months of the JSNA refresh",
      [
        ob(annualDeadline({ month: 9, day: 30 }), { id: "jsna", from: [board("HWB")], to: [], anchorBoardId: "HWB" }),
        ob(follows({ offset: { amount: 3, unit: "months", direction: "after" } }), {
          from: [board("HWB")],
          to: [],
          comesAfterId: "jsna",
          anchorBoardId: "HWB",
        }),
      ],
      ["none 1/1 2026-09-30..2026-12-30 due 2026-12-30 [provisional]"],
    ],
  ])("%s", (_, obligations, expected) => {
    expect(brief(run(obligations))).toEqual(expected);
  });
  // The table's last phrase (a resolution route's timed steps) belongs to challenges, not the calendar.
});

describe("across year ends and leap years", () => {
  const monthly31 = ob({ frequency: "monthly", day: 31 });
  it("a monthly duty on the 31st falls on each month's last day, 29 February in FY2027/28", () => {
    const fy2026 = run([monthly31]);
    expect(fy2026.map((i) => i.dueOn)).toEqual([
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
      "2026-07-31",
      "2026-08-31",
      "2026-09-30",
      "2026-10-31",
      "2026-11-30",
      "2026-12-31",
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
    ]);
    expect(fy2026.map((i) => i.sequence)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect(fy2026.every((i) => i.windowStart.endsWith("-01") && i.meetingId === null && i.flags.length === 0)).toBe(
      true,
    );
    expect(brief(run([monthly31], { startYear: 2027 }))[10]).toBe(
      "board:HWB 11/12 2028-02-01..2028-02-29 due 2028-02-29",
    );
  });

  it.each<[string, EngineCadence, number, string[]]>([
    [
      "29 February, FY2026/27",
      annualDeadline({ month: 2, day: 29 }),
      2026,
      ["board:HWB 1/1 2026-04-01..2027-02-28 due 2027-02-28"],
    ],
    [
      "29 February, FY2027/28",
      annualDeadline({ month: 2, day: 29 }),
      2027,
      ["board:HWB 1/1 2027-04-01..2028-02-29 due 2028-02-29"],
    ],
    [
      "three months after the close, FY2027/28",
      annualDeadline({ from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } }),
      2027,
      ["board:HWB 1/1 2027-04-01..2027-06-30 due 2027-06-30"],
    ],
    [
      "one month before the close, FY2026/27",
      annualDeadline({ from: "cycle-end", offset: { amount: 1, unit: "months", direction: "before" } }),
      2026,
      ["board:HWB 1/1 2026-04-01..2027-02-28 due 2027-02-28"],
    ],
    [
      "one month before the close, FY2027/28",
      annualDeadline({ from: "cycle-end", offset: { amount: 1, unit: "months", direction: "before" } }),
      2027,
      ["board:HWB 1/1 2027-04-01..2028-02-29 due 2028-02-29"],
    ],
    [
      "two weeks before the start of the year: the next year's start",
      annualDeadline({ from: "cycle-start", offset: { amount: 2, unit: "weeks", direction: "before" } }),
      2026,
      ["board:HWB 1/1 2026-04-01..2027-03-18 due 2027-03-18"],
    ],
    [
      "an anniversary on 29 February, FY2026/27",
      interval({ anchorDate: "2024-02-29" }),
      2026,
      ["board:HWB 1/1 2027-02-28..2027-02-28 due 2027-02-28"],
    ],
    [
      "an anniversary on 29 February, FY2027/28",
      interval({ anchorDate: "2024-02-29" }),
      2027,
      ["board:HWB 1/1 2028-02-29..2028-02-29 due 2028-02-29"],
    ],
    [
      "every 15 months from 1 December 2024, FY2025/26",
      interval({ every: 15, unit: "months", anchorDate: "2024-12-01" }),
      2025,
      ["board:HWB 1/1 2026-03-01..2026-03-01 due 2026-03-01"],
    ],
    [
      "every 15 months from 1 December 2024, FY2027/28",
      interval({ every: 15, unit: "months", anchorDate: "2024-12-01" }),
      2027,
      ["board:HWB 1/1 2027-06-01..2027-06-01 due 2027-06-01"],
    ],
    [
      "the triennial review in October 2028, FY2028/29 (no meeting known then)",
      interval({ every: 3, unit: "years", anchorDate: "2028-10-01", anchorIsOccurrence: true, precision: "month" }),
      2028,
      ["board:HWB 1/1 2028-10-01..2028-10-31 due 2028-10-31 [no-meeting-in-window]"],
    ],
    [
      "the anchor is not an occurrence unless it says so",
      interval({ every: 3, unit: "years", anchorDate: "2028-10-01", precision: "month" }),
      2028,
      [],
    ],
    [
      "a duration before an interval's date",
      interval({ every: 2, anchorDate: "2024-09-18", duration: { amount: 2, unit: "weeks" } }),
      2026,
      ["board:HWB 1/1 2026-09-04..2026-09-18 due 2026-09-18"],
    ],
  ])("%s", (_, cadence, startYear, expected) => {
    expect(brief(run([ob(cadence)], { startYear }))).toEqual(expected);
  });

  it("an interval from the 31st clamps to short months rather than skipping them", () => {
    const items = run([ob(interval({ every: 1, unit: "months", anchorDate: "2026-01-31" }))]);
    expect(items.map((i) => i.dueOn)).toEqual([
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
      "2026-07-31",
      "2026-08-31",
      "2026-09-30",
      "2026-10-31",
      "2026-11-30",
      "2026-12-31",
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
    ]);
    expect(items[0]!.sequence).toBe(20260430);
    // Every other month from 31 August 2026: 31 October, 31 December, 28 February.
    expect(run([ob(interval({ every: 2, unit: "months", anchorDate: "2026-08-31" }))]).map((i) => i.dueOn)).toEqual([
      "2026-10-31",
      "2026-12-31",
      "2027-02-28",
    ]);
  });
});

describe("British Summer Time changes leave civil dates alone", () => {
  it("29 March 2026 (clocks forward) as a deadline in a January year, with a week's duration", () => {
    const c = ob({
      frequency: "annual",
      window: null,
      deadline: { month: 3, day: 29 },
      duration: { amount: 7, unit: "days" },
    });
    expect(brief(run([c], { startMonth: 1 }))).toEqual(["board:HWB 1/1 2026-03-22..2026-03-29 due 2026-03-29"]);
  });

  it("25 October 2026 (clocks back) as a named month's day", () => {
    const c = ob({ frequency: "named-months", months: [10], day: 25, duration: null });
    expect(brief(run([c]))).toEqual(["board:HWB 1/1 2026-10-01..2026-10-25 due 2026-10-25"]);
  });

  it("one working day after Friday 23 October 2026 is Monday 26 October", () => {
    const c = ob({
      frequency: "each-meeting",
      meetingsOfBoardId: null,
      offset: { amount: 1, unit: "working-days", direction: "after" },
    });
    expect(brief(run([c], { meetings: [meeting("HWB", "2026-10-23")] }))).toEqual([
      "board:HWB 1/1 2026-10-23..2026-10-26 due 2026-10-26 @HWB-2026-10-23",
    ]);
  });

  it("seven clear working days before Tuesday 30 March 2027: back over Easter and 28 March", () => {
    const c = ob({
      frequency: "each-meeting",
      meetingsOfBoardId: null,
      offset: { amount: 7, unit: "working-days", direction: "before", clear: true },
    });
    expect(brief(run([c], { meetings: [meeting("HWB", "2027-03-30")] }))).toEqual([
      "board:HWB 1/1 2027-03-16..2027-03-30 due 2027-03-16 @HWB-2027-03-30",
    ]);
  });

  it("an anniversary on 28 March (clocks forward in 2027)", () => {
    expect(brief(run([ob(interval({ anchorDate: "2025-03-28" }))]))).toEqual([
      "board:HWB 1/1 2027-03-28..2027-03-28 due 2027-03-28",
    ]);
  });
});

describe("bank holidays and nations", () => {
  it("ten working days from the start of FY2026/27 skip Easter 2026", () => {
    const c = ob(
      annualDeadline({ from: "cycle-start", offset: { amount: 10, unit: "working-days", direction: "after" } }),
    );
    // 2 April (1), Good Friday 3 and Easter Monday 6 April skipped, 7-10 (2-5), 13-17 (6-10).
    expect(brief(run([c]))).toEqual(["board:HWB 1/1 2026-04-01..2026-04-17 due 2026-04-17"]);
  });

  it("ten working days after the close: past this close, so from the previous one", () => {
    const c = ob(
      annualDeadline({ from: "cycle-end", offset: { amount: 10, unit: "working-days", direction: "after" } }),
    );
    // From 31 March 2027 it would be 14 April 2027; from 31 March 2026, over Easter 2026: 16 April.
    expect(brief(run([c]))).toEqual(["board:HWB 1/1 2026-04-01..2026-04-16 due 2026-04-16"]);
  });

  it("counts in the anchor board's nation: St Andrew's Day in Scotland", () => {
    const c = ob({
      frequency: "each-meeting",
      meetingsOfBoardId: null,
      offset: { amount: 7, unit: "working-days", direction: "before", clear: true },
    });
    const meetings = [meeting("HWB", "2026-12-10")];
    expect(brief(run([c], { meetings, nation: "scotland" }))).toEqual([
      "board:HWB 1/1 2026-11-27..2026-12-10 due 2026-11-27 @HWB-2026-12-10",
    ]);
    expect(brief(run([c], { meetings, nation: "england-and-wales" }))).toEqual([
      "board:HWB 1/1 2026-11-30..2026-12-10 due 2026-11-30 @HWB-2026-12-10",
    ]);
  });

  it("15 working days after a meeting on 10 December 2026 in Scotland: 2 January is a holiday there too", () => {
    const c = ob({
      frequency: "each-meeting",
      meetingsOfBoardId: null,
      offset: { amount: 15, unit: "working-days", direction: "after" },
    });
    // 2 January 2027 is a Saturday, so Scotland's holiday is Monday 4 January: one day later than England.
    expect(brief(run([c], { meetings: [meeting("HWB", "2026-12-10")], nation: "scotland" }))).toEqual([
      "board:HWB 1/1 2026-12-10..2027-01-06 due 2027-01-06 @HWB-2026-12-10",
    ]);
  });
});

describe("boards whose year starts in January or September", () => {
  const januaryMeetings = [...HWB_MEETINGS, meeting("HWB", "2026-01-15")];
  it.each<[string, number, EngineCadence, string[]]>([
    [
      "January: three months after the close",
      1,
      annualDeadline({ from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } }),
      ["board:HWB 1/1 2026-01-01..2026-03-31 due 2026-03-31"],
    ],
    [
      "January: the second quarter",
      1,
      { frequency: "annual", window: null, quarter: 2 },
      ["board:HWB 1/1 2026-04-01..2026-06-30 due 2026-06-11 @HWB-2026-06-11"],
    ],
    [
      "January: each March and September",
      1,
      { frequency: "named-months", months: [9, 3], day: null, duration: null },
      [
        "board:HWB 1/2 2026-03-01..2026-03-31 due 2026-03-31 [no-meeting-in-window]",
        "board:HWB 2/2 2026-09-01..2026-09-30 due 2026-09-10 @HWB-2026-09-10",
      ],
    ],
    [
      "January: the first meeting of the year",
      1,
      { frequency: "meeting-of-year", which: "first", meetingsOfBoardId: null },
      ["board:HWB 1/1 2026-01-01..2026-12-31 due 2026-01-15 @HWB-2026-01-15"],
    ],
    [
      "January: the last meeting of the year",
      1,
      { frequency: "meeting-of-year", which: "last", meetingsOfBoardId: null },
      ["board:HWB 1/1 2026-01-01..2026-12-31 due 2026-12-10 @HWB-2026-12-10"],
    ],
    [
      "September: three months after the close",
      9,
      annualDeadline({ from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } }),
      ["board:HWB 1/1 2026-09-01..2026-11-30 due 2026-11-30"],
    ],
    [
      "September: 15 December",
      9,
      annualDeadline({ month: 12, day: 15 }),
      ["board:HWB 1/1 2026-09-01..2026-12-15 due 2026-12-15"],
    ],
    [
      "September: the second quarter",
      9,
      { frequency: "annual", window: null, quarter: 2 },
      ["board:HWB 1/1 2026-12-01..2027-02-28 due 2026-12-10 @HWB-2026-12-10"],
    ],
    [
      "September: each March and September",
      9,
      { frequency: "named-months", months: [3, 9], day: 15, duration: null },
      ["board:HWB 1/2 2026-09-01..2026-09-15 due 2026-09-15", "board:HWB 2/2 2027-03-01..2027-03-15 due 2027-03-15"],
    ],
    [
      "September: the first meeting after 31 July (none known in August 2027)",
      9,
      { frequency: "first-meeting-after", after: { month: 7, day: 31 }, meetingsOfBoardId: null },
      ["board:HWB 1/1 2027-08-01..2027-08-31 due 2027-08-31 [no-meeting-in-window]"],
    ],
  ])("%s", (_, startMonth, cadence, expected) => {
    expect(brief(run([ob(cadence)], { startMonth, meetings: januaryMeetings }))).toEqual(expected);
  });
});

describe("meeting forms follow each recipient's own meetings", () => {
  const CSP = [meeting("CSP", "2026-07-15")];
  const eachMeeting = (meetingsOfBoardId: string | null): EngineCadence => ({
    frequency: "each-meeting",
    meetingsOfBoardId,
    offset: null,
  });

  it("one duty owed to two boards: each board's meetings", () => {
    const items = run([ob(eachMeeting(null), { to: [board("HWB"), board("CSP")] })], {
      meetings: [...HWB_MEETINGS, ...CSP],
    });
    expect(brief(items)).toEqual([
      "board:HWB 1/4 2026-06-11..2026-06-11 due 2026-06-11 @HWB-2026-06-11",
      "board:HWB 2/4 2026-09-10..2026-09-10 due 2026-09-10 @HWB-2026-09-10",
      "board:HWB 3/4 2026-12-10..2026-12-10 due 2026-12-10 @HWB-2026-12-10",
      "board:HWB 4/4 2027-03-11..2027-03-11 due 2027-03-11 @HWB-2027-03-11",
      "board:CSP 1/1 2026-07-15..2026-07-15 due 2026-07-15 @CSP-2026-07-15",
    ]);
    expect(items.map((i) => i.sequence).slice(0, 1)).toEqual([20260611]);
  });

  it("meetingsOf names one board's meetings for every recipient", () => {
    const items = run([ob(eachMeeting("CSP"), { to: [board("HWB"), board("KSCB")] })], {
      meetings: [...HWB_MEETINGS, ...CSP],
    });
    expect(brief(items)).toEqual([
      "board:HWB 1/1 2026-07-15..2026-07-15 due 2026-07-15 @CSP-2026-07-15",
      "board:KSCB 1/1 2026-07-15..2026-07-15 due 2026-07-15 @CSP-2026-07-15",
    ]);
  });

  it("a duty with no recipient uses the first owing board's meetings; a post counts by its board", () => {
    const items = run(
      [
        ob(eachMeeting(null), {
          from: [
            { type: "post", id: "chair", boardId: null },
            { type: "post", id: "dsp", boardId: "CSP" },
            board("HWB"),
          ],
          to: [],
        }),
      ],
      { meetings: [...HWB_MEETINGS, ...CSP] },
    );
    expect(brief(items)).toEqual(["none 1/1 2026-07-15..2026-07-15 due 2026-07-15 @CSP-2026-07-15"]);
  });

  it("a post with no board has no meetings: flagged where a meeting was needed", () => {
    const recipient: EngineParty = { type: "post", id: "director", boardId: null };
    expect(run([ob(eachMeeting(null), { to: [recipient] })])).toEqual([]);
    expect(
      brief(run([ob({ frequency: "meeting-of-year", which: "first", meetingsOfBoardId: null }, { to: [recipient] })])),
    ).toEqual(["post:director 1/1 2026-04-01..2027-03-31 due 2027-03-31 [no-meeting-in-window]"]);
  });

  it("meetings outside the cycle do not count, and a meeting on the date itself is not after it", () => {
    const meetings = [meeting("HWB", "2026-03-26"), meeting("HWB", "2026-07-31"), meeting("HWB", "2027-04-08")];
    expect(brief(run([ob(eachMeeting(null))], { meetings }))).toEqual([
      "board:HWB 1/1 2026-07-31..2026-07-31 due 2026-07-31 @HWB-2026-07-31",
    ]);
    const after = ob({ frequency: "first-meeting-after", after: { month: 7, day: 31 }, meetingsOfBoardId: null });
    expect(brief(run([after], { meetings }))).toEqual([
      "board:HWB 1/1 2026-08-01..2027-03-31 due 2027-03-31 [no-meeting-in-window]",
    ]);
    const first = ob({ frequency: "meeting-of-year", which: "first", meetingsOfBoardId: null });
    expect(brief(run([first], { meetings: [] }))).toEqual([
      "board:HWB 1/1 2026-04-01..2027-03-31 due 2027-03-31 [no-meeting-in-window]",
    ]);
  });
});

describe("following duties", () => {
  const plan = (c: Partial<Extract<EngineCadence, { frequency: "follows" }>>, extra: Partial<EngineObligation> = {}) =>
    ob(follows(c), { comesAfterId: "report", ...extra });
  const reportKey = itemKey({
    obligationId: "report",
    recipientKey: "board:HWB",
    anchorBoardId: "KSCB",
    cycleStart: "2026-04-01",
    sequence: 1,
  });

  it("counts from the logged date once the other item is done, and is no longer provisional", () => {
    const items = run([annualReport, plan({ atNextMeeting: true })], { doneOn: new Map([[reportKey, "2026-09-15"]]) });
    expect(brief(items)).toEqual(["board:HWB 1/1 2026-09-15..2026-12-10 due 2026-12-10 @HWB-2026-12-10"]);
  });

  it("counts from the latest of the other duty's recipients' items", () => {
    const report = { ...annualReport, to: [board("HWB"), board("CSP")] };
    const items = run([report, plan({ offset: { amount: 1, unit: "months", direction: "after" } })], {
      doneOn: new Map([[reportKey, "2026-07-01"]]),
    });
    // HWB's was logged on 1 July; CSP's is still planned for 30 June: the later, 1 July, counts,
    // and CSP's unlogged item makes it provisional.
    expect(brief(items)).toEqual(["board:HWB 1/1 2026-07-01..2026-08-01 due 2026-08-01 [provisional]"]);
  });

  it("gives one item per sequence of the other duty, with its sequence", () => {
    const quarterly = ob({ frequency: "quarterly" }, { id: "report" });
    const items = run([plan({ offset: { amount: 14, unit: "days", direction: "after" } }), quarterly]);
    expect(brief(items)).toEqual([
      "board:HWB 1/4 2026-06-11..2026-06-25 due 2026-06-25 [provisional]",
      "board:HWB 2/4 2026-09-10..2026-09-24 due 2026-09-24 [provisional]",
      "board:HWB 3/4 2026-12-10..2026-12-24 due 2026-12-24 [provisional]",
      "board:HWB 4/4 2027-03-11..2027-03-25 due 2027-03-25 [provisional]",
    ]);
    expect(items.filter((i) => i.obligationId === "o1").map((i) => i.sequence)).toEqual([1, 2, 3, 4]);
  });

  it("at the next meeting with none after: due at the year's end, flagged", () => {
    const report = ob(annualDeadline({ month: 3, day: 31 }), { id: "report" });
    expect(brief(run([report, plan({ atNextMeeting: true })]))).toEqual([
      "board:HWB 1/1 2027-03-31..2027-03-31 due 2027-03-31 [provisional,no-meeting-in-window]",
    ]);
  });

  it("uses meetingsOf at the next meeting, and a duration opens the window", () => {
    const meetings = [...HWB_MEETINGS, meeting("CSP", "2026-07-15")];
    expect(brief(run([annualReport, plan({ atNextMeeting: true, meetingsOfBoardId: "CSP" })], { meetings }))).toEqual([
      "board:HWB 1/1 2026-06-30..2026-07-15 due 2026-07-15 @CSP-2026-07-15 [provisional]",
    ]);
    const withDuration = plan({
      offset: { amount: 3, unit: "months", direction: "after" },
      duration: { amount: 2, unit: "weeks" },
    });
    expect(brief(run([annualReport, withDuration]))).toEqual([
      "board:HWB 1/1 2026-09-16..2026-09-30 due 2026-09-30 [provisional]",
    ]);
  });

  it("is never flagged as before the duty it follows", () => {
    const early = plan({ offset: { amount: 1, unit: "weeks", direction: "before" } });
    expect(brief(run([annualReport, early]))).toEqual([
      "board:HWB 1/1 2026-06-23..2026-06-23 due 2026-06-23 [provisional]",
    ]);
  });

  it("chains, in whatever order the duties come; a circular or missing link gives no items", () => {
    const second = ob(follows({ offset: { amount: 1, unit: "months", direction: "after" } }), {
      id: "second",
      comesAfterId: "o1",
    });
    const items = run([second, plan({ offset: { amount: 1, unit: "months", direction: "after" } }), annualReport]);
    expect(brief(items, "second")).toEqual(["board:HWB 1/1 2026-07-30..2026-08-30 due 2026-08-30 [provisional]"]);
    const a = ob(follows({}), { id: "a", comesAfterId: "b" });
    const b = ob(follows({}), { id: "b", comesAfterId: "a" });
    const orphan = ob(follows({}), { id: "orphan", comesAfterId: "gone" });
    const standing = ob({ frequency: "standing" }, { id: "standing" });
    const onStanding = ob(follows({}), { id: "on-standing", comesAfterId: "standing" });
    expect(run([a, b, orphan, standing, onStanding])).toEqual([]);
  });

  it("belongs to its own anchor board's cycle of the same start year", () => {
    const items = generateItems({
      obligations: [
        annualReport,
        plan(
          { offset: { amount: 3, unit: "months", direction: "after" } },
          { anchorBoardId: "SEP", from: [board("SEP")] },
        ),
      ],
      meetings: [],
      cycleOf: (id) => cycleFor(2026, id === "SEP" ? 9 : 4),
    });
    expect(items.map((i) => [i.obligationId, i.cycleStart, i.dueOn])).toEqual([
      ["report", "2026-04-01", "2026-06-30"],
      ["o1", "2026-09-01", "2026-09-30"],
    ]);
  });
});
