import { describe, expect, it } from "vitest";
import { cycleFor, generateItems, monthWindow, splitCycle } from "./generate";
import type { EngineCadence, EngineMeeting, EngineObligation, EngineParty } from "./types";

const fy2026 = cycleFor(2026);
const board = (id: string): EngineParty => ({ type: "board", id });
const ob = (cadence: EngineCadence, extra: Partial<EngineObligation> = {}): EngineObligation => ({
  id: "o1",
  cadence,
  from: [board("KSCB")],
  to: [board("HWB")],
  comesAfterId: null,
  anchorBoardId: "KSCB",
  ...extra,
});
const meeting = (boardId: string, date: string, id = `${boardId}-${date}`): EngineMeeting => ({ id, boardId, date });
const run = (obligations: EngineObligation[], meetings: EngineMeeting[] = [], startYear = 2026) =>
  generateItems({ obligations, meetings, cycleOf: () => cycleFor(startYear) });
const brief = (items: ReturnType<typeof run>) =>
  items.map(
    (i) =>
      `${i.recipientKey} ${i.index}/${i.of} ${i.windowStart}..${i.windowEnd} due ${i.dueOn}${i.meetingId ? ` @${i.meetingId}` : ""}${i.flags.length ? ` [${i.flags.join(",")}]` : ""}`,
  );

describe("reporting cycles", () => {
  it.each([
    [2026, 4, "2026-04-01", "2027-03-31"],
    [2027, 4, "2027-04-01", "2028-03-31"],
    [2026, 1, "2026-01-01", "2026-12-31"],
    [2026, 9, "2026-09-01", "2027-08-31"],
  ])("FY starting %i in month %i runs %s to %s", (year, month, start, end) => {
    expect(cycleFor(year, month)).toMatchObject({ start, end });
  });

  it.each([
    [9, 11, "2026-09-01", "2026-11-30"], // Medway 8.2
    [10, 2, "2026-10-01", "2027-02-28"], // Medway 8.3, across the calendar year end
    [4, 5, "2026-04-01", "2026-05-31"], // Medway 8.4: April/May of FY2026/27 is 2026
    [4, 4, "2026-04-01", "2026-04-30"], // Kent 4.2
    [3, 3, "2027-03-01", "2027-03-31"], // the last month of the year
    [3, 4, "2027-03-01", "2027-04-30"], // wraps past the year's end into the next cycle
  ])("a window from month %i to %i in FY2026/27 is %s to %s", (from, to, start, end) => {
    expect(monthWindow(fy2026, from, to)).toEqual({ start, end });
  });

  it("ends February on the 29th in a leap year (FY2027/28)", () => {
    expect(monthWindow(cycleFor(2027), 10, 2)).toEqual({ start: "2027-10-01", end: "2028-02-29" });
  });

  it("splits a year into quarters, halves, and uneven parts by days", () => {
    expect(splitCycle(fy2026, 4).map((w) => `${w.start}..${w.end}`)).toEqual([
      "2026-04-01..2026-06-30",
      "2026-07-01..2026-09-30",
      "2026-10-01..2026-12-31",
      "2027-01-01..2027-03-31",
    ]);
    expect(splitCycle(fy2026, 2).map((w) => `${w.start}..${w.end}`)).toEqual([
      "2026-04-01..2026-09-30",
      "2026-10-01..2027-03-31",
    ]);
    const fifths = splitCycle(fy2026, 5);
    expect(fifths[0]!.start).toBe("2026-04-01");
    expect(fifths[4]!.end).toBe("2027-03-31");
    for (let i = 1; i < 5; i++) expect(fifths[i]!.start > fifths[i - 1]!.end).toBe(true);
  });
});

describe("items per cadence", () => {
  it("annual, no month: one item for the whole year, due at its end, to schedule (Kent 3.6)", () => {
    const items = run(
      [ob({ frequency: "annual", window: null }, { to: [board("CHWB"), board("HWB")] })],
      [meeting("HWB", "2026-06-10")],
    );
    expect(brief(items)).toEqual([
      "board:CHWB 1/1 2026-04-01..2027-03-31 due 2027-03-31 [to-schedule]",
      "board:HWB 1/1 2026-04-01..2027-03-31 due 2027-03-31 [to-schedule]",
    ]);
  });

  it("annual in a window: planned for the receiving board's first meeting inside it (Medway 8.2)", () => {
    const meetings = [
      meeting("HWB", "2026-08-31"),
      meeting("HWB", "2026-11-17"),
      meeting("HWB", "2026-09-15"),
      meeting("KSCB", "2026-09-02"),
    ];
    expect(brief(run([ob({ frequency: "annual", window: { fromMonth: 9, toMonth: 11 } })], meetings))).toEqual([
      "board:HWB 1/1 2026-09-01..2026-11-30 due 2026-09-15 @HWB-2026-09-15",
    ]);
  });

  it("annual in a window with no meeting of the receiving board: due at the window's end, flagged", () => {
    expect(
      brief(run([ob({ frequency: "annual", window: { fromMonth: 4, toMonth: 4 } })], [meeting("HWB", "2026-05-01")])),
    ).toEqual(["board:HWB 1/1 2026-04-01..2026-04-30 due 2026-04-30 [no-meeting-in-window]"]);
  });

  it("counts meetings on the first and last day of the year and of the window", () => {
    const items = run(
      [ob({ frequency: "quarterly" })],
      [
        meeting("HWB", "2026-04-01"),
        meeting("HWB", "2026-09-30"),
        meeting("HWB", "2027-03-31"),
        meeting("HWB", "2027-04-01"),
      ],
    );
    expect(brief(items)).toEqual([
      "board:HWB 1/4 2026-04-01..2026-06-30 due 2026-04-01 @HWB-2026-04-01",
      "board:HWB 2/4 2026-07-01..2026-09-30 due 2026-09-30 @HWB-2026-09-30",
      "board:HWB 3/4 2026-10-01..2026-12-31 due 2026-12-31 [no-meeting-in-window]",
      "board:HWB 4/4 2027-01-01..2027-03-31 due 2027-03-31 @HWB-2027-03-31",
    ]);
  });

  it("anniversary: the anchor's month inside the year (Halton 2)", () => {
    expect(
      brief(
        run([ob({ frequency: "anniversary", anchorDate: "2013-09-18" }, { to: [] })], [meeting("KSCB", "2026-09-24")]),
      ),
    ).toEqual(["none 1/1 2026-09-01..2026-09-30 due 2026-09-24 @KSCB-2026-09-24"]);
  });

  it("anniversary: nothing before the first anniversary", () => {
    expect(run([ob({ frequency: "anniversary", anchorDate: "2026-09-18" }, { to: [] })])).toEqual([]);
    expect(run([ob({ frequency: "anniversary", anchorDate: "2027-01-10" }, { to: [] })])).toEqual([]);
  });

  it("six-monthly: one in each half (Halton 36)", () => {
    expect(brief(run([ob({ frequency: "six-monthly" }, { to: [] })]))).toEqual([
      "none 1/2 2026-04-01..2026-09-30 due 2026-09-30 [no-meeting-in-window]",
      "none 2/2 2026-10-01..2027-03-31 due 2027-03-31 [no-meeting-in-window]",
    ]);
  });

  it("at least twice a year: two items spread over the year, each on a meeting (Harrow 11)", () => {
    const meetings = [meeting("HWB", "2026-06-09"), meeting("HWB", "2026-07-21"), meeting("HWB", "2026-11-17")];
    expect(brief(run([ob({ frequency: "min-per-year", minPerYear: 2 })], meetings))).toEqual([
      "board:HWB 1/2 2026-04-01..2026-09-30 due 2026-06-09 @HWB-2026-06-09",
      "board:HWB 2/2 2026-10-01..2027-03-31 due 2026-11-17 @HWB-2026-11-17",
    ]);
  });

  it("after every meeting of a board: one item per meeting, due 14 days later (Knowsley 8.1)", () => {
    const meetings = [
      meeting("HWB", "2026-03-26"),
      meeting("HWB", "2026-06-25"),
      meeting("HWB", "2027-03-25"),
      meeting("KSCB", "2026-07-01"),
    ];
    const items = run(
      [
        ob(
          { frequency: "after-every-meeting", afterMeetingsOfBoardId: "HWB", daysAfter: 14 },
          { from: [board("HWB")], to: [board("KSCB")] },
        ),
      ],
      meetings,
    );
    expect(brief(items)).toEqual([
      "board:KSCB 1/2 2026-06-25..2026-07-09 due 2026-07-09",
      // The last meeting of the year is followed into the next: still this year's item.
      "board:KSCB 2/2 2027-03-25..2027-04-08 due 2027-04-08",
    ]);
    expect(items.map((i) => i.sequence)).toEqual([20260625, 20270325]);
  });

  it("once: an item on its date, only in the year that holds it", () => {
    expect(brief(run([ob({ frequency: "once", anchorDate: "2026-10-25" })]))).toEqual([
      "board:HWB 1/1 2026-10-25..2026-10-25 due 2026-10-25",
    ]);
    expect(run([ob({ frequency: "once", anchorDate: "2027-10-25" })])).toEqual([]);
  });

  it.each([
    [{ frequency: "on-event", trigger: "The CYPP is being drafted" }],
    [{ frequency: "as-needed", trigger: null }],
    [{ frequency: "standing" }],
  ] as const)("%j produces no dated items", (cadence) => {
    expect(run([ob(cadence)])).toEqual([]);
  });

  it("takes dates as civil days: the BST changes (29 March, 25 October 2026) move nothing", () => {
    const meetings = [meeting("HWB", "2026-10-25"), meeting("HWB", "2027-03-28")];
    const items = run(
      [
        ob({ frequency: "annual", window: { fromMonth: 10, toMonth: 10 } }),
        ob({ frequency: "annual", window: { fromMonth: 3, toMonth: 3 } }, { id: "o2" }),
      ],
      meetings,
    );
    expect(items.map((i) => i.dueOn)).toEqual(["2026-10-25", "2027-03-28"]);
  });

  it("a joint duty with no recipient is one item, planned on the first meeting of any party (Kent 4.2)", () => {
    const joint = ob(
      { frequency: "annual", window: { fromMonth: 4, toMonth: 4 } },
      { from: [board("HWB"), board("CHWB"), board("KSCB")], to: [] },
    );
    expect(brief(run([joint], [meeting("KSCB", "2026-04-22"), meeting("CHWB", "2026-04-14")]))).toEqual([
      "none 1/1 2026-04-01..2026-04-30 due 2026-04-14 @CHWB-2026-04-14",
    ]);
  });

  it("a duty owed to a post is planned on the meetings of the post's board, if it has one", () => {
    const toChair = ob(
      { frequency: "annual", window: { fromMonth: 6, toMonth: 7 } },
      {
        to: [
          { type: "post", id: "HWB-CHAIR", boardId: "HWB" },
          { type: "post", id: "PCC", boardId: null },
        ],
      },
    );
    expect(brief(run([toChair], [meeting("HWB", "2026-06-09")]))).toEqual([
      "post:HWB-CHAIR 1/1 2026-06-01..2026-07-31 due 2026-06-09 @HWB-2026-06-09",
      "post:PCC 1/1 2026-06-01..2026-07-31 due 2026-07-31 [no-meeting-in-window]",
    ]);
  });

  it("uses the owing board's own year start", () => {
    const items = generateItems({
      obligations: [ob({ frequency: "quarterly" })],
      meetings: [],
      cycleOf: () => cycleFor(2026, 1),
    });
    expect(items.map((i) => i.windowStart)).toEqual(["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"]);
  });
});

describe("comes after (Medway 8.2 → 8.3 → 8.4)", () => {
  const reports = ob(
    { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
    { id: "8.2", from: [board("MSCB")], to: [board("HWB")], anchorBoardId: "MSCB" },
  );
  const jsna = ob(
    { frequency: "annual", window: { fromMonth: 10, toMonth: 2 } },
    { id: "8.3", from: [board("HWB")], to: [board("MSCB")], comesAfterId: "8.2", anchorBoardId: "HWB" },
  );
  const plans = ob(
    { frequency: "annual", window: { fromMonth: 4, toMonth: 5 } },
    { id: "8.4", from: [board("HWB"), board("MSCB")], to: [], comesAfterId: "8.3", anchorBoardId: "HWB" },
  );

  it("flags an item planned before the item it depends on", () => {
    const items = run(
      [reports, jsna, plans],
      [meeting("HWB", "2026-11-17"), meeting("MSCB", "2026-10-07"), meeting("MSCB", "2026-05-13")],
    );
    expect(items.find((i) => i.obligationId === "8.3")?.flags).toEqual(["before-dependency"]);
  });

  it("does not flag it when the order is right", () => {
    const items = run(
      [reports, jsna, plans],
      [meeting("HWB", "2026-09-15"), meeting("MSCB", "2026-11-11"), meeting("MSCB", "2026-05-13")],
    );
    expect(items.find((i) => i.obligationId === "8.3")?.flags).toEqual([]);
  });

  it("does not compare April/May with the winter after it: 8.4 follows the previous round", () => {
    const items = run(
      [reports, jsna, plans],
      [meeting("HWB", "2026-09-15"), meeting("MSCB", "2026-11-11"), meeting("MSCB", "2026-05-13")],
    );
    expect(items.find((i) => i.obligationId === "8.4")?.flags).toEqual([]);
  });
});

describe("post holders meeting together (Halton 36)", () => {
  it("is not planned on any board's meeting", () => {
    const chairs = ob(
      { frequency: "six-monthly" },
      {
        from: [
          { type: "post", id: "CEX", boardId: null },
          { type: "post", id: "HWB-CHAIR", boardId: "HWB" },
        ],
        to: [],
        anchorBoardId: "HWB",
      },
    );
    expect(brief(run([chairs], [meeting("HWB", "2026-06-01")]))).toEqual([
      "none 1/2 2026-04-01..2026-09-30 due 2026-09-30 [no-meeting-in-window]",
      "none 2/2 2026-10-01..2027-03-31 due 2027-03-31 [no-meeting-in-window]",
    ]);
  });
});
