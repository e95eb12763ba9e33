import type pg from "pg";
import type { ItemFlag } from "@/domain/calendar/types";
import type { Db } from "../database";
import type { CalendarStore, ObligationPartyRow, ObligationRow, RuleItemRow } from "./calendar-store";
import { prismaCalendarStore } from "./prisma-calendar-store";
import { writeGenerationPg, writeItemHistoryPg } from "./postgres-calendar-writes";

/**
 * The calendar store for PostgreSQL: `pg` on the Prisma client's own pool (one connection
 * configuration, made in createDatabase), below Prisma, whose JavaScript query engine spends most
 * of a national generation converting values and loading relations (docs/performance.md). The two
 * large reads (15,000 duties with their parties; the stored items) and both bulk writes
 * (`unnest`, postgres-calendar-writes.ts) run as SQL here; the small reads (protocols, boards and
 * meetings, done dates) stay on the Prisma store's queries. Held to the Prisma store's results by
 * tests/integration/calendar-store.contract.test.ts (decision 011).
 */
export function postgresCalendarStore(db: Db, pool: pg.Pool): CalendarStore {
  const prisma = prismaCalendarStore(db);
  const rows = async <R extends unknown[]>(text: string, values: unknown[]) =>
    (await pool.query<R>({ text, values, rowMode: "array" })).rows;
  return {
    kind: "postgresql",
    loadProtocols: (boardIds) => prisma.loadProtocols(boardIds),
    loadBoards: (boardIds, from, to) => prisma.loadBoards(boardIds, from, to),
    loadDoneDates: (obligationIds, from, to) => prisma.loadDoneDates(obligationIds, from, to),

    async loadObligations(protocolIds) {
      if (protocolIds.length === 0) return [];
      const [partyRows, obligationRows] = await Promise.all([
        rows<PartyColumns>(
          `SELECT op."obligationId", op."role", op."position", op."boardId", op."postId", po."boardId"
           FROM "ObligationParty" op JOIN "Obligation" o ON o."id" = op."obligationId" LEFT JOIN "Post" po ON po."id" = op."postId"
           WHERE o."protocolId" = ANY($1::text[]) AND o."retiredAt" IS NULL ORDER BY op."role", op."position"`,
          [protocolIds],
        ),
        rows<ObligationColumns>(
          `SELECT o."id", o."protocolId", o."key", o."kind", o."summary", o."modality", o."frequency", o."windowFromMonth", o."windowToMonth",
                  o."minPerYear", o."triggerText", o."afterMeetingsOfId", o."daysAfter", o."anchorDate", o."cadenceDetail", o."comesAfterId",
                  o."clauseId", o."position", c."ref", p."key"
           FROM "Obligation" o JOIN "Clause" c ON c."id" = o."clauseId" JOIN "Protocol" p ON p."id" = o."protocolId"
           WHERE o."protocolId" = ANY($1::text[]) AND o."retiredAt" IS NULL ORDER BY o."protocolId", o."position"`,
          [protocolIds],
        ),
      ]);
      const parties = new Map<string, ObligationPartyRow[]>();
      for (const [obligationId, role, position, boardId, postId, postBoardId] of partyRows) {
        const party: ObligationPartyRow = { obligationId, role, position, boardId, postId, post: postId ? { boardId: postBoardId } : null };
        const list = parties.get(obligationId);
        if (list) list.push(party);
        else parties.set(obligationId, [party]);
      }
      return obligationRows.map((row): ObligationRow => {
        const [id, protocolId, key, kind, summary, modality, frequency, windowFromMonth, windowToMonth, minPerYear, triggerText,
          afterMeetingsOfId, daysAfter, anchorDate, cadenceDetail, comesAfterId, clauseId, position, clauseRef, protocolKey] = row;
        return {
          id, protocolId, key, kind, summary, modality, frequency, windowFromMonth, windowToMonth, minPerYear, triggerText, afterMeetingsOfId,
          daysAfter, anchorDate, cadenceDetail, comesAfterId, clauseId, position, retiredAt: null,
          clause: { id: clauseId, ref: clauseRef },
          protocol: { key: protocolKey },
          parties: parties.get(id) ?? [],
        };
      });
    },

    async loadRuleItems(boardIds, cycleStartsFrom, cycleStartsTo) {
      if (boardIds.length === 0) return [];
      // The protocols as an array, not a semi-join: right after a bulk write the planner's row counts
      // are stale (no ANALYZE yet), and the semi-join it then picks took five times as long at national scale.
      const found = await rows<RuleItemColumns>(
        `SELECT i."id", i."obligationId", i."recipientKey", c."boardId", c."startsOn", i."sequence", i."sequenceIndex", i."sequenceOf",
                i."windowStart", i."windowEnd", i."dueOn", i."meetingId", i."flags", i."retiredAt" IS NOT NULL,
                i."status" <> 'planned' OR EXISTS (SELECT 1 FROM "ItemLogEntry" l WHERE l."itemId" = i."id")
         FROM "CalendarItem" i JOIN "ReportingCycle" c ON c."id" = i."cycleId" JOIN "Obligation" o ON o."id" = i."obligationId"
         WHERE i."origin" = 'rule' AND c."startsOn" >= $1 AND c."startsOn" <= $2
           AND o."protocolId" = ANY(ARRAY(SELECT DISTINCT pp."protocolId" FROM "ProtocolParty" pp WHERE pp."boardId" = ANY($3::text[])))`,
        [cycleStartsFrom, cycleStartsTo, boardIds],
      );
      return found.map((row): RuleItemRow => {
        const [id, obligationId, recipientKey, anchorBoardId, cycleStart, sequence, index, of, windowStart, windowEnd, dueOn, meetingId, flags, retired, logged] = row;
        return {
          id, obligationId, recipientKey, anchorBoardId, cycleStart, sequence, index, of, windowStart, windowEnd, dueOn, meetingId,
          flags: flags ? (flags.split(",") as ItemFlag[]) : [],
          retired,
          logged,
        };
      });
    },

    writeGeneration: (write) => writeGenerationPg(pool, write),
    writeItemHistory: (write) => writeItemHistoryPg(pool, write),
  };
}

type PartyColumns = [obligationId: string, role: string, position: number, boardId: string | null, postId: string | null, postBoardId: string | null];
type ObligationColumns = [
  ...[id: string, protocolId: string, key: string, kind: string, summary: string, modality: string, frequency: string],
  ...[windowFromMonth: number | null, windowToMonth: number | null, minPerYear: number | null, triggerText: string | null],
  ...[afterMeetingsOfId: string | null, daysAfter: number | null, anchorDate: string | null, cadenceDetail: string | null],
  ...[comesAfterId: string | null],
  ...[clauseId: string, position: number, clauseRef: string, protocolKey: string],
];
type RuleItemColumns = [
  ...[id: string, obligationId: string, recipientKey: string, anchorBoardId: string, cycleStart: string],
  ...[sequence: number, index: number, of: number, windowStart: string, windowEnd: string, dueOn: string],
  ...[meetingId: string | null, flags: string, retired: boolean, logged: boolean],
];
