import { addMonths, addYears, format, parseISO } from "date-fns";
import type { Cadence, DayOfYear, Deadline, Duration, Offset } from "./schemas/cadence";
import { formatCivilDate, monthName } from "./dates";

/**
 * A duty's cadence as the `obligations --json` contract (issue 2) gives it. The fields after
 * `anchorDate` come with the forms of decision 019: each is present only for the forms that use it.
 */
export interface CadenceJson {
  frequency: Cadence["frequency"];
  window: { fromMonth: number; toMonth: number } | null;
  minPerYear: number | null;
  trigger: string | null;
  afterMeetingsOf: string | null;
  anchorDate: string | null;
  quarter?: number | null;
  deadline?: Deadline | null;
  duration?: Duration | null;
  months?: number[] | null;
  day?: number | null;
  every?: number | null;
  unit?: "months" | "years" | null;
  anchorIsOccurrence?: boolean | null;
  precision?: "day" | "month" | null;
  meetingsOf?: string | null;
  offset?: Offset | null;
  which?: "first" | "last" | null;
  after?: DayOfYear | null;
  atNextMeeting?: boolean | null;
}

export interface DescribeOptions {
  /** Today's civil date: an interval then says when it is next due. */
  today?: string;
  /** The duty a `follows` duty comes after, as the page names it ("8.2: Annual report"). */
  comesAfter?: string | null;
}

const UNIT_WORDS: Record<Offset["unit"], [string, string]> = {
  days: ["day", "days"],
  "working-days": ["working day", "working days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
};

/** "15 working days", "7 clear working days", "1 month". */
export function describeAmount(o: { amount: number; unit: Offset["unit"]; clear?: boolean }): string {
  const [one, many] = UNIT_WORDS[o.unit];
  return `${o.amount} ${o.clear ? "clear " : ""}${o.amount === 1 ? one : many}`;
}

const ORDINAL_QUARTERS = ["first", "second", "third", "fourth"];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}

/** "March", "March and September", "March, June and September". */
function listMonths(months: number[]): string {
  const names = [...months].sort((a, b) => a - b).map(monthName);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const dayOfYear = (d: DayOfYear) => `${d.day} ${monthName(d.month)}`;

/** "each HWB meeting", or "each meeting of the receiving board" when the rule names no board. */
const meetingsPhrase = (meetingsOf: string | null | undefined) =>
  meetingsOf ? `each ${meetingsOf} meeting` : "each meeting of the receiving board";

function describeDeadline(d: Deadline): string {
  if ("month" in d) return `By ${dayOfYear(d)} each year`;
  const edge = d.from === "cycle-start" ? "the start of the year" : "the close of the year";
  if (d.offset.direction === "before") return `No later than ${describeAmount(d.offset)} before ${edge}`;
  return d.from === "cycle-start"
    ? `Within ${describeAmount(d.offset)} of ${edge}`
    : `No later than ${describeAmount(d.offset)} after ${edge}`;
}

/**
 * When an interval falls due next on or after `today`: the anchor plus whole intervals (the anchor
 * itself only when it is an occurrence), a day the month lacks falling on its last day (decision 019).
 */
export function nextIntervalDate(
  c: { every: number; unit: "months" | "years"; anchorDate: string; anchorIsOccurrence?: boolean | null },
  today: string,
): string {
  const anchor = parseISO(c.anchorDate);
  const at = (k: number) =>
    format(c.unit === "years" ? addYears(anchor, k * c.every) : addMonths(anchor, k * c.every), "yyyy-MM-dd");
  let k = c.anchorIsOccurrence ? 0 : 1;
  while (at(k) < today) k++;
  return at(k);
}

const monthOf = (date: string) => format(parseISO(date), "MMMM yyyy");

function describeInterval(c: CadenceJson, today: string | undefined): string {
  const every = c.every ?? 1;
  const unit = c.unit ?? "years";
  const span = every === 1 ? `Every ${unit === "years" ? "year" : "month"}` : `Every ${every} ${unit}`;
  if (!c.anchorDate) return span;
  const byMonth = c.precision === "month";
  const show = byMonth ? monthOf : formatCivilDate;
  const start = c.anchorIsOccurrence ? `${span}, starting ${show(c.anchorDate)}` : `${span} from ${show(c.anchorDate)}`;
  if (!today) return start;
  const next = nextIntervalDate(
    { every, unit, anchorDate: c.anchorDate, anchorIsOccurrence: c.anchorIsOccurrence },
    today,
  );
  return `${start}: next due ${show(next)}`;
}

function describeFollows(c: CadenceJson, comesAfter: string | null | undefined): string {
  const other = comesAfter ? `“${comesAfter}”` : "the duty it comes after";
  if (c.atNextMeeting) return `At the next ${c.meetingsOf ? `${c.meetingsOf} ` : ""}meeting after ${other} is done`;
  if (c.offset)
    return c.offset.direction === "after"
      ? `Within ${describeAmount(c.offset)} after ${other} is done`
      : `${describeAmount(c.offset)} before ${other} is due`;
  return `When ${other} is done`;
}

const withDuration = (sentence: string, duration: Duration | null | undefined) =>
  duration ? `${sentence}, open for at least ${describeAmount(duration)}` : sentence;

/** A cadence in words, as a board secretary (or the protocol itself) would say it. */
export function describeCadence(c: CadenceJson, options: DescribeOptions = {}): string {
  switch (c.frequency) {
    case "annual":
      if (c.deadline) {
        if (c.duration && "month" in c.deadline)
          return `Open for at least ${describeAmount(c.duration)}, concluded by ${dayOfYear(c.deadline)}`;
        return withDuration(describeDeadline(c.deadline), c.duration);
      }
      if (c.quarter) return `During the ${ORDINAL_QUARTERS[c.quarter - 1] ?? c.quarter} quarter`;
      if (!c.window) return "Once a year, any time";
      if (c.window.fromMonth === c.window.toMonth) return `Once a year, in ${monthName(c.window.fromMonth)}`;
      return `Once a year, between ${monthName(c.window.fromMonth)} and ${monthName(c.window.toMonth)}`;
    case "quarterly":
      return "Every quarter";
    case "six-monthly":
      return "At least every six months";
    case "min-per-year":
      return `At least ${c.minPerYear === 2 ? "twice" : `${c.minPerYear} times`} a year`;
    case "after-every-meeting":
      return `After every meeting of ${c.afterMeetingsOf}`;
    case "anniversary":
      return c.anchorDate ? `Every year from ${formatCivilDate(c.anchorDate)}` : "Every year";
    case "once":
      return c.anchorDate ? `Once, on ${formatCivilDate(c.anchorDate)}` : "Once";
    case "on-event":
      return `When: ${c.trigger}`;
    case "as-needed":
      return c.trigger ? `As needed: ${c.trigger}` : "As needed, at any time";
    case "standing":
      return "Standing duty";
    case "monthly":
      return c.day ? `On the ${ordinal(c.day)} of every month` : "Every month";
    case "named-months": {
      const months = listMonths(c.months ?? []);
      return withDuration(c.day ? `On the ${ordinal(c.day)} of each ${months}` : `Each ${months}`, c.duration);
    }
    case "interval":
      return withDuration(describeInterval(c, options.today), c.duration);
    case "each-meeting":
      if (!c.offset) return `At ${meetingsPhrase(c.meetingsOf)}`;
      return c.offset.direction === "after"
        ? `Within ${describeAmount(c.offset)} after ${meetingsPhrase(c.meetingsOf)}`
        : `${describeAmount(c.offset)} before ${meetingsPhrase(c.meetingsOf)}`;
    case "meeting-of-year":
      return `At the ${c.which ?? "last"} ${c.meetingsOf ? `${c.meetingsOf} ` : ""}meeting of the year`;
    case "first-meeting-after":
      return `At the first ${c.meetingsOf ? `${c.meetingsOf} ` : ""}meeting after ${c.after ? dayOfYear(c.after) : "the date"}`;
    case "follows":
      return withDuration(describeFollows(c, options.comesAfter), c.duration);
    default:
      return c.frequency;
  }
}
