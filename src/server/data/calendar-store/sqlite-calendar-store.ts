/* eslint-disable @typescript-eslint/require-await -- better-sqlite3 is synchronous; the interface is async for Prisma. */
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import type { ItemFlag } from "@/domain/calendar/types";
import { DONE_STATUSES } from "@/domain/item-lifecycle";
import { auditColumns, type Actor, type AuditInput } from "@/server/core/audit";
import { openDirectSqlite, sqliteDateTime } from "../sqlite-direct";
import { cycleKey, type CalendarStore, type DoneDateRow, type ObligationPartyRow, type ObligationRow, type ProtocolRow, type RuleItemRow } from "./calendar-store";

/**
 * The calendar store for SQLite: better-sqlite3 straight on the database file, below Prisma, whose
 * JavaScript query engine spends most of a national generation on relation loading and value
 * conversion (docs/decisions/009-direct-sqlite-for-bulk-generation.md, docs/performance.md).
 * Each method runs the same reads and writes as prisma-calendar-store.ts, which the contract test
 * (tests/integration/calendar-store.contract.test.ts) holds it to. With prisma-calendar-store.ts,
 * the only place in src/ with SQL.
 */
export function sqliteCalendarStore(file: string): CalendarStore {
  const sqlite = () => openDirectSqlite(file);
  const marks = (values: readonly unknown[]) => values.map(() => "?").join(",");
  return {
    kind: "sqlite",

    async loadProtocols(boardIds) {
      if (boardIds.length === 0) return [];
      const protocols = sqlite()
        .prepare(
          `SELECT p."id", p."key", p."title" FROM "Protocol" p WHERE p."status" = 'agreed'
           AND p."id" IN (SELECT "protocolId" FROM "ProtocolParty" WHERE "boardId" IN (${marks(boardIds)}))`,
        )
        .all(...boardIds) as Omit<ProtocolRow, "parties">[];
      if (protocols.length === 0) return [];
      const parties = sqlite()
        .prepare(
          `SELECT pp."protocolId", pp."boardId", b."slug" FROM "ProtocolParty" pp JOIN "Board" b ON b."id" = pp."boardId"
           WHERE pp."protocolId" IN (${marks(protocols)})`,
        )
        .all(...protocols.map((p) => p.id)) as { protocolId: string; boardId: string; slug: string }[];
      const byProtocol = groupBy(parties, (x) => x.protocolId);
      return protocols.map((p) => ({ ...p, parties: (byProtocol.get(p.id) ?? []).map((x) => ({ boardId: x.boardId, board: { slug: x.slug } })) }));
    },

    async loadObligations(protocolIds) {
      if (protocolIds.length === 0) return [];
      // Rows as arrays, one at a time, built into objects here: at national scale (15,000 duties,
      // 30,000 parties) better-sqlite3's keyed row objects and spreading them cost more than the queries.
      const parties = new Map<string, ObligationPartyRow[]>();
      const partyRows = sqlite()
        .prepare(
          `SELECT op."obligationId", op."role", op."position", op."boardId", op."postId", po."boardId"
           FROM "ObligationParty" op JOIN "Obligation" o ON o."id" = op."obligationId" LEFT JOIN "Post" po ON po."id" = op."postId"
           WHERE o."protocolId" IN (${marks(protocolIds)}) AND o."retiredAt" IS NULL ORDER BY op."role", op."position"`,
        )
        .raw()
        .iterate(...protocolIds) as IterableIterator<[string, string, number, string | null, string | null, string | null]>;
      for (const [obligationId, role, position, boardId, postId, postBoardId] of partyRows) {
        const party: ObligationPartyRow = { obligationId, role, position, boardId, postId, post: postId ? { boardId: postBoardId } : null };
        const list = parties.get(obligationId);
        if (list) list.push(party);
        else parties.set(obligationId, [party]);
      }
      const rows = sqlite()
        .prepare(
          `SELECT o."id", o."protocolId", o."key", o."kind", o."summary", o."modality", o."frequency", o."windowFromMonth", o."windowToMonth",
                  o."minPerYear", o."triggerText", o."afterMeetingsOfId", o."daysAfter", o."anchorDate", o."cadenceDetail", o."comesAfterId", o."clauseId", o."position",
                  c."ref", p."key"
           FROM "Obligation" o JOIN "Clause" c ON c."id" = o."clauseId" JOIN "Protocol" p ON p."id" = o."protocolId"
           WHERE o."protocolId" IN (${marks(protocolIds)}) AND o."retiredAt" IS NULL ORDER BY o."protocolId", o."position"`,
        )
        .raw()
        .iterate(...protocolIds) as IterableIterator<ObligationColumns>;
      const obligations: ObligationRow[] = [];
      for (const row of rows) {
        const [id, protocolId, key, kind, summary, modality, frequency, windowFromMonth, windowToMonth, minPerYear, triggerText, afterMeetingsOfId,
          daysAfter, anchorDate, cadenceDetail, comesAfterId, clauseId, position, clauseRef, protocolKey] = row;
        obligations.push({
          id, protocolId, key, kind, summary, modality, frequency, windowFromMonth, windowToMonth, minPerYear, triggerText, afterMeetingsOfId,
          daysAfter, anchorDate, cadenceDetail, comesAfterId, clauseId, position, retiredAt: null,
          clause: { id: clauseId, ref: clauseRef },
          protocol: { key: protocolKey },
          parties: parties.get(id) ?? [],
        });
      }
      return obligations;
    },

    async loadBoards(boardIds, from, to) {
      if (boardIds.length === 0) return { boards: [], meetings: [] };
      const boards = sqlite()
        .prepare(
          `SELECT b."id", b."yearStartMonth",
                  COALESCE((SELECT a."nation" FROM "BoardArea" ba JOIN "Area" a ON a."id" = ba."areaId" WHERE ba."boardId" = b."id" ORDER BY a."slug" LIMIT 1), 'england-and-wales') AS "nation"
           FROM "Board" b WHERE b."id" IN (${marks(boardIds)})`,
        )
        .all(...boardIds) as { id: string; yearStartMonth: number; nation: string }[];
      const meetings = sqlite()
        .prepare(`SELECT "id", "boardId", "date", "startTime" FROM "Meeting" WHERE "boardId" IN (${marks(boardIds)}) AND "date" >= ? AND "date" <= ? AND "cancelledAt" IS NULL`)
        .all(...boardIds, from, to) as { id: string; boardId: string; date: string; startTime: string }[];
      return { boards, meetings };
    },

    async loadRuleItems(boardIds, cycleStartsFrom, cycleStartsTo) {
      if (boardIds.length === 0) return [];
      const statement = sqlite()
        .prepare(
          `SELECT i."id", i."obligationId", i."recipientKey", c."boardId", c."startsOn", i."sequence", i."sequenceIndex", i."sequenceOf",
                  i."windowStart", i."windowEnd", i."dueOn", i."meetingId", i."flags", i."retiredAt" IS NOT NULL,
                  i."status" <> 'planned' OR EXISTS (SELECT 1 FROM "ItemLogEntry" l WHERE l."itemId" = i."id")
           FROM "CalendarItem" i JOIN "ReportingCycle" c ON c."id" = i."cycleId" JOIN "Obligation" o ON o."id" = i."obligationId"
           WHERE i."origin" = 'rule' AND c."startsOn" >= ? AND c."startsOn" <= ?
             AND o."protocolId" IN (SELECT pp."protocolId" FROM "ProtocolParty" pp WHERE pp."boardId" IN (${marks(boardIds)}))`,
        )
        .raw();
      // Row by row, so each row's array is garbage as soon as its item is built.
      const items: RuleItemRow[] = [];
      for (const row of statement.iterate(cycleStartsFrom, cycleStartsTo, ...boardIds) as IterableIterator<RuleItemColumns>) {
        const [id, obligationId, recipientKey, anchorBoardId, cycleStart, sequence, index, of, windowStart, windowEnd, dueOn, meetingId, flags, retired, logged] = row;
        items.push({
          id, obligationId, recipientKey, anchorBoardId, cycleStart, sequence, index, of, windowStart, windowEnd, dueOn, meetingId,
          flags: flags ? (flags.split(",") as ItemFlag[]) : [],
          retired: retired === 1,
          logged: logged === 1,
        });
      }
      return items;
    },

    async loadDoneDates(obligationIds, cycleStartsFrom, cycleStartsTo) {
      if (obligationIds.length === 0) return [];
      return sqlite()
        .prepare(
          `SELECT i."obligationId", i."recipientKey", c."boardId" AS "anchorBoardId", c."startsOn" AS "cycleStart", i."sequence", MIN(l."occurredOn") AS "doneOn"
           FROM "CalendarItem" i JOIN "ReportingCycle" c ON c."id" = i."cycleId" JOIN "ItemLogEntry" l ON l."itemId" = i."id"
           WHERE i."origin" = 'rule' AND i."obligationId" IN (${marks(obligationIds)}) AND c."startsOn" >= ? AND c."startsOn" <= ?
             AND l."toStatus" IN (${marks(DONE_STATUSES)})
             AND NOT EXISTS (SELECT 1 FROM "ItemLogEntry" r WHERE r."reversesId" = l."id")
           GROUP BY i."id", i."obligationId", i."recipientKey", c."boardId", c."startsOn", i."sequence"`,
        )
        .all(...obligationIds, cycleStartsFrom, cycleStartsTo, ...DONE_STATUSES) as DoneDateRow[];
    },

    async writeGeneration(write) {
      const db = sqlite();
      const stamp = sqliteDateTime(write.now);
      return db
        .transaction(() => {
          const cycleIds = new Map<string, string>();
          const findCycle = db.prepare(`SELECT "id" FROM "ReportingCycle" WHERE "boardId" = ? AND "startsOn" = ?`);
          const addCycle = db.prepare(`INSERT INTO "ReportingCycle" ("id", "boardId", "startsOn", "endsOn", "label") VALUES (?, ?, ?, ?, ?)`);
          for (const c of write.cycles) {
            const found = findCycle.get(c.boardId, c.startsOn) as { id: string } | undefined;
            const id = found?.id ?? randomUUID();
            if (!found) addCycle.run(id, c.boardId, c.startsOn, c.endsOn, c.label);
            cycleIds.set(cycleKey(c), id);
          }
          let written = 0;
          const insert = db.prepare(
            `INSERT INTO "CalendarItem" ("id", "obligationId", "recipientKey", "recipientBoardId", "recipientPostId", "cycleId", "sequence",
               "sequenceIndex", "sequenceOf", "windowStart", "windowEnd", "dueOn", "meetingId", "status", "flags", "version", "createdAt", "updatedAt")
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, 1, ?, ?)`,
          );
          for (const r of write.create) {
            const cycleId = cycleIds.get(cycleKey(r.cycle));
            if (!cycleId) throw new Error(`No cycle ${cycleKey(r.cycle)} in the generation's cycles`);
            written += insert.run(
              randomUUID(), r.obligationId, r.recipientKey, r.recipientBoardId, r.recipientPostId, cycleId, r.sequence, r.sequenceIndex,
              r.sequenceOf, r.windowStart, r.windowEnd, r.dueOn, r.meetingId, r.flags, stamp, stamp,
            ).changes;
          }
          const update = db.prepare(
            `UPDATE "CalendarItem" SET "windowStart" = ?, "windowEnd" = ?, "dueOn" = ?, "meetingId" = ?, "flags" = ?, "sequenceIndex" = ?,
               "sequenceOf" = ?, "retiredAt" = NULL, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?`,
          );
          for (const u of write.update) {
            written += update.run(u.windowStart, u.windowEnd, u.dueOn, u.meetingId, u.flags, u.sequenceIndex, u.sequenceOf, stamp, u.id).changes;
          }
          const retire = db.prepare(`UPDATE "CalendarItem" SET "retiredAt" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? AND "retiredAt" IS NULL`);
          for (const id of write.retire) written += retire.run(stamp, stamp, id).changes;
          insertAudit(db, write.audit, stamp);
          return written;
        })
        .immediate();
    },

    async writeItemHistory(write) {
      const db = sqlite();
      const stamp = sqliteDateTime(write.now);
      db.transaction(() => {
        const insert = db.prepare(
          `INSERT INTO "ItemLogEntry" ("id", "itemId", "actorId", "action", "fromStatus", "toStatus", "occurredOn", "meetingId", "minuteRef", "previous", "createdAt")
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const e of write.entries) {
          insert.run(e.id, e.itemId, e.actorId, e.action, e.fromStatus, e.toStatus, e.occurredOn, e.meetingId, e.minuteRef, e.previous, stamp);
        }
        const move = db.prepare(`UPDATE "CalendarItem" SET "status" = ?, "version" = "version" + ?, "updatedAt" = ? WHERE "id" = ? AND "status" = 'planned'`);
        for (const m of write.moves) move.run(m.status, m.steps, stamp, m.itemId);
        insertAudit(db, write.audit, stamp);
      }).immediate();
    },
  };
}

/** The audit entry of a bulk write, inside its transaction: the columns appendAudit() writes, and the same `at`. */
function insertAudit(db: Database.Database, audit: { actor: Actor; entry: AuditInput }, stamp: string) {
  const a = auditColumns(audit.actor, audit.entry);
  db.prepare(`INSERT INTO "AuditEntry" ("id", "at", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    randomUUID(), stamp, a.actorId, a.actorLabel, a.action, a.entityType, a.entityId, a.before, a.after,
  );
}

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
  ...[meetingId: string | null, flags: string, retired: 0 | 1, logged: 0 | 1],
];

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
