import type { ExistingItem } from "@/domain/calendar/diff";
import type { Actor, AuditInput } from "@/server/core/audit";

/**
 * The calendar's bulk reads and writes, behind one interface with three implementations: Prisma
 * (portable), better-sqlite3 straight on the file (SQLite's fast path) and `pg` on the Prisma
 * client's pool with `unnest` (PostgreSQL's fast path). Which
 * one a client gets is decided once, where the client is created (`createDatabase`), and read back
 * with `calendarStore(db)` (docs/decisions/011-calendar-data-seam.md). Every method is bulk-shaped:
 * a fixed number of statements per call, however many boards, duties or items it covers.
 */
export interface CalendarStore {
  /** Which implementation this is, for the benchmark and the contract test. */
  readonly kind: "prisma" | "sqlite" | "postgresql";
  /** Agreed protocols that any of the boards is party to, each with all its parties. */
  loadProtocols(boardIds: readonly string[]): Promise<ProtocolRow[]>;
  /** The duties in force of the protocols, ordered by protocol id then position, parties by role then position. */
  loadObligations(protocolIds: readonly string[]): Promise<ObligationRow[]>;
  /**
   * Each board's year start and nation, and its meetings dated between two civil dates (inclusive), leaving out
   * cancelled ones: generation never plans onto a cancelled meeting.
   */
  loadBoards(boardIds: readonly string[], from: string, to: string): Promise<{ boards: BoardYearRow[]; meetings: MeetingRow[] }>;
  /**
   * Items made by generation (`origin = "rule"`), retired ones too, in cycles starting between two
   * civil dates (inclusive), of every duty of a protocol any of the boards is party to.
   */
  loadRuleItems(boardIds: readonly string[], cycleStartsFrom: string, cycleStartsTo: string): Promise<RuleItemRow[]>;
  /**
   * When each rule item of the duties, in cycles starting between two civil dates (inclusive), was
   * logged as done: the earliest `occurredOn` of its log entries moving it to sent, received or
   * closed that no reversal undid. Items never logged as done are left out (decision 019: a duty that
   * follows another counts from this date).
   */
  loadDoneDates(obligationIds: readonly string[], cycleStartsFrom: string, cycleStartsTo: string): Promise<DoneDateRow[]>;
  /**
   * Writes one generation in one transaction: the cycles the new items need (found or created),
   * the new items, updates of unlogged items (un-retiring them), retirements of items not already
   * retired, and one audit entry. Every timestamp written is `now`. Returns the rows of items written.
   */
  writeGeneration(write: GenerationWrite): Promise<number>;
  /**
   * Writes the demo's past in one transaction: the log entries, each item's move from "planned" to
   * its final status (the version goes up by the number of steps; items no longer planned are left
   * alone), and one audit entry. Every timestamp written is `now`.
   */
  writeItemHistory(write: ItemHistoryWrite): Promise<void>;
}

export interface ProtocolRow {
  id: string;
  key: string;
  title: string;
  parties: { boardId: string; board: { slug: string } }[];
}

export interface ObligationPartyRow {
  obligationId: string;
  role: string;
  position: number;
  boardId: string | null;
  postId: string | null;
  post: { boardId: string | null } | null;
}

/** A duty in force, with what the engine and the calendar views read from it. */
export interface ObligationRow {
  id: string;
  protocolId: string;
  key: string;
  kind: string;
  summary: string;
  modality: string;
  frequency: string;
  windowFromMonth: number | null;
  windowToMonth: number | null;
  minPerYear: number | null;
  triggerText: string | null;
  afterMeetingsOfId: string | null;
  daysAfter: number | null;
  anchorDate: string | null;
  cadenceDetail: string | null;
  comesAfterId: string | null;
  clauseId: string;
  position: number;
  retiredAt: null;
  clause: { id: string; ref: string };
  protocol: { key: string };
  parties: ObligationPartyRow[];
}

export interface BoardYearRow {
  id: string;
  yearStartMonth: number;
  /**
   * The nation whose bank holidays the board's working days skip: its area's (the first by slug
   * when it is in several); england-and-wales for a board in no area.
   */
  nation: string;
}

/** An item's natural key and the date it was logged as done. */
export interface DoneDateRow {
  obligationId: string;
  recipientKey: string;
  anchorBoardId: string;
  cycleStart: string;
  sequence: number;
  doneOn: string;
}


export interface MeetingRow {
  id: string;
  boardId: string;
  date: string;
  startTime: string;
}

/**
 * A stored rule item as regeneration compares it: its natural key, plan and flags, whether it is
 * retired, and whether anything was logged against it (a log entry, or a status moved on from
 * planned), which both stores work out the same way.
 */
export type RuleItemRow = ExistingItem;

/** A reporting cycle a new item goes in: found by (board, start) or created with these columns. */
export interface CycleRow {
  boardId: string;
  startsOn: string;
  endsOn: string;
  label: string;
}

/** A new item's columns; `cycle` names its cycle by (board, start), which `cycles` lists. */
export interface NewItemRow {
  obligationId: string;
  recipientKey: string;
  recipientBoardId: string | null;
  recipientPostId: string | null;
  cycle: { boardId: string; startsOn: string };
  sequence: number;
  sequenceIndex: number;
  sequenceOf: number;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  meetingId: string | null;
  flags: string;
}

/** The new plan of an unlogged item. */
export interface ItemUpdateRow {
  id: string;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  meetingId: string | null;
  flags: string;
  sequenceIndex: number;
  sequenceOf: number;
}

export interface GenerationWrite {
  now: Date;
  cycles: CycleRow[];
  create: NewItemRow[];
  update: ItemUpdateRow[];
  retire: string[];
  audit: { actor: Actor; entry: AuditInput };
}

export interface LogEntryRow {
  id: string;
  itemId: string;
  actorId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  occurredOn: string;
  meetingId: string | null;
  minuteRef: string | null;
  previous: string;
}

export interface ItemHistoryWrite {
  now: Date;
  entries: LogEntryRow[];
  /** Each item's final status and the number of steps (log entries) that took it there. */
  moves: { itemId: string; status: string; steps: number }[];
  audit: { actor: Actor; entry: AuditInput };
}

/** The key of a cycle in `GenerationWrite`: board and start. */
export const cycleKey = (c: { boardId: string; startsOn: string }) => `${c.boardId}@${c.startsOn}`;
