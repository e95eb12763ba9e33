import type { DayOfYear, Deadline, Duration, Offset } from "@/lib/schemas/cadence";
import type { CivilDate } from "../civil-date";

/** A party to a duty as the engine sees it: a board, or a post (with the board it belongs to, if any). */
export type EngineParty = { type: "board"; id: string } | { type: "post"; id: string; boardId: string | null };

/** A cadence with its board reference resolved to an id (src/lib/schemas/cadence.ts is the source). */
export type EngineCadence =
  | {
      frequency: "annual";
      window: { fromMonth: number; toMonth: number } | null;
      quarter?: number | null;
      deadline?: Deadline | null;
      duration?: Duration | null;
    }
  | { frequency: "quarterly" }
  | { frequency: "six-monthly" }
  | { frequency: "min-per-year"; minPerYear: number }
  | { frequency: "after-every-meeting"; afterMeetingsOfBoardId: string; daysAfter: number }
  | { frequency: "anniversary"; anchorDate: CivilDate }
  | { frequency: "once"; anchorDate: CivilDate }
  | { frequency: "on-event"; trigger: string }
  | { frequency: "as-needed"; trigger: string | null }
  | { frequency: "standing" }
  // Issue 11 (decision 019). `meetingsOfBoardId` null: the receiving board's meetings (with no
  // recipient, the first owing board's).
  | { frequency: "monthly"; day: number | null }
  | { frequency: "named-months"; months: number[]; day: number | null; duration: Duration | null }
  | {
      frequency: "interval";
      every: number;
      unit: "months" | "years";
      anchorDate: CivilDate;
      anchorIsOccurrence: boolean;
      precision: "day" | "month";
      duration: Duration | null;
    }
  | { frequency: "each-meeting"; meetingsOfBoardId: string | null; offset: Offset | null }
  | { frequency: "meeting-of-year"; which: "first" | "last"; meetingsOfBoardId: string | null }
  | { frequency: "first-meeting-after"; after: DayOfYear; meetingsOfBoardId: string | null }
  | {
      /** Takes its dates from the items of the duty it comes after (EngineObligation.comesAfterId). */
      frequency: "follows";
      offset: Offset | null;
      atNextMeeting: boolean;
      meetingsOfBoardId: string | null;
      duration: Duration | null;
    };

export interface EngineObligation {
  id: string;
  cadence: EngineCadence;
  from: EngineParty[];
  to: EngineParty[];
  comesAfterId: string | null;
  /** The board whose reporting year the duty's items belong to (see anchorBoardOf). */
  anchorBoardId: string;
}

export interface EngineMeeting {
  id: string;
  boardId: string;
  date: CivilDate;
}

export interface Cycle {
  startYear: number;
  startMonth: number;
  start: CivilDate;
  end: CivilDate;
}

/**
 * What generation flags on an item, plus "meeting-cancelled", which is never stored: it is read off
 * the item's meeting when the item is shown (its meeting was cancelled after it was planned there).
 */
export type ItemFlag =
  | "to-schedule"
  | "no-meeting-in-window"
  | "before-dependency"
  | "meeting-cancelled"
  /** A following duty's date counted from the other item's planned date, until that item is logged. */
  | "provisional";

export interface GeneratedItem {
  obligationId: string;
  /** "board:<id>", "post:<id>" or "none": one item per recipient. */
  recipientKey: string;
  recipient: EngineParty | null;
  anchorBoardId: string;
  cycleStart: CivilDate;
  /** Stable within the cycle: an ordinal, or for after-every-meeting the followed meeting's date as YYYYMMDD. */
  sequence: number;
  /** 1-based position and count, for "2 of 4" and "1 of at least 2". */
  index: number;
  of: number;
  windowStart: CivilDate;
  windowEnd: CivilDate;
  dueOn: CivilDate;
  meetingId: string | null;
  flags: ItemFlag[];
}

/** The natural key: obligation, recipient, cycle, sequence. */
export function itemKey(i: {
  obligationId: string;
  recipientKey: string;
  anchorBoardId: string;
  cycleStart: CivilDate;
  sequence: number;
}): string {
  return `${i.obligationId}|${i.recipientKey}|${i.anchorBoardId}@${i.cycleStart}|${i.sequence}`;
}
