import { addDays, type CivilDate } from "./civil-date";

/**
 * A plausible past for the demo: what each item due before today would show had the boards'
 * secretariats logged it. Deterministic (a hash of the item id decides), so a demo reads the same
 * on every run over the same database: about 1 in 8 past items never sent (overdue), 1 in 8 sent
 * and awaiting receipt, the rest sent a few days before the due date (1 in 16 a few days late) and
 * received at the recipient's meeting with a minute reference.
 */
export interface HistoryItem {
  id: string;
  dueOn: CivilDate;
  meeting: { id: string; date: CivilDate } | null;
  owingBoardIds: string[];
  /** Whose meeting receives it: the recipient board, or for a joint duty the first owing board. */
  presentingBoardId: string | null;
  /** How the presenting board's minutes are cited, e.g. "HWB". */
  presentingLabel: string;
}

export interface HistoryEntry {
  action: "send" | "receive";
  fromStatus: string;
  toStatus: string;
  occurredOn: CivilDate;
  meetingId: string | null;
  minuteRef: string | null;
  /** The board whose secretariat logs the entry. */
  actorBoardId: string | null;
}

export interface ItemHistory {
  itemId: string;
  entries: HistoryEntry[];
  status: "sent" | "received";
}

/** FNV-1a, 32 bits: a stable, dependency-free hash of a string. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The history of every item due before `today`. Items left with no history stay as stored (so
 * they show as overdue); every owing board keeps at least one such item among those due in the
 * half-year before today (its latest, if the hash left none), so that each board's dashboard and
 * this year's calendar have something overdue whatever ids the items were given.
 */
export function planDemoHistory(items: readonly HistoryItem[], today: CivilDate): ItemHistory[] {
  const past = items
    .filter((i) => i.dueOn < today)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id.localeCompare(b.id)));
  const unsent = new Set(past.filter((i) => hashOf(i.id) % 8 === 0).map((i) => i.id));
  // Recent: due in the half-year before today, so the overdue item falls in this year's calendar
  // (an unsent item from last year alone would leave this year's calendar with none).
  const recentFrom = addDays(today, -183);
  for (const board of new Set(past.flatMap((i) => i.owingBoardIds))) {
    const owed = past.filter((i) => i.owingBoardIds.includes(board));
    const recent = owed.filter((i) => i.dueOn >= recentFrom);
    const pool = recent.length > 0 ? recent : owed;
    if (!pool.some((i) => unsent.has(i.id))) unsent.add(pool[pool.length - 1]!.id);
  }
  return past
    .filter((i) => !unsent.has(i.id))
    .map((i) => {
      const h = hashOf(i.id);
      const late = h % 16 === 2;
      const sentOn = late
        ? minDay(addDays(i.dueOn, 1 + ((h >>> 4) % 5)), addDays(today, -1))
        : addDays(i.dueOn, -(2 + ((h >>> 4) % 5)));
      const actor = i.owingBoardIds[0] ?? i.presentingBoardId;
      const send: HistoryEntry = {
        action: "send",
        fromStatus: "planned",
        toStatus: "sent",
        occurredOn: sentOn,
        meetingId: null,
        minuteRef: null,
        actorBoardId: actor,
      };
      if (h % 8 === 1) return { itemId: i.id, entries: [send], status: "sent" as const };
      const atMeeting = i.meeting && i.meeting.date >= sentOn && i.meeting.date < today ? i.meeting : null;
      const receivedOn = atMeeting ? atMeeting.date : sentOn > i.dueOn ? sentOn : i.dueOn;
      const receive: HistoryEntry = {
        action: "receive",
        fromStatus: "sent",
        toStatus: "received",
        occurredOn: receivedOn,
        meetingId: atMeeting?.id ?? null,
        minuteRef: `${i.presentingLabel} minutes ${receivedOn}, item ${1 + ((h >>> 8) % 12)}`,
        actorBoardId: i.presentingBoardId ?? actor,
      };
      return { itemId: i.id, entries: [send, receive], status: "received" as const };
    });
}

const minDay = (a: CivilDate, b: CivilDate) => (a <= b ? a : b);
