import { describe, expect, it } from "vitest";
import { bucketOf, firstSendOn, formatRate, groupBy, lastDoneOn, onTimeRate, type BucketInput } from "./dashboard";

const open = (dueOn: string, extra: Partial<BucketInput> = {}): BucketInput => ({
  status: "planned",
  dueOn,
  unscheduled: false,
  doneOn: null,
  ...extra,
});

describe("bucketOf", () => {
  // Today is 23 November 2026; 30 days on is 23 December, 60 days on is 22 January 2027.
  it.each([
    ["overdue as derived", { status: "overdue", dueOn: "2026-11-22", unscheduled: false, doneOn: null }, "overdue"],
    ["deferred, past its date, nothing sent", open("2026-11-01", { status: "deferred" }), "overdue"],
    ["due today", open("2026-11-23"), "due-30"],
    ["due on day 30", open("2026-12-23"), "due-30"],
    ["due on day 31", open("2026-12-24"), "due-60"],
    ["scheduled, due on day 60", open("2027-01-22", { status: "scheduled" }), "due-60"],
    ["due on day 61 with a meeting", open("2027-01-23"), null],
    ["due on day 61, no meeting yet", open("2027-01-23", { unscheduled: true }), "to-schedule"],
    ["due in 10 days, no meeting yet: due soon wins", open("2026-12-03", { unscheduled: true }), "due-30"],
    ["end of the financial year, no meeting", open("2027-03-31", { unscheduled: true }), "to-schedule"],
    ["sent today", { status: "sent", dueOn: "2026-12-01", unscheduled: false, doneOn: "2026-11-23" }, "done-recently"],
    [
      "received 30 days ago",
      { status: "received", dueOn: "2026-10-20", unscheduled: false, doneOn: "2026-10-24" },
      "done-recently",
    ],
    [
      "received 31 days ago",
      { status: "received", dueOn: "2026-10-20", unscheduled: false, doneOn: "2026-10-23" },
      null,
    ],
    ["closed, done date unknown", { status: "closed", dueOn: "2026-11-01", unscheduled: false, doneOn: null }, null],
    ["waived", { status: "waived", dueOn: "2026-11-01", unscheduled: false, doneOn: null }, null],
    ["retired", { status: "retired", dueOn: "2026-11-01", unscheduled: false, doneOn: null }, null],
  ] as const)("%s", (_name, item, expected) => {
    expect(bucketOf(item, "2026-11-23")).toBe(expected);
  });

  it("counts days across the year end and a leap day", () => {
    // 28 February to 30 March is 31 days in a leap year, 30 days otherwise.
    expect(bucketOf(open("2028-03-30"), "2028-02-28")).toBe("due-60");
    expect(bucketOf(open("2027-03-30"), "2027-02-28")).toBe("due-30");
    expect(bucketOf(open("2027-01-01"), "2026-12-31")).toBe("due-30");
  });
});

describe("firstSendOn and lastDoneOn", () => {
  const entries = [
    { action: "send", occurredOn: "2026-05-01", reversed: true },
    { action: "send", occurredOn: "2026-05-10", reversed: false },
    { action: "note", occurredOn: "2026-06-30", reversed: false },
    { action: "receive", occurredOn: "2026-05-20", reversed: false },
    { action: "close", occurredOn: "2026-06-01", reversed: true },
  ];
  it("ignores reversed entries and other actions", () => {
    expect(firstSendOn(entries)).toBe("2026-05-10");
    expect(lastDoneOn(entries)).toBe("2026-05-20");
  });
  it("is null when nothing was sent", () => {
    expect(firstSendOn([{ action: "send", occurredOn: "2026-05-01", reversed: true }])).toBeNull();
    expect(lastDoneOn([])).toBeNull();
  });
});

describe("onTimeRate", () => {
  it.each([
    ["nothing due", [], { counted: 0, onTime: 0, late: 0, notSent: 0, rate: null }],
    [
      "sent on the due date counts as on time",
      [{ status: "sent", dueOn: "2026-06-30", firstSendOn: "2026-06-30" }],
      { counted: 1, onTime: 1, late: 0, notSent: 0, rate: 1 },
    ],
    [
      "sent a day late",
      [{ status: "received", dueOn: "2026-06-30", firstSendOn: "2026-07-01" }],
      { counted: 1, onTime: 0, late: 1, notSent: 0, rate: 0 },
    ],
    [
      "overdue counts against, waived and future items are left out",
      [
        { status: "overdue", dueOn: "2026-06-30", firstSendOn: null },
        { status: "waived", dueOn: "2026-06-30", firstSendOn: null },
        { status: "planned", dueOn: "2027-01-31", firstSendOn: null },
        { status: "sent", dueOn: "2027-01-31", firstSendOn: "2026-11-01" },
        { status: "received", dueOn: "2026-03-31", firstSendOn: "2026-03-31" },
        { status: "retired", dueOn: "2026-03-31", firstSendOn: "2026-03-01" },
      ],
      { counted: 3, onTime: 2, late: 0, notSent: 1, rate: 2 / 3 },
    ],
  ] as const)("%s", (_name, items, expected) => {
    expect(onTimeRate(items)).toEqual(expected);
  });

  it("formats as a whole percentage", () => {
    expect(formatRate(2 / 3)).toBe("67%");
    expect(formatRate(0)).toBe("0%");
    expect(formatRate(null)).toBe("No items due yet");
  });
});

describe("groupBy", () => {
  it("sorts groups by label and keeps item order", () => {
    expect(groupBy(["b1", "a1", "b2"], (s) => s[0]!)).toEqual([
      { label: "a", items: ["a1"] },
      { label: "b", items: ["b1", "b2"] },
    ]);
  });
});
