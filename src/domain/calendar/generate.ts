import * as rruleModule from "rrule";
import type { DayOfYear, Deadline } from "@/lib/schemas/cadence";
import {
  addDays,
  civil,
  endOfMonth,
  maxDate,
  minDate,
  monthOf,
  startOfMonthPlus,
  yearOf,
  type CivilDate,
} from "../civil-date";
import { applyOffset, durationStart } from "../offset";
import { workingDaysFor, type WorkingDays } from "../working-days";
import {
  itemKey,
  type Cycle,
  type EngineCadence,
  type EngineMeeting,
  type EngineObligation,
  type EngineParty,
  type GeneratedItem,
  type ItemFlag,
} from "./types";

// rrule's Node entry is a UMD bundle whose names Node's ESM loader (the CLI, tsx) cannot see, so
// they arrive under `default` (as in meeting-series.ts).
const { RRule } =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

/**
 * The calendar engine: from the duties in force and the boards' meetings, the items one reporting
 * cycle should hold. Pure: no clock, no database. Each rule cites the seed clause that needs it
 * (DESIGN.md, "What the rules must express").
 */

/** A board's reporting cycle: the UK financial year (April) unless the board starts elsewhere. */
export function cycleFor(startYear: number, startMonth = 4): Cycle {
  const start = civil(startYear, startMonth, 1);
  return { startYear, startMonth, start, end: addDays(civil(startYear + 1, startMonth, 1), -1) };
}

/**
 * The dates a month window covers inside a cycle. October to February in FY2026/27 is
 * 1 October 2026 to 28 February 2027 (Medway 8.3); April/May is April/May 2026 (Medway 8.4); a
 * single month is that month (Kent 4.2). A window that wraps past the cycle's end (March to
 * April in an April year) starts in this cycle and ends in the next.
 */
export function monthWindow(cycle: Cycle, fromMonth: number, toMonth: number): { start: CivilDate; end: CivilDate } {
  const offset = (m: number) => (m - cycle.startMonth + 12) % 12;
  const start = startOfMonthPlus(cycle.start, offset(fromMonth));
  const span = (toMonth - fromMonth + 12) % 12;
  return { start, end: endOfMonth(startOfMonthPlus(start, span)) };
}

/** Splits a cycle into `parts` consecutive windows: by months when they divide the year, else by days. */
export function splitCycle(cycle: Cycle, parts: number): readonly { start: CivilDate; end: CivilDate }[] {
  // Pure in (start, end, parts) and asked for again by every quarterly and N-a-year duty of a year.
  const key = `${cycle.start}|${cycle.end}|${parts}`;
  const known = splitCache.get(key);
  if (known) return known;
  if (splitCache.size >= 10_000) splitCache.clear();
  const windows = computeSplit(cycle, parts);
  splitCache.set(key, windows);
  return windows;
}
const splitCache = new Map<string, readonly { start: CivilDate; end: CivilDate }[]>();

function computeSplit(cycle: Cycle, parts: number): { start: CivilDate; end: CivilDate }[] {
  if (12 % parts === 0) {
    const months = 12 / parts;
    return Array.from({ length: parts }, (_, i) => ({
      start: startOfMonthPlus(cycle.start, i * months),
      end: addDays(startOfMonthPlus(cycle.start, (i + 1) * months), -1),
    }));
  }
  const total = Math.round((Date.parse(cycle.end) - Date.parse(cycle.start)) / 86_400_000) + 1;
  const bounds = Array.from({ length: parts + 1 }, (_, i) => Math.round((i * total) / parts));
  return bounds
    .slice(0, -1)
    .map((b, i) => ({ start: addDays(cycle.start, b), end: addDays(cycle.start, bounds[i + 1]! - 1) }));
}

const boardOf = (p: EngineParty): string | null => (p.type === "board" ? p.id : p.boardId);
const partyKey = (p: EngineParty | null) => (p ? `${p.type}:${p.id}` : "none");

/**
 * The board whose year an obligation's items belong to: the first owing board (a post's board
 * counts), else the first receiving board, else the fallback (the protocol's first party).
 */
export function anchorBoardOf(o: Pick<EngineObligation, "from" | "to">, fallback: string): string {
  for (const p of [...o.from, ...o.to]) {
    const board = boardOf(p);
    if (board) return board;
  }
  return fallback;
}

interface Occurrence {
  sequence: number;
  window: { start: CivilDate; end: CivilDate };
  /** Whether the item is planned onto a meeting in its window (false: due on a fixed date). */
  plan: "meeting" | "fixed" | "to-schedule";
  dueOn?: CivilDate;
  /** A fixed occurrence that is itself at a meeting (each-meeting, meeting-of-year...). */
  meetingId?: string;
  flags?: ItemFlag[];
}

/** What the forms of decision 019 need beyond the cycle: working days, and for `follows` the other duty's items. */
export interface OccurrenceContext {
  /** The area's working days; England and Wales when left out. */
  workingDays?: WorkingDays;
  /** The items of the duty this one follows (o.comesAfterId), every recipient's, of this cycle year. */
  followed?: readonly GeneratedItem[];
  doneOn?: ReadonlyMap<string, CivilDate>;
}

const yyyymmdd = (date: CivilDate) => Number(date.replaceAll("-", ""));
const inCycle = (date: CivilDate, cycle: Cycle) => date >= cycle.start && date <= cycle.end;

/** A day of the year inside a cycle: 31 July of FY2026/27 is 31 July 2026; 29 February is 28 February in other years. */
export function dayInCycle(cycle: Cycle, d: DayOfYear): CivilDate {
  const year = d.month >= cycle.startMonth ? cycle.startYear : cycle.startYear + 1;
  return dayOfMonthIn(civil(year, d.month, 1), d.day);
}

/** A day of a month, clamped to the month's last day ("the 31st" of June is 30 June). */
function dayOfMonthIn(first: CivilDate, day: number): CivilDate {
  const end = endOfMonth(first);
  return Number(end.slice(8, 10)) < day ? end : `${first.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

/**
 * An annual deadline in the cycle (decision 019). Counted from the close, a date past this cycle's
 * end is counted from the previous close ("three months after the close of the financial year": the
 * 2025/26 report is due 30 June 2026, an item of FY2026/27); counted from the start, a date before
 * this cycle's start is counted from the next start. Gives the anchor counted from and the due date.
 */
function annualDeadline(cycle: Cycle, deadline: Deadline, workingDays: WorkingDays) {
  if (!("from" in deadline)) return { anchor: null, due: dayInCycle(cycle, deadline) };
  // Offsets are capped (400 units) by the schema, so a couple of years either way always suffice.
  for (let years = 0; years < 40; years++) {
    const anchor =
      deadline.from === "cycle-end"
        ? cycleFor(cycle.startYear - years, cycle.startMonth).end
        : cycleFor(cycle.startYear + years, cycle.startMonth).start;
    const due = applyOffset(anchor, deadline.offset, workingDays);
    if (deadline.from === "cycle-end" ? due <= cycle.end : due >= cycle.start)
      return inCycle(due, cycle) ? { anchor, due } : null;
  }
  return null;
}

/**
 * The dates of an interval duty (decision 019): RFC 5545 `FREQ=MONTHLY|YEARLY;INTERVAL=n` from the
 * anchor, through rrule. An anchor day past the 28th is `BYMONTHDAY=28..d;BYSETPOS=-1`, so a month
 * that lacks the day gives its last day instead of being skipped (a duty does not lapse in February).
 */
function intervalDates(c: Extract<EngineCadence, { frequency: "interval" }>, from: CivilDate, to: CivilDate) {
  // rrule is slow to build and expand; a national run asks for the same rule and year many times.
  const key = `${c.anchorDate}|${c.every}|${c.unit}|${c.anchorIsOccurrence}|${from}|${to}`;
  const known = intervalCache.get(key);
  if (known) return known;
  if (intervalCache.size >= 50_000) intervalCache.clear();
  const dates = expandInterval(c, from, to);
  intervalCache.set(key, dates);
  return dates;
}
const intervalCache = new Map<string, readonly CivilDate[]>();

function expandInterval(c: Extract<EngineCadence, { frequency: "interval" }>, from: CivilDate, to: CivilDate) {
  const [y, m, d] = c.anchorDate.split("-").map(Number) as [number, number, number];
  const rule = new RRule({
    freq: c.unit === "years" ? RRule.YEARLY : RRule.MONTHLY,
    interval: c.every,
    dtstart: new Date(Date.UTC(y, m - 1, d)),
    ...(c.unit === "years" ? { bymonth: [m] } : {}),
    ...(d > 28 ? { bymonthday: Array.from({ length: d - 27 }, (_, i) => 28 + i), bysetpos: [-1] } : {}),
  });
  const floating = (date: CivilDate) => new Date(`${date}T00:00:00Z`);
  return rule
    .between(floating(from), floating(to), true)
    .map((date) => date.toISOString().slice(0, 10))
    .filter((date) => c.anchorIsOccurrence || date !== c.anchorDate);
}

/**
 * The occurrences of one duty in one cycle, before recipients and meetings. `meetings` are the
 * meetings that matter to the duty, sorted by date: for after-every-meeting the followed board's;
 * for the meeting forms of decision 019 those of `meetingsOf` or the recipient's board (so the
 * caller asks once per recipient).
 */
export function occurrences(
  o: EngineObligation,
  cycle: Cycle,
  meetings: readonly EngineMeeting[],
  context: OccurrenceContext = {},
): Occurrence[] {
  const c = o.cadence;
  const workingDays = context.workingDays ?? workingDaysFor();
  const meetingsInCycle = () => {
    // Two meetings of one board on one day would share a sequence: the first (by id) stands for both.
    const seen = new Set<CivilDate>();
    return meetings.filter((m) => inCycle(m.date, cycle) && !seen.has(m.date) && seen.add(m.date));
  };
  const noMeeting = (window: { start: CivilDate; end: CivilDate }, sequence = 1): Occurrence => ({
    sequence,
    window,
    plan: "fixed",
    dueOn: window.end,
    flags: ["no-meeting-in-window"],
  });
  switch (c.frequency) {
    case "annual": {
      // "during the second quarter": the quarter of the board's own year.
      if (c.quarter) return [{ sequence: 1, window: splitCycle(cycle, 4)[c.quarter - 1]!, plan: "meeting" }];
      if (c.deadline) {
        // "no later than 15 December annually"; "three months after the close of the financial year";
        // "open for a minimum of 30 days and concluded by 31 October" (duration).
        const found = annualDeadline(cycle, c.deadline, workingDays);
        if (!found) return [];
        const { anchor, due } = found;
        const start = c.duration
          ? durationStart(due, c.duration, workingDays)
          : anchor && anchor < due && inCycle(anchor, cycle)
            ? anchor
            : cycle.start;
        return [{ sequence: 1, window: { start, end: due }, plan: "fixed", dueOn: due }];
      }
      // Kent 3.6, Knowsley 5.1(c), Halton 33: any time in the year. No month is invented: the
      // item spans the year, falls due at its end, and waits for the secretariat to pick a meeting.
      if (!c.window)
        return [{ sequence: 1, window: { start: cycle.start, end: cycle.end }, plan: "to-schedule", dueOn: cycle.end }];
      // Medway 8.2, 8.3, 8.4; Kent 4.2 "annually (in April)".
      return [{ sequence: 1, window: monthWindow(cycle, c.window.fromMonth, c.window.toMonth), plan: "meeting" }];
    }
    case "anniversary": {
      // Halton 2: "review annually (from the date of initial agreement)": the anniversary's month.
      const month = monthOf(c.anchorDate);
      const window = monthWindow(cycle, month, month);
      if (window.end < c.anchorDate || yearOf(window.start) <= yearOf(c.anchorDate)) return [];
      return [{ sequence: 1, window, plan: "meeting" }];
    }
    case "quarterly":
      // Halton 14, 31, 33.
      return splitCycle(cycle, 4).map((window, i) => ({ sequence: i + 1, window, plan: "meeting" }));
    case "six-monthly":
      // Halton 36: "not less than on a 6 monthly basis": one in each half of the year.
      return splitCycle(cycle, 2).map((window, i) => ({ sequence: i + 1, window, plan: "meeting" }));
    case "min-per-year":
      // Harrow 11: "at least twice a year": N items spread over the year.
      return splitCycle(cycle, c.minPerYear).map((window, i) => ({ sequence: i + 1, window, plan: "meeting" }));
    case "after-every-meeting":
      // Knowsley 8.1: minutes shared "after every meeting": one item per meeting of that board,
      // keyed by the meeting's date so that adding a meeting does not renumber the others.
      return meetings
        .filter((m) => m.boardId === c.afterMeetingsOfBoardId && m.date >= cycle.start && m.date <= cycle.end)
        .map((m) => ({
          sequence: Number(m.date.replaceAll("-", "")),
          window: { start: m.date, end: addDays(m.date, c.daysAfter) },
          plan: "fixed" as const,
          dueOn: addDays(m.date, c.daysAfter),
        }));
    case "once":
      if (c.anchorDate < cycle.start || c.anchorDate > cycle.end) return [];
      return [{ sequence: 1, window: { start: c.anchorDate, end: c.anchorDate }, plan: "fixed", dueOn: c.anchorDate }];
    case "on-event":
    case "as-needed":
    case "standing":
      // Halton 11, Knowsley 9.1, Kent 4.1: no dated items by themselves; listed as standing duties.
      return [];
    case "monthly":
    case "named-months": {
      // "on a monthly basis"; "each March and September". Keyed by the month's number, so naming
      // another month does not renumber the others. A duration needs a day to run up to.
      const duration = c.frequency === "named-months" ? c.duration : null;
      return cycleMonths(cycle)
        .filter((first) => c.frequency === "monthly" || c.months.includes(monthOf(first)))
        .map((first): Occurrence => {
          const month = { start: first, end: endOfMonth(first) };
          if (c.day === null) return { sequence: monthOf(first), window: month, plan: "meeting" };
          const due = dayOfMonthIn(first, c.day);
          const start = duration ? durationStart(due, duration, workingDays) : first;
          return { sequence: monthOf(first), window: { start, end: due }, plan: "fixed", dueOn: due };
        });
    }
    case "interval":
      // "biennially from the date of signature"; "the next review falling in October 2028".
      return intervalDates(c, cycle.start, cycle.end).map((date): Occurrence => {
        if (c.precision === "month")
          return {
            sequence: yyyymmdd(date),
            window: { start: startOfMonthPlus(date, 0), end: endOfMonth(date) },
            plan: "meeting",
          };
        const start = c.duration ? durationStart(date, c.duration, workingDays) : date;
        return { sequence: yyyymmdd(date), window: { start, end: date }, plan: "fixed", dueOn: date };
      });
    case "each-meeting":
      // "no later than seven clear working days before each meeting"; "draft minutes within 15
      // working days of the meeting".
      return meetingsInCycle().map((m) => {
        const due = c.offset ? applyOffset(m.date, c.offset, workingDays) : m.date;
        return {
          sequence: yyyymmdd(m.date),
          window: { start: minDate(due, m.date), end: maxDate(due, m.date) },
          plan: "fixed" as const,
          dueOn: due,
          meetingId: m.id,
        };
      });
    case "meeting-of-year": {
      // "at the last meeting of the financial year".
      const held = meetingsInCycle();
      const m = c.which === "first" ? held[0] : held.at(-1);
      const window = { start: cycle.start, end: cycle.end };
      if (!m) return [noMeeting(window)];
      return [{ sequence: 1, window, plan: "fixed", dueOn: m.date, meetingId: m.id }];
    }
    case "first-meeting-after": {
      // "at the first Board meeting following publication on 31 July". A date on the cycle's last
      // day leaves a window of that one day, which no meeting can be strictly after.
      const after = dayInCycle(cycle, c.after);
      const window = { start: minDate(addDays(after, 1), cycle.end), end: cycle.end };
      const m = meetingsInCycle().find((x) => x.date > after);
      if (!m) return [noMeeting(window)];
      return [{ sequence: 1, window, plan: "fixed", dueOn: m.date, meetingId: m.id }];
    }
    case "follows":
      return followingOccurrences(c, cycle, meetings, context.followed ?? [], context.doneOn, workingDays);
  }
}

/** The months of a cycle in order, as the first day of each. */
const cycleMonths = (cycle: Cycle) => Array.from({ length: 12 }, (_, i) => startOfMonthPlus(cycle.start, i));

/**
 * "will form part of the strategic plan" once the annual report is received; "a refreshed plan within
 * three months of the JSNA refresh" (decision 019). One occurrence per sequence of the other duty's
 * items, counted from the latest of its recipients' items: the date logged as done once it is, else
 * the planned date, flagged provisional.
 */
function followingOccurrences(
  c: Extract<EngineCadence, { frequency: "follows" }>,
  cycle: Cycle,
  meetings: readonly EngineMeeting[],
  followed: readonly GeneratedItem[],
  doneOn: ReadonlyMap<string, CivilDate> | undefined,
  workingDays: WorkingDays,
): Occurrence[] {
  const bySequence = new Map<number, { base: CivilDate; provisional: boolean }>();
  for (const item of followed) {
    if (Number(item.cycleStart.slice(0, 4)) !== cycle.startYear) continue;
    const done = doneOn?.get(itemKey(item));
    const date = done ?? item.dueOn;
    const known = bySequence.get(item.sequence);
    bySequence.set(item.sequence, {
      base: known ? maxDate(known.base, date) : date,
      provisional: (known?.provisional ?? false) || done === undefined,
    });
  }
  return [...bySequence.entries()]
    .sort(([a], [b]) => a - b)
    .map(([sequence, { base, provisional }]): Occurrence => {
      const flags: ItemFlag[] = provisional ? ["provisional"] : [];
      const windowFrom = (due: CivilDate) => ({
        start: c.duration ? durationStart(due, c.duration, workingDays) : minDate(base, due),
        end: due,
      });
      if (c.atNextMeeting) {
        const m = meetings.find((x) => x.date > base);
        if (m) return { sequence, window: windowFrom(m.date), plan: "fixed", dueOn: m.date, meetingId: m.id, flags };
        // No meeting yet after the other item: due at the end of this duty's year (or on the base
        // itself when that is later), flagged, until a meeting is added and regeneration moves it.
        const due = maxDate(base, cycle.end);
        return {
          sequence,
          window: windowFrom(due),
          plan: "fixed",
          dueOn: due,
          flags: [...flags, "no-meeting-in-window"],
        };
      }
      const due = c.offset ? applyOffset(base, c.offset, workingDays) : base;
      return { sequence, window: windowFrom(due), plan: "fixed", dueOn: due, flags };
    });
}

/** The first meeting of any of the boards inside the window (meetings per board, sorted by date). */
function firstMeeting(
  byBoard: ReadonlyMap<string, EngineMeeting[]>,
  boards: readonly string[],
  window: { start: CivilDate; end: CivilDate },
) {
  let best: EngineMeeting | null = null;
  for (const board of boards) {
    for (const m of byBoard.get(board) ?? []) {
      if (m.date < window.start) continue;
      if (m.date > window.end) break;
      if (!best || m.date < best.date || (m.date === best.date && m.id < best.id)) best = m;
      break;
    }
  }
  return best;
}

export interface GenerateInput {
  obligations: readonly EngineObligation[];
  meetings: readonly EngineMeeting[];
  /** The cycle of the given year for a board (its own start month). */
  cycleOf: (boardId: string) => Cycle;
  /** The working-day calendar of a board's area (its nation's bank holidays); England and Wales when left out. */
  workingDaysOf?: (boardId: string) => WorkingDays;
  /**
   * When an item was logged as done (sent, received or completed), by its natural key (itemKey):
   * a duty that follows another counts from this date once it exists, from the planned date until then.
   */
  doneOn?: ReadonlyMap<string, CivilDate>;
}

/** Forms whose meetings are the receiving board's, so each recipient gets its own occurrences (decision 019). */
const PER_RECIPIENT = new Set<EngineCadence["frequency"]>([
  "each-meeting",
  "meeting-of-year",
  "first-meeting-after",
  "follows",
]);

/**
 * The obligations in the order to generate them: a `follows` duty after the duty it follows, the
 * others in their given order. A `follows` duty whose chain is circular, or names a duty not given,
 * is left out (it has nothing to count from, so no items).
 */
function generationOrder(obligations: readonly EngineObligation[]): EngineObligation[] {
  const byId = new Map(obligations.map((o) => [o.id, o]));
  const order: EngineObligation[] = obligations.filter((o) => o.cadence.frequency !== "follows");
  const state = new Map<string, "visiting" | "done" | "dropped">();
  const visit = (o: EngineObligation): boolean => {
    if (o.cadence.frequency !== "follows") return true;
    const known = state.get(o.id);
    if (known) return known === "done";
    state.set(o.id, "visiting");
    const other = o.comesAfterId ? byId.get(o.comesAfterId) : undefined;
    const ok = other !== undefined && visit(other);
    state.set(o.id, ok ? "done" : "dropped");
    if (ok) order.push(o);
    return ok;
  };
  for (const o of obligations) visit(o);
  return order;
}

/**
 * Every item the obligations produce in their cycles. A duty owed to several recipients gives one
 * item per recipient (DESIGN.md: each is presented and minuted separately); a joint duty with no
 * recipient is one item shared by its parties. An item is planned for the first meeting of the
 * receiving board (for a joint duty, of its parties) inside its window; with none, it falls due at
 * the window's end, flagged.
 */
export function generateItems({
  obligations,
  meetings,
  cycleOf,
  workingDaysOf,
  doneOn,
}: GenerateInput): GeneratedItem[] {
  const items: GeneratedItem[] = [];
  const sorted = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const byBoard = new Map<string, EngineMeeting[]>();
  for (const m of sorted) (byBoard.get(m.boardId) ?? byBoard.set(m.boardId, []).get(m.boardId)!).push(m);
  const itemsOf = new Map<string, GeneratedItem[]>();
  for (const o of generationOrder(obligations)) {
    const cycle = cycleOf(o.anchorBoardId);
    const context: OccurrenceContext = {
      workingDays: workingDaysOf?.(o.anchorBoardId) ?? workingDaysFor(),
      followed: o.comesAfterId ? (itemsOf.get(o.comesAfterId) ?? []) : [],
      doneOn,
    };
    const shared = PER_RECIPIENT.has(o.cadence.frequency)
      ? null
      : occurrences(
          o,
          cycle,
          byBoard.get(o.cadence.frequency === "after-every-meeting" ? o.cadence.afterMeetingsOfBoardId : "") ?? [],
          context,
        );
    const recipients: (EngineParty | null)[] = o.to.length > 0 ? o.to : [null];
    const produced: GeneratedItem[] = [];
    for (const recipient of recipients) {
      const receivingBoards = recipient
        ? [boardOf(recipient)].filter((b): b is string => b !== null)
        : // A joint duty is planned on the parties' own meetings: boards only. Post holders meeting
          // together (Halton 36) is not a board meeting, so no board's meeting is assumed for it.
          [...new Set(o.from.flatMap((p) => (p.type === "board" ? [p.id] : [])))];
      const occ = shared ?? occurrences(o, cycle, meetingsFor(o, recipient, byBoard), context);
      occ.forEach((occurrence, index) => {
        const flags: ItemFlag[] = [...(occurrence.flags ?? [])];
        let meetingId: string | null = occurrence.meetingId ?? null;
        let dueOn = occurrence.dueOn ?? occurrence.window.end;
        if (occurrence.plan === "to-schedule") flags.push("to-schedule");
        if (occurrence.plan === "meeting") {
          const meeting = firstMeeting(byBoard, receivingBoards, occurrence.window);
          if (meeting) {
            meetingId = meeting.id;
            dueOn = meeting.date;
          } else flags.push("no-meeting-in-window");
        }
        produced.push({
          obligationId: o.id,
          recipientKey: partyKey(recipient),
          recipient,
          anchorBoardId: o.anchorBoardId,
          cycleStart: cycle.start,
          sequence: occurrence.sequence,
          index: index + 1,
          of: occ.length,
          windowStart: occurrence.window.start,
          windowEnd: occurrence.window.end,
          dueOn,
          meetingId,
          flags,
        });
      });
    }
    itemsOf.set(o.id, produced);
    items.push(...produced);
  }
  flagBeforeDependency(items, obligations);
  return items;
}

/**
 * The meetings a meeting form of decision 019 counts from, for one recipient: those of `meetingsOf`,
 * else the receiving board's, else (no recipient) the first owing board's. A post with no board has none.
 */
function meetingsFor(
  o: EngineObligation,
  recipient: EngineParty | null,
  byBoard: ReadonlyMap<string, EngineMeeting[]>,
): EngineMeeting[] {
  const c = o.cadence;
  const named = "meetingsOfBoardId" in c ? c.meetingsOfBoardId : null;
  const board =
    named ?? (recipient ? boardOf(recipient) : (o.from.map(boardOf).find((b): b is string => b !== null) ?? null));
  return board ? (byBoard.get(board) ?? []) : [];
}

/**
 * Medway 8.2 → 8.3 → 8.4: a duty that "comes after" another is flagged when it is planned before
 * that other duty's items of the same year. Items of the other duty whose window opens only after
 * this item's window has closed belong to next year's round (8.4 in April follows the previous
 * winter's 8.3) and are not compared. A `follows` duty takes its dates from the other's, so is after
 * it by construction and never flagged.
 */
function flagBeforeDependency(items: GeneratedItem[], obligations: readonly EngineObligation[]) {
  const byObligation = new Map<string, GeneratedItem[]>();
  for (const i of items) {
    const list = byObligation.get(i.obligationId);
    if (list) list.push(i);
    else byObligation.set(i.obligationId, [i]);
  }
  const dependsOn = new Map(obligations.map((o) => [o.id, o.cadence.frequency === "follows" ? null : o.comesAfterId]));
  for (const item of items) {
    const dependency = dependsOn.get(item.obligationId);
    if (!dependency) continue;
    const before = (byObligation.get(dependency) ?? []).filter(
      (d) => d.cycleStart.slice(0, 4) === item.cycleStart.slice(0, 4) && d.windowStart <= item.windowEnd,
    );
    if (before.length === 0) continue;
    const latest = before.map((d) => d.dueOn).reduce(maxDate);
    if (item.dueOn < latest) item.flags.push("before-dependency");
  }
}
