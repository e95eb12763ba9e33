import { anchorBoardOf, cycleFor } from "@/domain/calendar/generate";
import type { EngineCadence, EngineMeeting, EngineObligation, EngineParty } from "@/domain/calendar/types";
import { DEFAULT_DAYS_AFTER_MEETING, type Cadence } from "@/lib/schemas/cadence";
import type Database from "better-sqlite3";
import type { DbTx } from "@/server/data/database";
import { directSqlite } from "@/server/data/sqlite-direct";
import { cadenceFromRow } from "@/server/features/protocols/cadence-from-row";

/**
 * Loads what the calendar engine needs for some boards and a year: the duties of every agreed
 * protocol those boards are party to (all of each protocol's duties, so "comes after" can be
 * checked across boards), the meetings of every board involved, and each board's year start.
 */
export async function loadCalendarContext(db: DbTx, scopeBoardIds: readonly string[], startYear: number) {
  const scope = new Set(scopeBoardIds);
  const partyOfScope = { parties: { some: { boardId: { in: [...scope] } } } };
  const direct = directSqlite(db);
  const protocols = direct
    ? loadProtocolsDirect(direct, [...scope])
    : await db.protocol.findMany({
        where: { status: "agreed", ...partyOfScope },
        select: { id: true, key: true, title: true, parties: { select: { boardId: true, board: { select: { slug: true } } } } },
      });
  const query = {
    where: { protocolId: { in: protocols.map((p) => p.id) }, retiredAt: null },
    include: {
      protocol: { select: { key: true } },
      clause: { select: { id: true, ref: true } },
      parties: { orderBy: [{ role: "asc" as const }, { position: "asc" as const }], include: { post: { select: { boardId: true } } } },
    },
    orderBy: [{ protocolId: "asc" as const }, { position: "asc" as const }],
  };
  type Row = Awaited<ReturnType<typeof db.obligation.findMany<typeof query>>>[number];
  const rows: Row[] = direct ? loadObligationsDirect(direct, protocols.map((p) => p.id)) as Row[] : await db.obligation.findMany(query);
  const fallbackAnchor = new Map(
    protocols.map((p) => [p.id, [...p.parties].sort((a, b) => a.board.slug.localeCompare(b.board.slug))[0]!.boardId]),
  );

  const toParty = (p: (typeof rows)[number]["parties"][number]): EngineParty =>
    p.boardId ? { type: "board", id: p.boardId } : { type: "post", id: p.postId!, boardId: p.post?.boardId ?? null };

  const obligations: (EngineObligation & { row: (typeof rows)[number] })[] = rows.map((row) => {
    const from = row.parties.filter((p) => p.role === "from").map(toParty);
    const to = row.parties.filter((p) => p.role === "to").map(toParty);
    return { id: row.id, cadence: engineCadence(row), from, to, comesAfterId: row.comesAfterId, anchorBoardId: anchorBoardOf({ from, to }, fallbackAnchor.get(row.protocolId)!), row };
  });

  const involvedBoards = new Set<string>();
  for (const p of protocols) for (const party of p.parties) involvedBoards.add(party.boardId);
  for (const o of obligations) for (const p of [...o.from, ...o.to]) if (p.type === "board") involvedBoards.add(p.id);
  const involved = [...involvedBoards];
  const range = [`${startYear}-01-01`, `${startYear + 2}-12-31`] as const;
  const marks = involved.map(() => "?").join(",");
  const boards = direct
    ? (direct.prepare(`SELECT "id", "yearStartMonth" FROM "Board" WHERE "id" IN (${marks})`).all(...involved) as { id: string; yearStartMonth: number }[])
    : await db.board.findMany({ where: { id: { in: involved } }, select: { id: true, yearStartMonth: true } });
  const startMonth = new Map(boards.map((b) => [b.id, b.yearStartMonth]));
  const meetingRows = direct
    ? (direct
        .prepare(`SELECT "id", "boardId", "date", "startTime" FROM "Meeting" WHERE "boardId" IN (${marks}) AND "date" >= ? AND "date" <= ?`)
        .all(...involved, ...range) as { id: string; boardId: string; date: string; startTime: string }[])
    : await db.meeting.findMany({
        where: { boardId: { in: involved }, date: { gte: range[0], lte: range[1] } },
        select: { id: true, boardId: true, date: true, startTime: true },
      });
  const meetings: EngineMeeting[] = meetingRows.map((m) => ({ id: m.id, boardId: m.boardId, date: m.date }));

  /** Duties that belong on a scope board's calendar: it owes them, is owed them, or keeps their year. */
  const concernsScope = (o: EngineObligation) =>
    scope.has(o.anchorBoardId) || [...o.from, ...o.to].some((p) => scope.has(p.type === "board" ? p.id : (p.boardId ?? "")));

  return {
    protocols,
    obligations,
    meetings,
    meetingRows,
    cycleOf: (boardId: string) => cycleFor(startYear, startMonth.get(boardId) ?? 4),
    concernsScope,
  };
}

/** Agreed protocols with a party among the boards, with their parties, read straight from SQLite. */
function loadProtocolsDirect(sqlite: Database.Database, boardIds: string[]) {
  if (boardIds.length === 0) return [];
  const protocols = sqlite
    .prepare(
      `SELECT p."id", p."key", p."title" FROM "Protocol" p WHERE p."status" = 'agreed'
       AND p."id" IN (SELECT "protocolId" FROM "ProtocolParty" WHERE "boardId" IN (${boardIds.map(() => "?").join(",")}))`,
    )
    .all(...boardIds) as { id: string; key: string; title: string }[];
  if (protocols.length === 0) return [];
  const parties = sqlite
    .prepare(`SELECT pp."protocolId", pp."boardId", b."slug" FROM "ProtocolParty" pp JOIN "Board" b ON b."id" = pp."boardId" WHERE pp."protocolId" IN (${protocols.map(() => "?").join(",")})`)
    .all(...protocols.map((p) => p.id)) as { protocolId: string; boardId: string; slug: string }[];
  return protocols.map((p) => ({ ...p, parties: parties.filter((x) => x.protocolId === p.id).map((x) => ({ boardId: x.boardId, board: { slug: x.slug } })) }));
}

/**
 * The same rows as the Prisma query above, read straight from SQLite: at national scale the ORM's
 * relation loading is most of the generation's time (docs/performance.md).
 */
function loadObligationsDirect(sqlite: Database.Database, protocolIds: string[]) {
  if (protocolIds.length === 0) return [];
  const marks = protocolIds.map(() => "?").join(",");
  const obligations = sqlite
    .prepare(
      `SELECT o."id", o."protocolId", o."key", o."kind", o."summary", o."modality", o."frequency", o."windowFromMonth", o."windowToMonth", o."minPerYear",
              o."triggerText", o."afterMeetingsOfId", o."daysAfter", o."anchorDate", o."comesAfterId", o."clauseId", o."position",
              c."ref" AS "clauseRef", p."key" AS "protocolKey" FROM "Obligation" o JOIN "Clause" c ON c."id" = o."clauseId" JOIN "Protocol" p ON p."id" = o."protocolId"
       WHERE o."protocolId" IN (${marks}) AND o."retiredAt" IS NULL ORDER BY o."protocolId", o."position"`,
    )
    .all(...protocolIds) as (Record<string, unknown> & { id: string; clauseId: string; clauseRef: string; protocolKey: string })[];
  const parties = sqlite
    .prepare(
      `SELECT op."obligationId", op."role", op."position", op."boardId", op."postId", po."boardId" AS "postBoardId" FROM "ObligationParty" op
       JOIN "Obligation" o ON o."id" = op."obligationId" LEFT JOIN "Post" po ON po."id" = op."postId"
       WHERE o."protocolId" IN (${marks}) AND o."retiredAt" IS NULL`,
    )
    .all(...protocolIds) as { obligationId: string; role: string; position: number; boardId: string | null; postId: string | null; postBoardId: string | null }[];
  const byObligation = new Map<string, unknown[]>();
  for (const p of parties) {
    const list = byObligation.get(p.obligationId) ?? byObligation.set(p.obligationId, []).get(p.obligationId)!;
    list.push({ obligationId: p.obligationId, role: p.role, position: p.position, boardId: p.boardId, postId: p.postId, post: p.postId ? { boardId: p.postBoardId } : null });
  }
  const order = (a: { role: string; position: number }, b: { role: string; position: number }) => a.role.localeCompare(b.role) || a.position - b.position;
  return obligations.map(({ clauseRef, protocolKey, ...o }) => ({
    ...o,
    retiredAt: null,
    clause: { id: o.clauseId, ref: clauseRef },
    protocol: { key: protocolKey },
    parties: ((byObligation.get(o.id) ?? []) as { role: string; position: number }[]).sort(order),
  }));
}

export function engineCadence(row: Parameters<typeof cadenceFromRow>[0] & { afterMeetingsOfId: string | null }): EngineCadence {
  // Validated with a stand-in key: the schema checks the shape; the engine needs the board's id.
  return toEngineCadence(cadenceFromRow(row, row.afterMeetingsOfId ? "BOARD" : null), row.afterMeetingsOfId);
}

/** A validated cadence as the engine takes it, with the followed board resolved to its id. */
export function toEngineCadence(c: Cadence, afterMeetingsOfBoardId: string | null): EngineCadence {
  switch (c.frequency) {
    case "annual":
      return { frequency: "annual", window: c.window ?? null };
    case "after-every-meeting":
      return { frequency: "after-every-meeting", afterMeetingsOfBoardId: afterMeetingsOfBoardId!, daysAfter: c.daysAfter ?? DEFAULT_DAYS_AFTER_MEETING };
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
  }
}
