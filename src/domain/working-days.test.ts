import { describe, expect, it } from "vitest";
import { applyOffset, durationStart } from "./offset";
import { workingDaysFor, type Nation } from "./working-days";

const england = workingDaysFor();
const scotland = workingDaysFor("scotland");
const northernIreland = workingDaysFor("northern-ireland");
const calendars: Record<Nation, ReturnType<typeof workingDaysFor>> = {
  "england-and-wales": england,
  scotland,
  "northern-ireland": northernIreland,
};

describe("working days (decision 019)", () => {
  it.each<[Nation, string, boolean, string]>([
    // Christmas 2026: Friday 25 December; Boxing Day is a Saturday, so Monday 28 December is its substitute.
    ["england-and-wales", "2026-12-25", false, "Christmas Day 2026 (Friday)"],
    ["england-and-wales", "2026-12-28", false, "Boxing Day's substitute, Monday 28 December 2026"],
    ["england-and-wales", "2026-12-24", true, "Christmas Eve 2026 (Thursday)"],
    ["england-and-wales", "2026-12-29", true, "Tuesday 29 December 2026"],
    // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
    ["england-and-wales", "2027-03-26", false, "Good Friday 2027"],
    ["england-and-wales", "2027-03-29", false, "Easter Monday 2027"],
    ["england-and-wales", "2027-03-30", true, "the Tuesday after Easter 2027"],
    // Substitute days: 2021 (Christmas Saturday, Boxing Day Sunday), 2022 (Christmas Sunday), 2027 (as 2021).
    ["england-and-wales", "2021-12-27", false, "Christmas Day's substitute 2021"],
    ["england-and-wales", "2021-12-28", false, "Boxing Day's substitute 2021"],
    ["england-and-wales", "2022-01-03", false, "New Year's Day's substitute 2022"],
    ["england-and-wales", "2022-12-26", false, "Boxing Day 2022 (Monday)"],
    ["england-and-wales", "2022-12-27", false, "Christmas Day's substitute 2022 (Tuesday)"],
    ["england-and-wales", "2022-12-28", true, "Wednesday 28 December 2022"],
    ["england-and-wales", "2027-12-27", false, "Christmas Day's substitute 2027"],
    ["england-and-wales", "2027-12-28", false, "Boxing Day's substitute 2027"],
    // One-off days.
    ["england-and-wales", "2022-06-03", false, "the Platinum Jubilee"],
    ["england-and-wales", "2022-09-19", false, "the State Funeral of Queen Elizabeth II"],
    ["england-and-wales", "2023-05-08", false, "the Coronation"],
    ["scotland", "2022-09-19", false, "the State Funeral, in Scotland too"],
    ["northern-ireland", "2023-05-08", false, "the Coronation, in Northern Ireland too"],
    // Weekends.
    ["england-and-wales", "2026-03-29", false, "a Sunday (the clocks go forward)"],
    ["england-and-wales", "2026-10-24", false, "a Saturday"],
    ["england-and-wales", "2026-10-26", true, "the Monday after the clocks go back"],
    // Scotland: 2 January, St Andrew's Day, no Easter Monday, the first Monday of August.
    ["scotland", "2026-01-02", false, "2 January 2026 in Scotland"],
    ["england-and-wales", "2026-01-02", true, "2 January 2026 in England"],
    ["scotland", "2027-01-04", false, "2 January 2027's substitute in Scotland (2 January is a Saturday)"],
    ["scotland", "2026-11-30", false, "St Andrew's Day 2026 (Monday) in Scotland"],
    ["england-and-wales", "2026-11-30", true, "30 November 2026 in England"],
    ["scotland", "2027-03-29", true, "Easter Monday 2027 in Scotland"],
    ["scotland", "2027-03-26", false, "Good Friday 2027 in Scotland"],
    ["scotland", "2026-08-03", false, "Scotland's summer bank holiday 2026"],
    ["scotland", "2026-08-31", true, "England's summer bank holiday, in Scotland"],
    // Northern Ireland: St Patrick's Day, the Twelfth (a Sunday in 2026, so Monday 13 July too).
    ["northern-ireland", "2026-03-17", false, "St Patrick's Day 2026 in Northern Ireland"],
    ["england-and-wales", "2026-03-17", true, "17 March 2026 in England"],
    ["northern-ireland", "2026-07-13", false, "the Twelfth's substitute, Monday 13 July 2026"],
    ["england-and-wales", "2026-07-13", true, "13 July 2026 in England"],
    ["northern-ireland", "2027-03-29", false, "Easter Monday 2027 in Northern Ireland"],
  ])("%s: %s is a working day: %s (%s)", (nation, date, working) => {
    expect(calendars[nation].isWorkingDay(date)).toBe(working);
  });

  it("counts working days forward and back over Christmas, Easter and the clock changes", () => {
    expect(england.add("2026-12-24", 1)).toBe("2026-12-29");
    expect(england.add("2026-12-29", -1)).toBe("2026-12-24");
    expect(england.add("2026-12-31", 1)).toBe("2027-01-04");
    expect(england.add("2027-03-25", 1)).toBe("2027-03-30");
    expect(scotland.add("2027-03-25", 1)).toBe("2027-03-29");
    expect(england.add("2026-03-27", 1)).toBe("2026-03-30");
    expect(england.add("2026-10-23", 1)).toBe("2026-10-26");
    expect(england.add("2026-12-26", 0)).toBe("2026-12-26");
  });

  it("lists a year's bank holidays", () => {
    expect([...england.bankHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-26",
      "2026-12-28",
    ]);
  });
});

describe("offsets and durations (src/domain/offset.ts)", () => {
  it.each<[string, string, Parameters<typeof applyOffset>[1], Nation, string]>([
    // Thursday 10 December 2026: eight working days back is Monday 30 November.
    [
      "seven clear working days before Thursday 10 December 2026",
      "2026-12-10",
      { amount: 7, unit: "working-days", direction: "before", clear: true },
      "england-and-wales",
      "2026-11-30",
    ],
    // In Scotland 30 November is St Andrew's Day: one more day back.
    [
      "the same in Scotland",
      "2026-12-10",
      { amount: 7, unit: "working-days", direction: "before", clear: true },
      "scotland",
      "2026-11-27",
    ],
    [
      "seven working days before (not clear)",
      "2026-12-10",
      { amount: 7, unit: "working-days", direction: "before" },
      "england-and-wales",
      "2026-12-01",
    ],
    // 11 Dec (1), 14-18 (2-6), 21-24 (7-10), 29-31 (11-13), 4-5 Jan (14-15).
    [
      "15 working days after Thursday 10 December 2026",
      "2026-12-10",
      { amount: 15, unit: "working-days", direction: "after" },
      "england-and-wales",
      "2027-01-05",
    ],
    [
      "five clear days before",
      "2026-10-27",
      { amount: 5, unit: "days", direction: "before", clear: true },
      "england-and-wales",
      "2026-10-21",
    ],
    [
      "eight weeks after",
      "2026-04-01",
      { amount: 8, unit: "weeks", direction: "after" },
      "england-and-wales",
      "2026-05-27",
    ],
    [
      "one month after 31 August",
      "2026-08-31",
      { amount: 1, unit: "months", direction: "after" },
      "england-and-wales",
      "2026-09-30",
    ],
    [
      "three months after 31 March",
      "2026-03-31",
      { amount: 3, unit: "months", direction: "after" },
      "england-and-wales",
      "2026-06-30",
    ],
    [
      "one clear month after 31 August",
      "2026-08-31",
      { amount: 1, unit: "months", direction: "after", clear: true },
      "england-and-wales",
      "2026-10-01",
    ],
    [
      "one month before 31 March 2028 (leap year)",
      "2028-03-31",
      { amount: 1, unit: "months", direction: "before" },
      "england-and-wales",
      "2028-02-29",
    ],
  ])("%s", (_, date, offset, nation, expected) => {
    expect(applyOffset(date, offset, calendars[nation])).toBe(expected);
  });

  // 31 March 2027 less three working days: 30 March, then Easter (29, 26 March) is skipped: 25, 24 March.
  it("opens a duration's window before its end", () => {
    expect(durationStart("2026-10-31", { amount: 30, unit: "days" }, england)).toBe("2026-10-01");
    expect(durationStart("2026-10-31", { amount: 2, unit: "weeks" }, england)).toBe("2026-10-17");
    expect(durationStart("2027-03-31", { amount: 1, unit: "months" }, england)).toBe("2027-02-28");
    expect(durationStart("2027-03-31", { amount: 3, unit: "working-days" }, england)).toBe("2027-03-24");
  });
});
