import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { ItemFlag } from "@/domain/calendar/types";
import { DONE_STATUSES } from "@/domain/item-lifecycle";
import { appendAudit } from "@/server/core/audit";
import type { Db, DbTx } from "../database";
import { cycleKey, type CalendarStore, type DoneDateRow, type CycleRow, type NewItemRow } from "./calendar-store";

const obligationSelect = {
  id: true, protocolId: true, key: true, kind: true, summary: true, modality: true, frequency: true, windowFromMonth: true, windowToMonth: true,
  minPerYear: true, triggerText: true, afterMeetingsOfId: true, daysAfter: true, anchorDate: true, cadenceDetail: true, comesAfterId: true, clauseId: true, position: true,
  clause: { select: { id: true, ref: true } },
  protocol: { select: { key: true } },
  parties: {
    select: { obligationId: true, role: true, position: true, boardId: true, postId: true, post: { select: { boardId: true } } },
    orderBy: [{ role: "asc" }, { position: "asc" }],
  },
} satisfies Prisma.ObligationSelect;

/**
 * The calendar store through Prisma: portable, and PostgreSQL's path. Each write is one
 * interactive transaction; new items go in as multi-row INSERTs through Prisma's raw query API
 * (placeholders rendered per dialect), about five times faster than createMany with the JavaScript
 * query engine (docs/performance.md). With sqlite-calendar-store.ts, the only place in src/ with SQL.
 */
export function prismaCalendarStore(db: Db): CalendarStore {
  return {
    kind: "prisma",

    async loadProtocols(boardIds) {
      return db.protocol.findMany({
        where: { status: "agreed", parties: { some: { boardId: { in: [...boardIds] } } } },
        select: { id: true, key: true, title: true, parties: { select: { boardId: true, board: { select: { slug: true } } } } },
      });
    },

    async loadObligations(protocolIds) {
      const rows = await db.obligation.findMany({
        where: { protocolId: { in: [...protocolIds] }, retiredAt: null },
        select: obligationSelect,
        orderBy: [{ protocolId: "asc" }, { position: "asc" }],
      });
      return rows.map((o) => ({ ...o, retiredAt: null }));
    },

    async loadBoards(boardIds, from, to) {
      const ids = [...boardIds];
      const [boards, meetings] = await Promise.all([
        db.board.findMany({
          where: { id: { in: ids } },
          select: { id: true, yearStartMonth: true, areas: { select: { area: { select: { slug: true, nation: true } } } } },
        }),
        db.meeting.findMany({ where: { boardId: { in: ids }, date: { gte: from, lte: to }, cancelledAt: null }, select: { id: true, boardId: true, date: true, startTime: true } }),
      ]);
      return {
        boards: boards.map((b) => ({
          id: b.id,
          yearStartMonth: b.yearStartMonth,
          nation: b.areas.map((x) => x.area).sort((x, y) => (x.slug < y.slug ? -1 : 1))[0]?.nation ?? "england-and-wales",
        })),
        meetings,
      };
    },

    async loadRuleItems(boardIds, cycleStartsFrom, cycleStartsTo) {
      const rows = await db.calendarItem.findMany({
        where: {
          origin: "rule",
          cycle: { startsOn: { gte: cycleStartsFrom, lte: cycleStartsTo } },
          obligation: { protocol: { parties: { some: { boardId: { in: [...boardIds] } } } } },
        },
        select: {
          id: true, obligationId: true, recipientKey: true, sequence: true, sequenceIndex: true, sequenceOf: true, windowStart: true,
          windowEnd: true, dueOn: true, meetingId: true, flags: true, retiredAt: true, status: true,
          cycle: { select: { boardId: true, startsOn: true } }, _count: { select: { logEntries: true } },
        },
      });
      return rows.map((r) => ({
        id: r.id,
        obligationId: r.obligationId,
        recipientKey: r.recipientKey,
        anchorBoardId: r.cycle.boardId,
        cycleStart: r.cycle.startsOn,
        sequence: r.sequence,
        index: r.sequenceIndex,
        of: r.sequenceOf,
        windowStart: r.windowStart,
        windowEnd: r.windowEnd,
        dueOn: r.dueOn,
        meetingId: r.meetingId,
        flags: r.flags ? (r.flags.split(",") as ItemFlag[]) : [],
        retired: r.retiredAt !== null,
        logged: r._count.logEntries > 0 || r.status !== "planned",
      }));
    },

    async loadDoneDates(obligationIds, cycleStartsFrom, cycleStartsTo) {
      if (obligationIds.length === 0) return [];
      const entries = await db.itemLogEntry.findMany({
        where: {
          toStatus: { in: [...DONE_STATUSES] },
          reversedBy: { is: null },
          item: { origin: "rule", obligationId: { in: [...obligationIds] }, cycle: { startsOn: { gte: cycleStartsFrom, lte: cycleStartsTo } } },
        },
        select: {
          occurredOn: true,
          item: { select: { id: true, obligationId: true, recipientKey: true, sequence: true, cycle: { select: { boardId: true, startsOn: true } } } },
        },
      });
      const done = new Map<string, DoneDateRow>();
      for (const { occurredOn, item } of entries) {
        const known = done.get(item.id);
        if (known && known.doneOn <= occurredOn) continue;
        done.set(item.id, {
          obligationId: item.obligationId,
          recipientKey: item.recipientKey,
          anchorBoardId: item.cycle.boardId,
          cycleStart: item.cycle.startsOn,
          sequence: item.sequence,
          doneOn: occurredOn,
        });
      }
      return [...done.values()];
    },

    async writeGeneration(write) {
      const { now } = write;
      return db.$transaction(
        async (tx) => {
          const cycleIds = await ensureCycles(tx, write.cycles);
          let written = await insertItems(tx, write.create, cycleIds, now);
          for (const u of write.update) {
            const { id, ...plan } = u;
            await tx.calendarItem.update({ where: { id }, data: { ...plan, retiredAt: null, version: { increment: 1 }, updatedAt: now } });
            written++;
          }
          if (write.retire.length > 0) {
            const { count } = await tx.calendarItem.updateMany({
              where: { id: { in: write.retire }, retiredAt: null },
              data: { retiredAt: now, version: { increment: 1 }, updatedAt: now },
            });
            written += count;
          }
          await appendAudit(tx, write.audit.actor, write.audit.entry, now);
          return written;
        },
        { timeout: 120_000, maxWait: 30_000 },
      );
    },

    async writeItemHistory(write) {
      const { now } = write;
      await db.$transaction(
        async (tx) => {
          for (let i = 0; i < write.entries.length; i += 500) {
            await tx.itemLogEntry.createMany({ data: write.entries.slice(i, i + 500).map((e) => ({ ...e, createdAt: now })) });
          }
          // One update per (status, steps): every item in a group moved by the same number of steps.
          const groups = new Map<string, { status: string; steps: number; ids: string[] }>();
          for (const m of write.moves) {
            const key = `${m.status}:${m.steps}`;
            const group = groups.get(key) ?? groups.set(key, { status: m.status, steps: m.steps, ids: [] }).get(key)!;
            group.ids.push(m.itemId);
          }
          for (const g of groups.values()) {
            await tx.calendarItem.updateMany({
              where: { id: { in: g.ids }, status: "planned" },
              data: { status: g.status, version: { increment: g.steps }, updatedAt: now },
            });
          }
          await appendAudit(tx, write.audit.actor, write.audit.entry, now);
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
    },
  };
}

/** The ids of the cycles, by (board, start): found, or created. */
async function ensureCycles(tx: DbTx, cycles: CycleRow[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (cycles.length === 0) return ids;
  const existing = await tx.reportingCycle.findMany({
    where: { boardId: { in: [...new Set(cycles.map((c) => c.boardId))] }, startsOn: { in: [...new Set(cycles.map((c) => c.startsOn))] } },
    select: { id: true, boardId: true, startsOn: true },
  });
  for (const c of existing) ids.set(cycleKey(c), c.id);
  for (const c of cycles) {
    if (ids.has(cycleKey(c))) continue;
    const row = await tx.reportingCycle.create({ data: c, select: { id: true } });
    ids.set(cycleKey(c), row.id);
  }
  return ids;
}

/** New items as multi-row INSERTs of 400 rows; the ids are UUIDs, which the id column accepts like cuids. */
async function insertItems(tx: DbTx, rows: NewItemRow[], cycleIds: Map<string, string>, now: Date): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += 400) {
    const values = rows.slice(i, i + 400).map((r) => {
      const cycleId = cycleIds.get(cycleKey(r.cycle));
      if (!cycleId) throw new Error(`No cycle ${cycleKey(r.cycle)} in the generation's cycles`);
      return Prisma.sql`(${randomUUID()}, ${r.obligationId}, ${r.recipientKey}, ${r.recipientBoardId}, ${r.recipientPostId}, ${cycleId}, ${r.sequence},
        ${r.sequenceIndex}, ${r.sequenceOf}, ${r.windowStart}, ${r.windowEnd}, ${r.dueOn}, ${r.meetingId}, 'planned', ${r.flags}, 1, ${now}, ${now})`;
    });
    written += await tx.$executeRaw`INSERT INTO "CalendarItem" ("id", "obligationId", "recipientKey", "recipientBoardId", "recipientPostId", "cycleId",
      "sequence", "sequenceIndex", "sequenceOf", "windowStart", "windowEnd", "dueOn", "meetingId", "status", "flags", "version", "createdAt", "updatedAt")
      VALUES ${Prisma.join(values)}`;
  }
  return written;
}
