import { addDays, civil, endOfMonth, maxDate, monthOf, startOfMonthPlus, yearOf, type CivilDate } from "../civil-date";
import type { WorkingDays } from "../working-days";
import type { Cycle, EngineMeeting, EngineObligation, EngineParty, GeneratedItem, ItemFlag } from "./types";

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
export function splitCycle(cycle: Cycle, parts: number): { start: CivilDate; end: CivilDate }[] {
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
}

/** The occurrences of one duty in one cycle, before recipients and meetings. */
export function occurrences(o: EngineObligation, cycle: Cycle, meetings: readonly EngineMeeting[]): Occurrence[] {
  const c = o.cadence;
  switch (c.frequency) {
    case "annual":
      // Kent 3.6, Knowsley 5.1(c), Halton 33: any time in the year. No month is invented: the
      // item spans the year, falls due at its end, and waits for the secretariat to pick a meeting.
      if (!c.window)
        return [{ sequence: 1, window: { start: cycle.start, end: cycle.end }, plan: "to-schedule", dueOn: cycle.end }];
      // Medway 8.2, 8.3, 8.4; Kent 4.2 "annually (in April)".
      return [{ sequence: 1, window: monthWindow(cycle, c.window.fromMonth, c.window.toMonth), plan: "meeting" }];
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
    default:
      // Issue 11's forms: being built (decision 019).
      return [];
  }
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

/**
 * Every item the obligations produce in their cycles. A duty owed to several recipients gives one
 * item per recipient (DESIGN.md: each is presented and minuted separately); a joint duty with no
 * recipient is one item shared by its parties. An item is planned for the first meeting of the
 * receiving board (for a joint duty, of its parties) inside its window; with none, it falls due at
 * the window's end, flagged.
 */
export function generateItems({ obligations, meetings, cycleOf }: GenerateInput): GeneratedItem[] {
  const items: GeneratedItem[] = [];
  const sorted = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const byBoard = new Map<string, EngineMeeting[]>();
  for (const m of sorted) (byBoard.get(m.boardId) ?? byBoard.set(m.boardId, []).get(m.boardId)!).push(m);
  for (const o of obligations) {
    const cycle = cycleOf(o.anchorBoardId);
    const occ = occurrences(
      o,
      cycle,
      byBoard.get(o.cadence.frequency === "after-every-meeting" ? o.cadence.afterMeetingsOfBoardId : "") ?? [],
    );
    const recipients: (EngineParty | null)[] = o.to.length > 0 ? o.to : [null];
    for (const recipient of recipients) {
      const receivingBoards = recipient
        ? [boardOf(recipient)].filter((b): b is string => b !== null)
        : // A joint duty is planned on the parties' own meetings: boards only. Post holders meeting
          // together (Halton 36) is not a board meeting, so no board's meeting is assumed for it.
          [...new Set(o.from.flatMap((p) => (p.type === "board" ? [p.id] : [])))];
      occ.forEach((occurrence, index) => {
        const flags: ItemFlag[] = [];
        let meetingId: string | null = null;
        let dueOn = occurrence.dueOn ?? occurrence.window.end;
        if (occurrence.plan === "to-schedule") flags.push("to-schedule");
        if (occurrence.plan === "meeting") {
          const meeting = firstMeeting(byBoard, receivingBoards, occurrence.window);
          if (meeting) {
            meetingId = meeting.id;
            dueOn = meeting.date;
          } else flags.push("no-meeting-in-window");
        }
        items.push({
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
  }
  flagBeforeDependency(items, obligations);
  return items;
}

/**
 * Medway 8.2 → 8.3 → 8.4: a duty that "comes after" another is flagged when it is planned before
 * that other duty's items of the same year. Items of the other duty whose window opens only after
 * this item's window has closed belong to next year's round (8.4 in April follows the previous
 * winter's 8.3) and are not compared.
 */
function flagBeforeDependency(items: GeneratedItem[], obligations: readonly EngineObligation[]) {
  const byObligation = new Map<string, GeneratedItem[]>();
  for (const i of items) byObligation.set(i.obligationId, [...(byObligation.get(i.obligationId) ?? []), i]);
  const dependsOn = new Map(obligations.map((o) => [o.id, o.comesAfterId]));
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
