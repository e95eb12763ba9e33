import { anchorBoardOf, cycleFor } from "@/domain/calendar/generate";
import {
  itemKey,
  type EngineCadence,
  type EngineMeeting,
  type EngineObligation,
  type EngineParty,
} from "@/domain/calendar/types";
import { nationOrDefault, workingDaysFor } from "@/domain/working-days";
import { DEFAULT_DAYS_AFTER_MEETING, type Cadence } from "@/lib/schemas/cadence";
import { calendarStore, type DbTx } from "@/server/data/database";
import type { ObligationPartyRow, ObligationRow } from "@/server/data/calendar-store/calendar-store";
import { cadenceFromRow } from "@/server/features/protocols/cadence-from-row";

/**
 * Loads what the calendar engine needs for some boards and a year: the duties of every agreed
 * protocol those boards are party to (all of each protocol's duties, so "comes after" can be
 * checked across boards), the meetings of every board involved, each board's year start and nation
 * (its working days), and when the items of duties that others follow were logged as done.
 * Read in bulk through the client's calendar store (data/calendar-store).
 */
export async function loadCalendarContext(db: DbTx, scopeBoardIds: readonly string[], startYear: number) {
  const store = calendarStore(db);
  const scope = new Set(scopeBoardIds);
  const protocols = await store.loadProtocols([...scope]);
  const rows = await store.loadObligations(protocols.map((p) => p.id));
  const fallbackAnchor = new Map(protocols.map((p) => [p.id, protocolFallbackAnchor(p.parties)!]));

  const obligations: (EngineObligation & { row: ObligationRow })[] = rows.map((row) => {
    const { from, to } = engineParties(row.parties);
    return {
      id: row.id,
      cadence: engineCadence(row),
      from,
      to,
      comesAfterId: row.comesAfterId,
      anchorBoardId: anchorBoardOf({ from, to }, fallbackAnchor.get(row.protocolId)!),
      row,
    };
  });

  const involvedBoards = new Set<string>();
  for (const p of protocols) for (const party of p.parties) involvedBoards.add(party.boardId);
  for (const o of obligations) for (const p of [...o.from, ...o.to]) if (p.type === "board") involvedBoards.add(p.id);
  const { boards, meetings: meetingRows } = await store.loadBoards(
    [...involvedBoards],
    `${startYear}-01-01`,
    `${startYear + 2}-12-31`,
  );
  const startMonth = new Map(boards.map((b) => [b.id, b.yearStartMonth]));
  const nationOf = new Map(boards.map((b) => [b.id, nationOrDefault(b.nation)]));
  const meetings: EngineMeeting[] = meetingRows.map((m) => ({ id: m.id, boardId: m.boardId, date: m.date }));

  // A duty that another follows: when its items of this year were logged as done (decision 019).
  const followed = [
    ...new Set(
      obligations.flatMap((o) => (o.cadence.frequency === "follows" && o.comesAfterId ? [o.comesAfterId] : [])),
    ),
  ];
  const doneRows = await store.loadDoneDates(followed, `${startYear}-01-01`, `${startYear}-12-31`);
  const doneOn = new Map(doneRows.map((d) => [itemKey(d), d.doneOn]));

  /** Duties that belong on a scope board's calendar: it owes them, is owed them, or keeps their year. */
  const concernsScope = (o: EngineObligation) =>
    scope.has(o.anchorBoardId) ||
    [...o.from, ...o.to].some((p) => scope.has(p.type === "board" ? p.id : (p.boardId ?? "")));

  // One cycle object per start month (the engine asks for a duty's cycle once per duty and item).
  const cycles = Array.from({ length: 13 }, (_, month) => (month === 0 ? null : cycleFor(startYear, month)));
  return {
    protocols,
    obligations,
    meetings,
    meetingRows,
    cycleOf: (boardId: string) => cycles[startMonth.get(boardId) ?? 4]!,
    workingDaysOf: (boardId: string) => workingDaysFor(nationOf.get(boardId)),
    doneOn,
    concernsScope,
  };
}

type PartyRow = Pick<ObligationPartyRow, "role" | "boardId" | "postId" | "post">;

/** A duty's stored parties as the engine's owing and receiving parties. */
export function engineParties(parties: readonly PartyRow[]): { from: EngineParty[]; to: EngineParty[] } {
  const toParty = (p: PartyRow): EngineParty =>
    p.boardId ? { type: "board", id: p.boardId } : { type: "post", id: p.postId!, boardId: p.post?.boardId ?? null };
  return {
    from: parties.filter((p) => p.role === "from").map(toParty),
    to: parties.filter((p) => p.role === "to").map(toParty),
  };
}

/** The board a duty's year falls back to when no party is a board: the protocol's first party by slug. */
export function protocolFallbackAnchor(parties: readonly { boardId: string; board: { slug: string } }[]) {
  return [...parties].sort((a, b) => a.board.slug.localeCompare(b.board.slug))[0]?.boardId;
}

export function engineCadence(
  row: Parameters<typeof cadenceFromRow>[0] & { afterMeetingsOfId: string | null },
): EngineCadence {
  // Validated with a stand-in key: the schema checks the shape; the engine needs the board's id.
  return toEngineCadence(cadenceFromRow(row, row.afterMeetingsOfId ? "BOARD" : null), row.afterMeetingsOfId);
}

/** A validated cadence as the engine takes it, with the followed board resolved to its id. */
export function toEngineCadence(c: Cadence, afterMeetingsOfBoardId: string | null): EngineCadence {
  switch (c.frequency) {
    case "annual":
      return {
        frequency: "annual",
        window: c.window ?? null,
        quarter: c.quarter ?? null,
        deadline: c.deadline ?? null,
        duration: c.duration ?? null,
      };
    case "after-every-meeting":
      return {
        frequency: "after-every-meeting",
        afterMeetingsOfBoardId: afterMeetingsOfBoardId!,
        daysAfter: c.daysAfter ?? DEFAULT_DAYS_AFTER_MEETING,
      };
    case "as-needed":
      return { frequency: "as-needed", trigger: c.trigger ?? null };
    case "min-per-year":
      return { frequency: "min-per-year", minPerYear: c.minPerYear };
    case "anniversary":
    case "once":
      return { frequency: c.frequency, anchorDate: c.anchorDate };
    case "on-event":
      return { frequency: "on-event", trigger: c.trigger };
    case "quarterly":
    case "six-monthly":
    case "standing":
      return { frequency: c.frequency };
    case "monthly":
      return { frequency: "monthly", day: c.day ?? null };
    case "named-months":
      return { frequency: "named-months", months: c.months, day: c.day ?? null, duration: c.duration ?? null };
    case "interval":
      return {
        frequency: "interval",
        every: c.every,
        unit: c.unit,
        anchorDate: c.anchorDate,
        anchorIsOccurrence: c.anchorIsOccurrence ?? false,
        precision: c.precision ?? "day",
        duration: c.duration ?? null,
      };
    case "each-meeting":
      return { frequency: "each-meeting", meetingsOfBoardId: afterMeetingsOfBoardId, offset: c.offset ?? null };
    case "meeting-of-year":
      return { frequency: "meeting-of-year", which: c.which, meetingsOfBoardId: afterMeetingsOfBoardId };
    case "first-meeting-after":
      return { frequency: "first-meeting-after", after: c.after, meetingsOfBoardId: afterMeetingsOfBoardId };
    case "follows":
      return {
        frequency: "follows",
        offset: c.offset ?? null,
        atNextMeeting: c.atNextMeeting ?? false,
        meetingsOfBoardId: afterMeetingsOfBoardId,
        duration: c.duration ?? null,
      };
  }
}
