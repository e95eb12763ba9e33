import type { DisplayStatus } from "./calendar/status";
import { addDays, daysBetween, type CivilDate } from "./civil-date";

/**
 * What a chair's dashboard shows of an item (issue 4, build item 5): overdue, due in the next 30
 * days, due in 31 to 60 days, to schedule, recently done (last 30 days). Each item goes in at most
 * one bucket, the most urgent: overdue, then due soon, then to schedule; items due further ahead
 * that already have a meeting, waived and retired items, and work done longer ago are in none.
 */
export const BUCKETS = ["overdue", "due-30", "due-60", "to-schedule", "done-recently"] as const;
export type Bucket = (typeof BUCKETS)[number];

export const BUCKET_LABELS: Record<Bucket, string> = {
  overdue: "Overdue",
  "due-30": "Due in the next 30 days",
  "due-60": "Due in 31 to 60 days",
  "to-schedule": "To schedule",
  "done-recently": "Done in the last 30 days",
};

/** A logged step of an item, as far as the dashboard cares: reversed entries are kept but undone. */
export interface LogFact {
  action: string;
  occurredOn: CivilDate;
  reversed: boolean;
}

/** The first real sending: the earliest non-reversed `send` entry (null if never sent). */
export function firstSendOn(entries: readonly LogFact[]): CivilDate | null {
  let first: CivilDate | null = null;
  for (const e of entries)
    if (e.action === "send" && !e.reversed && (first === null || e.occurredOn < first)) first = e.occurredOn;
  return first;
}

const DONE_ACTIONS = new Set(["send", "receive", "close"]);

/** When the item was last moved forward (sent, received or closed), ignoring reversed entries. */
export function lastDoneOn(entries: readonly LogFact[]): CivilDate | null {
  let last: CivilDate | null = null;
  for (const e of entries)
    if (DONE_ACTIONS.has(e.action) && !e.reversed && (last === null || e.occurredOn > last)) last = e.occurredOn;
  return last;
}

const OPEN: ReadonlySet<DisplayStatus> = new Set(["planned", "scheduled", "deferred"]);
/** Still to be done: planned, scheduled or deferred (not sent, received, closed, waived or retired). */
export const isOpenStatus = (status: DisplayStatus) => OPEN.has(status);
const DONE: ReadonlySet<DisplayStatus> = new Set(["sent", "received", "closed"]);

export interface BucketInput {
  status: DisplayStatus;
  dueOn: CivilDate;
  /** No meeting chosen yet (the engine flagged it "to schedule" or found no meeting in its window). */
  unscheduled: boolean;
  doneOn: CivilDate | null;
}

/** The dashboard bucket of one item on `today` (London's date), or null if it is in none. */
export function bucketOf(item: BucketInput, today: CivilDate): Bucket | null {
  if (item.status === "overdue") return "overdue";
  if (OPEN.has(item.status)) {
    // A deferred item past its due date with nothing sent is overdue too, whatever the stored status says.
    if (item.dueOn < today) return "overdue";
    const days = daysBetween(today, item.dueOn);
    if (days <= 30) return "due-30";
    if (days <= 60) return "due-60";
    return item.unscheduled ? "to-schedule" : null;
  }
  if (DONE.has(item.status) && item.doneOn !== null && item.doneOn <= today && item.doneOn >= addDays(today, -30))
    return "done-recently";
  return null;
}

export interface OnTimeInput {
  status: DisplayStatus;
  dueOn: CivilDate;
  firstSendOn: CivilDate | null;
}

export interface OnTimeRate {
  /** Items counted: sent (on time or late) or overdue. */
  counted: number;
  onTime: number;
  late: number;
  /** Past their due date and still not sent. */
  notSent: number;
  /** onTime / counted, or null when nothing has fallen due yet. */
  rate: number | null;
}

/**
 * How much of a cycle's work was done on time: an item counts once it has been sent or is overdue;
 * it was on time if its first non-reversed sending was on or before its due date. Waived and
 * retired items are left out (the item-lifecycle contract); so are items not yet due and unsent.
 */
export function onTimeRate(items: readonly OnTimeInput[]): OnTimeRate {
  let onTime = 0;
  let late = 0;
  let notSent = 0;
  for (const i of items) {
    if (i.status === "waived" || i.status === "retired") continue;
    if (i.firstSendOn !== null) {
      if (i.firstSendOn <= i.dueOn) onTime++;
      else late++;
    } else if (i.status === "overdue") notSent++;
  }
  const counted = onTime + late + notSent;
  return { counted, onTime, late, notSent, rate: counted === 0 ? null : onTime / counted };
}

/** "87%", or "No items due yet" when nothing counts. */
export function formatRate(rate: number | null): string {
  return rate === null ? "No items due yet" : `${Math.round(rate * 100)}%`;
}

/** Groups items by a label, labels in alphabetical order, items in the order given. */
export function groupBy<T>(items: readonly T[], label: (item: T) => string): { label: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = label(item);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([l, list]) => ({ label: l, items: list }));
}
