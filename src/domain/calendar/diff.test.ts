import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffCalendar, type CalendarDiff, type ExistingItem } from "./diff";
import { cycleFor, generateItems } from "./generate";
import { itemKey, type EngineCadence, type EngineMeeting, type EngineObligation } from "./types";

const BOARDS = ["A", "B", "C"];

// Decision 019's parts and forms.
const offset = fc.record(
  {
    amount: fc.integer({ min: 0, max: 40 }),
    unit: fc.constantFrom("days" as const, "working-days" as const, "weeks" as const, "months" as const),
    direction: fc.constantFrom("before" as const, "after" as const),
    clear: fc.boolean(),
  },
  { requiredKeys: ["amount", "unit", "direction"] },
);
const duration = fc.option(
  fc.record({
    amount: fc.integer({ min: 1, max: 60 }),
    unit: fc.constantFrom("days" as const, "working-days" as const, "weeks" as const, "months" as const),
  }),
  { nil: null },
);
const dayOfYear = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const meetingsOf = fc.option(fc.constantFrom(...BOARDS), { nil: null });
const newForms: fc.Arbitrary<EngineCadence>[] = [
  fc.record({
    frequency: fc.constant("annual" as const),
    window: fc.constant(null),
    quarter: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    frequency: fc.constant("annual" as const),
    window: fc.constant(null),
    deadline: fc.oneof(
      fc.constantFrom({ month: 2, day: 29 }, { month: 12, day: 15 }, { month: 3, day: 31 }),
      fc.record({ from: fc.constantFrom("cycle-start" as const, "cycle-end" as const), offset }),
    ),
    duration,
  }),
  fc.record({
    frequency: fc.constant("monthly" as const),
    day: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
  }),
  fc.record({
    frequency: fc.constant("named-months" as const),
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
    day: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
    duration,
  }),
  fc.record({
    frequency: fc.constant("interval" as const),
    every: fc.integer({ min: 1, max: 30 }),
    unit: fc.constantFrom("months" as const, "years" as const),
    anchorDate: fc.constantFrom("2024-01-31", "2024-02-29", "2025-12-01", "2026-08-31", "2028-10-01"),
    anchorIsOccurrence: fc.boolean(),
    precision: fc.constantFrom("day" as const, "month" as const),
    duration,
  }),
  fc.record({
    frequency: fc.constant("each-meeting" as const),
    meetingsOfBoardId: meetingsOf,
    offset: fc.option(offset, { nil: null }),
  }),
  fc.record({
    frequency: fc.constant("meeting-of-year" as const),
    which: fc.constantFrom("first" as const, "last" as const),
    meetingsOfBoardId: meetingsOf,
  }),
  fc.record({
    frequency: fc.constant("first-meeting-after" as const),
    after: dayOfYear,
    meetingsOfBoardId: meetingsOf,
  }),
  fc.record({
    frequency: fc.constant("follows" as const),
    offset: fc.option(offset, { nil: null }),
    atNextMeeting: fc.boolean(),
    meetingsOfBoardId: meetingsOf,
    duration,
  }),
];

const cadence: fc.Arbitrary<EngineCadence> = fc.oneof(
  fc.record({
    frequency: fc.constant("annual" as const),
    window: fc.option(
      fc.record({ fromMonth: fc.integer({ min: 1, max: 12 }), toMonth: fc.integer({ min: 1, max: 12 }) }),
      { nil: null },
    ),
  }),
  fc.constant({ frequency: "quarterly" as const }),
  fc.constant({ frequency: "six-monthly" as const }),
  fc.record({ frequency: fc.constant("min-per-year" as const), minPerYear: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    frequency: fc.constant("after-every-meeting" as const),
    afterMeetingsOfBoardId: fc.constantFrom(...BOARDS),
    daysAfter: fc.integer({ min: 0, max: 30 }),
  }),
  fc.record({
    frequency: fc.constant("anniversary" as const),
    anchorDate: fc.constantFrom("2013-09-18", "2020-02-29", "2025-04-01"),
  }),
  fc.constant({ frequency: "standing" as const }),
  ...newForms,
);

const obligations = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom("o1", "o2", "o3", "o4", "o5", "o6"),
      cadence,
      from: fc.subarray(BOARDS, { minLength: 1 }).map((ids) => ids.map((id) => ({ type: "board" as const, id }))),
      to: fc.subarray(BOARDS).map((ids) => ids.map((id) => ({ type: "board" as const, id }))),
      comesAfterId: fc.option(fc.constantFrom("o1", "o2", "o3"), { nil: null }),
    }),
    { selector: (o) => o.id, maxLength: 6 },
  )
  .map((list) => list.map((o): EngineObligation => ({ ...o, anchorBoardId: o.from[0]!.id })));

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 3, 1 + n)).toISOString().slice(0, 10));
const meetings = fc
  .uniqueArray(fc.record({ boardId: fc.constantFrom(...BOARDS), date: day }), {
    selector: (m) => `${m.boardId}${m.date}`,
    maxLength: 20,
  })
  .map((list) => list.map((m): EngineMeeting => ({ ...m, id: `${m.boardId}-${m.date}` })));

const generate = (o: EngineObligation[], m: EngineMeeting[]) =>
  generateItems({ obligations: o, meetings: m, cycleOf: () => cycleFor(2026) });

let nextId = 0;
/** What the persistence layer does with a diff, in memory: create, update, retire; never delete. */
function apply(state: ExistingItem[], diff: CalendarDiff): ExistingItem[] {
  const byId = new Map(state.map((e) => [e.id, e]));
  for (const u of diff.update) byId.set(u.id, { ...u.before, ...u.after, id: u.id, retired: false, logged: false });
  for (const r of diff.retire) byId.set(r.id, { ...r, retired: true });
  for (const c of diff.create) {
    const id = `i${nextId++}`;
    byId.set(id, { ...c, id, retired: false, logged: false });
  }
  return [...byId.values()];
}
const noChanges = (d: CalendarDiff) => d.create.length + d.update.length + d.retire.length;

describe("regeneration (property-based)", () => {
  it("is idempotent and never loses or alters a logged item, whatever the rules and meetings", () => {
    fc.assert(
      fc.property(
        obligations,
        meetings,
        obligations,
        meetings,
        fc.array(fc.boolean(), { maxLength: 80 }),
        (rules1, meetings1, rules2, meetings2, logMask) => {
          const first = apply([], diffCalendar(generate(rules1, meetings1), []));
          expect(noChanges(diffCalendar(generate(rules1, meetings1), first))).toBe(0);

          // The secretariat logs some items (and moves some onto another meeting).
          const logged = first.map((e, i) =>
            logMask[i] ? { ...e, logged: true, meetingId: e.meetingId ?? "picked-by-hand" } : e,
          );
          const loggedBefore = logged.filter((e) => e.logged);

          // Rules and meetings change; regenerate.
          const second = apply(logged, diffCalendar(generate(rules2, meetings2), logged));
          // A logged item may be marked retired when its rule goes, but nothing else of it changes.
          for (const item of loggedBefore)
            expect({ ...second.find((e) => e.id === item.id)!, retired: item.retired }).toEqual(item);
          expect(second.length).toBeGreaterThanOrEqual(logged.length);
          for (const e of logged) expect(second.some((s) => s.id === e.id)).toBe(true);

          // Running it again changes nothing.
          expect(noChanges(diffCalendar(generate(rules2, meetings2), second))).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Boards whose years start in April, January and September. */
const START_MONTH: Record<string, number> = { A: 4, B: 1, C: 9 };
const cycleOfBoard = (boardId: string) => cycleFor(2026, START_MONTH[boardId] ?? 4);
const wideDay = fc
  .integer({ min: 0, max: 640 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const wideMeetings = fc
  .uniqueArray(fc.record({ boardId: fc.constantFrom(...BOARDS), date: wideDay }), {
    selector: (m) => `${m.boardId}${m.date}`,
    maxLength: 24,
  })
  .map((list) => list.map((m): EngineMeeting => ({ ...m, id: `${m.boardId}-${m.date}` })));

describe("the new cadence forms (property-based)", () => {
  it("never produce an item key twice, and every item belongs to its anchor board's cycle", () => {
    fc.assert(
      fc.property(obligations, wideMeetings, (rules, held) => {
        const items = generateItems({ obligations: rules, meetings: held, cycleOf: cycleOfBoard });
        const keys = items.map(itemKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of items) {
          expect(item.cycleStart).toBe(cycleOfBoard(item.anchorBoardId).start);
          expect(item.windowStart <= item.windowEnd).toBe(true);
          expect(item.index).toBeGreaterThanOrEqual(1);
          expect(item.index).toBeLessThanOrEqual(item.of);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("regenerating after items are logged as done stays idempotent and leaves logged items alone", () => {
    fc.assert(
      fc.property(
        obligations,
        wideMeetings,
        fc.array(fc.integer({ min: -20, max: 60 }), { maxLength: 80 }),
        (rules, held, doneShift) => {
          const run = (doneOn?: Map<string, string>) =>
            generateItems({ obligations: rules, meetings: held, cycleOf: cycleOfBoard, doneOn });
          const first = apply([], diffCalendar(run(), []));
          // Some items are logged as done, days before or after their due date.
          const doneOn = new Map<string, string>();
          const logged = first.map((e, i) => {
            const shift = doneShift[i];
            if (shift === undefined || i % 2 === 1) return e;
            const date = new Date(Date.parse(`${e.dueOn}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
            doneOn.set(itemKey(e), date);
            return { ...e, logged: true };
          });
          const second = apply(logged, diffCalendar(run(doneOn), logged));
          for (const item of logged.filter((e) => e.logged)) expect(second.find((e) => e.id === item.id)).toEqual(item);
          expect(noChanges(diffCalendar(run(doneOn), second))).toBe(0);
          // Only a following duty's items are ever provisional.
          for (const item of run(doneOn).filter((i) => i.flags.includes("provisional")))
            expect(rules.find((o) => o.id === item.obligationId)?.cadence.frequency).toBe("follows");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("diffCalendar", () => {
  const rules: EngineObligation[] = [
    {
      id: "o1",
      cadence: { frequency: "quarterly" },
      from: [{ type: "board", id: "A" }],
      to: [{ type: "board", id: "B" }],
      comesAfterId: null,
      anchorBoardId: "A",
    },
  ];
  it("retires items no rule produces, and brings a retired item back when the rule returns", () => {
    const state = apply([], diffCalendar(generate(rules, []), []));
    const gone = diffCalendar([], state);
    expect(gone.retire).toHaveLength(4);
    const retired = apply(state, gone);
    const back = diffCalendar(generate(rules, []), retired);
    expect(back.update).toHaveLength(4);
    expect(back.create).toHaveLength(0);
  });

  it("keeps a logged item of a duty in force when its meeting moves or is cancelled; retires an unlogged one", () => {
    const minutes: EngineObligation[] = [
      {
        id: "o2",
        cadence: { frequency: "after-every-meeting", afterMeetingsOfBoardId: "A", daysAfter: 14 },
        from: [{ type: "board", id: "A" }],
        to: [{ type: "board", id: "B" }],
        comesAfterId: null,
        anchorBoardId: "A",
      },
    ];
    const held = [
      { id: "m1", boardId: "A", date: "2026-05-05" },
      { id: "m2", boardId: "A", date: "2026-07-07" },
    ];
    const state = apply([], diffCalendar(generate(minutes, held), [])).map((e) =>
      e.windowStart === "2026-05-05" ? { ...e, logged: true } : e,
    );
    // Both meetings move (or are cancelled): no occurrence produces either item any more.
    const diff = diffCalendar(generate(minutes, []), state, new Set(["o2"]));
    expect(diff.retire.map((r) => r.windowStart)).toEqual(["2026-07-07"]);
    expect(diff.unchanged.map((u) => u.windowStart)).toEqual(["2026-05-05"]);
    // When the duty itself goes, the logged item is marked retired too.
    expect(diffCalendar([], state, new Set()).retire).toHaveLength(2);
  });

  it("moves an unlogged item to a new first meeting in its window", () => {
    const state = apply([], diffCalendar(generate(rules, []), []));
    const moved = diffCalendar(generate(rules, [{ id: "m", boardId: "B", date: "2026-05-05" }]), state);
    expect(moved.update.map((u) => [u.before.dueOn, u.after.dueOn, u.after.meetingId])).toEqual([
      ["2026-06-30", "2026-05-05", "m"],
    ]);
  });
});
