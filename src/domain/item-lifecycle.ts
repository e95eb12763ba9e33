import type { StoredStatus } from "./calendar/status";

/**
 * An item's life (issue 4): planned → scheduled (meeting chosen) → sent (the owing board submitted
 * it) → received (presented at the recipient's meeting, minuted) → closed. A chair may waive an
 * open item or defer it to a new due date. Any step can be reversed with a reason, newest first:
 * the reversal is a new entry and the reversed one stays in the history.
 */
export const STEPS = ["send", "receive", "close"] as const;
export type Step = (typeof STEPS)[number];
export const CHAIR_STEPS = ["waive", "defer"] as const;
export type ChairStep = (typeof CHAIR_STEPS)[number];

/** Every kind of log entry an item can carry. */
export const LOG_ACTIONS = [
  "schedule",
  "send",
  "receive",
  "close",
  "waive",
  "defer",
  "reverse",
  "note",
  "record-event",
  "follow-up",
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

const OPEN: readonly StoredStatus[] = ["planned", "scheduled", "deferred"];

/**
 * The stored statuses that mean an item was done: sent, received or closed. A duty that follows
 * another counts from the date its item first reached one of them (decision 019).
 */
export const DONE_STATUSES = ["sent", "received", "closed"] as const satisfies readonly StoredStatus[];

/** From which stored statuses each step may be taken, and where it leads. */
export const TRANSITIONS: Record<Step | ChairStep, { from: readonly StoredStatus[]; to: StoredStatus }> = {
  send: { from: OPEN, to: "sent" },
  receive: { from: ["sent"], to: "received" },
  close: { from: ["received"], to: "closed" },
  waive: { from: [...OPEN, "sent"], to: "waived" },
  defer: { from: OPEN, to: "deferred" },
};

export const STEP_LABELS: Record<LogAction, string> = {
  schedule: "Scheduled",
  send: "Sent",
  receive: "Received",
  close: "Closed",
  waive: "Waived",
  defer: "Deferred",
  reverse: "Reversed",
  note: "Note",
  "record-event": "Event recorded",
  "follow-up": "Follow-up added",
};

export function stepAllowed(step: Step | ChairStep, status: string): boolean {
  return (TRANSITIONS[step].from as readonly string[]).includes(status);
}

/** The steps open to an item in a stored status, in the order a page offers them. */
export function nextSteps(status: string): (Step | ChairStep)[] {
  return ([...STEPS, ...CHAIR_STEPS] as const).filter((s) => stepAllowed(s, status));
}

/** Entries that changed the item (and so can be reversed): status moves and scheduling. */
export const REVERSIBLE: readonly LogAction[] = ["schedule", "send", "receive", "close", "waive", "defer"];

export interface EntryForReversal {
  id: string;
  action: string;
  reversed: boolean;
  /** For reversal entries: the entry they reversed. */
  reversesId: string | null;
}

/**
 * The one entry that may be reversed now: the newest reversible entry not already reversed (a
 * reversal restores the state before that entry, so only the newest change can be undone safely).
 * Entries are given oldest first.
 */
export function reversibleEntry(entries: readonly EntryForReversal[]): string | null {
  const undone = new Set(entries.filter((e) => e.action === "reverse" && e.reversesId).map((e) => e.reversesId!));
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (!(REVERSIBLE as readonly string[]).includes(e.action)) continue;
    if (undone.has(e.id) || e.reversed) continue;
    return e.id;
  }
  return null;
}

/** What a reversal restores: the state recorded on the entry before it changed anything. */
export interface ItemState {
  status: string;
  meetingId: string | null;
  dueOn: string;
  flags: string;
}
