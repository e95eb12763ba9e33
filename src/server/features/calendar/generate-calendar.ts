import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma-sqlite/client";
import { diffCalendar, type CalendarDiff, type ExistingItem } from "@/domain/calendar/diff";
import { generateItems } from "@/domain/calendar/generate";
import { itemKey, type GeneratedItem, type ItemFlag } from "@/domain/calendar/types";
import { cycleLabel } from "@/lib/dates";
import type { Db, DbTx } from "@/server/data/database";
import type Database from "better-sqlite3";
import { appendAudit, auditColumns, type Actor } from "@/server/core/audit";
import { directSqlite, sqliteDateTime } from "@/server/data/sqlite-direct";
import { AppError } from "@/server/core/errors";
import { loadCalendarContext } from "./calendar-context";

export interface CalendarPlan {
  startYear: number;
  scopeBoardIds: string[];
  generated: GeneratedItem[];
  diff: CalendarDiff;
  /** Changes the plan would write; a preview shows it, and a confirm refuses if it moved since. */
  fingerprint: string;
  context: Awaited<ReturnType<typeof loadCalendarContext>>;
}

const parseFlags = (flags: string): ItemFlag[] => (flags ? (flags.split(",") as ItemFlag[]) : []);
export const isLogged = (i: { status: string; _count: { logEntries: number } }) => i._count.logEntries > 0 || i.status !== "planned";

/**
 * Works out a year's calendar for some boards without writing anything: the items their protocols
 * produce, and the difference from what is stored (DESIGN.md, "Calendar generation").
 */
export async function planCalendar(db: DbTx, scopeBoardIds: string[], startYear: number): Promise<CalendarPlan> {
  if (!Number.isInteger(startYear) || startYear < 2000 || startYear > 2098) {
    throw new AppError("VALIDATION", "The year must be a financial year between 2000/01 and 2098/99", { fy: ["Enter the year the financial year starts, e.g. 2026"] });
  }
  const context = await loadCalendarContext(db, scopeBoardIds, startYear);
  const concerning = new Map(context.obligations.map((o) => [o.id, context.concernsScope(o)]));
  const generated = generateItems(context).filter((item) => concerning.get(item.obligationId));
  // Existing items, in cycles starting in this year, of any protocol these boards are party to
  // (whatever its status now): those of duties still in force that concern the boards, and those
  // of duties no longer in force, which no rule produces and so are retired.
  const direct = directSqlite(db);
  const existingRows = direct
    ? loadExistingDirect(direct, scopeBoardIds, startYear)
    : await db.calendarItem.findMany({
        where: {
          origin: "rule",
          cycle: { startsOn: { gte: `${startYear}-01-01`, lte: `${startYear}-12-31` } },
          obligation: { protocol: { parties: { some: { boardId: { in: scopeBoardIds } } } } },
        },
        select: {
          id: true, obligationId: true, recipientKey: true, sequence: true, sequenceIndex: true, sequenceOf: true, windowStart: true,
          windowEnd: true, dueOn: true, meetingId: true, flags: true, retiredAt: true, status: true,
          cycle: { select: { boardId: true, startsOn: true } }, _count: { select: { logEntries: true } },
        },
      });
  const existing: ExistingItem[] = existingRows.filter((r) => concerning.get(r.obligationId) !== false).map((r) => ({
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
    flags: parseFlags(r.flags),
    retired: r.retiredAt !== null,
    logged: isLogged(r),
  }));
  const diff = diffCalendar(generated, existing);
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([diff.create.map(itemKey).sort(), diff.update.map((u) => [u.id, u.after.dueOn, u.after.meetingId, u.after.flags]).sort(), diff.retire.map((r) => r.id).sort()]))
    .digest("hex")
    .slice(0, 16);
  return { startYear, scopeBoardIds, generated, diff, fingerprint, context };
}

type StoredItem = {
  id: string; obligationId: string; recipientKey: string; sequence: number; sequenceIndex: number; sequenceOf: number; windowStart: string;
  windowEnd: string; dueOn: string; meetingId: string | null; flags: string; retiredAt: unknown; status: string;
  cycle: { boardId: string; startsOn: string }; _count: { logEntries: number };
};

/** The Prisma query above, read straight from SQLite (docs/decisions/009-direct-sqlite-for-bulk-generation.md). */
function loadExistingDirect(sqlite: Database.Database, scopeBoardIds: string[], startYear: number): StoredItem[] {
  if (scopeBoardIds.length === 0) return [];
  const rows = sqlite
    .prepare(
      `SELECT i."id", i."obligationId", i."recipientKey", i."sequence", i."sequenceIndex", i."sequenceOf", i."windowStart", i."windowEnd", i."dueOn",
              i."meetingId", i."flags", i."retiredAt", i."status", c."boardId" AS "cycleBoardId", c."startsOn" AS "cycleStartsOn",
              (SELECT COUNT(*) FROM "ItemLogEntry" l WHERE l."itemId" = i."id") AS "logCount"
       FROM "CalendarItem" i JOIN "ReportingCycle" c ON c."id" = i."cycleId" JOIN "Obligation" o ON o."id" = i."obligationId"
       WHERE i."origin" = 'rule' AND c."startsOn" >= ? AND c."startsOn" <= ?
         AND o."protocolId" IN (SELECT pp."protocolId" FROM "ProtocolParty" pp WHERE pp."boardId" IN (${scopeBoardIds.map(() => "?").join(",")}))`,
    )
    .all(`${startYear}-01-01`, `${startYear}-12-31`, ...scopeBoardIds) as (Omit<StoredItem, "cycle" | "_count"> & { cycleBoardId: string; cycleStartsOn: string; logCount: number })[];
  return rows.map(({ cycleBoardId, cycleStartsOn, logCount, ...r }) => ({ ...r, cycle: { boardId: cycleBoardId, startsOn: cycleStartsOn }, _count: { logEntries: logCount } }));
}

export interface GenerationSummary {
  created: number;
  updated: number;
  retired: number;
  unchanged: number;
  written: number;
}

/** A generated item as the columns of a new row. */
export const itemRow = (g: GeneratedItem, cycleId: string) => ({
  obligationId: g.obligationId,
  recipientKey: g.recipientKey,
  recipientBoardId: g.recipient?.type === "board" ? g.recipient.id : null,
  recipientPostId: g.recipient?.type === "post" ? g.recipient.id : null,
  cycleId,
  sequence: g.sequence,
  sequenceIndex: g.index,
  sequenceOf: g.of,
  windowStart: g.windowStart,
  windowEnd: g.windowEnd,
  dueOn: g.dueOn,
  meetingId: g.meetingId,
  flags: g.flags.join(","),
});

/**
 * Writes a plan in one transaction, with one audit entry: creates, updates unlogged items, retires
 * what no rule produces. A second run finds nothing to do and writes nothing at all.
 */
export async function applyCalendarPlan(db: Db, actor: Actor, plan: CalendarPlan, now = new Date()): Promise<GenerationSummary> {
  const { diff } = plan;
  const summary: GenerationSummary = { created: diff.create.length, updated: diff.update.length, retired: diff.retire.length, unchanged: diff.unchanged.length, written: 0 };
  if (diff.create.length + diff.update.length + diff.retire.length === 0) return summary;
  const direct = directSqlite(db);
  if (direct) {
    summary.written = applyDirect(direct, actor, plan, now);
    return summary;
  }
  await db.$transaction(
    async (tx) => {
      const cycleIds = await ensureCycles(tx, plan, diff.create);
      const rows = diff.create.map((g) => itemRow(g, cycleIds.get(`${g.anchorBoardId}@${g.cycleStart}`)!));
      summary.written += await insertItems(tx, rows, now);
      for (const u of diff.update) {
        await tx.calendarItem.update({
          where: { id: u.id },
          data: {
            windowStart: u.after.windowStart,
            windowEnd: u.after.windowEnd,
            dueOn: u.after.dueOn,
            meetingId: u.after.meetingId,
            flags: u.after.flags.join(","),
            sequenceIndex: u.after.index,
            sequenceOf: u.after.of,
            retiredAt: null,
            version: { increment: 1 },
          },
        });
        summary.written++;
      }
      if (diff.retire.length > 0) {
        const { count } = await tx.calendarItem.updateMany({
          where: { id: { in: diff.retire.map((r) => r.id) }, retiredAt: null },
          data: { retiredAt: now, version: { increment: 1 } },
        });
        summary.written += count;
      }
      await appendAudit(tx, actor, {
        action: "calendar.generate",
        entityType: "ReportingCycle",
        entityId: `FY${cycleLabel(plan.startYear)}`,
        after: { boards: plan.scopeBoardIds, created: summary.created, updated: summary.updated, retired: summary.retired },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return summary;
}

type ItemRow = ReturnType<typeof itemRow>;

/**
 * Inserts new items with multi-row INSERTs through Prisma's raw query API (placeholders are
 * rendered per dialect). About five times faster than createMany with the JS query engine
 * (docs/performance.md); the ids are UUIDs, which the id column accepts like cuids.
 */
async function insertItems(tx: DbTx, rows: ItemRow[], now: Date): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    written += await tx.$executeRaw`INSERT INTO "CalendarItem" ("id", "obligationId", "recipientKey", "recipientBoardId", "recipientPostId", "cycleId", "sequence", "sequenceIndex", "sequenceOf", "windowStart", "windowEnd", "dueOn", "meetingId", "status", "flags", "version", "createdAt", "updatedAt") VALUES ${Prisma.join(
      chunk.map((r) => Prisma.sql`(${randomUUID()}, ${r.obligationId}, ${r.recipientKey}, ${r.recipientBoardId}, ${r.recipientPostId}, ${r.cycleId}, ${r.sequence}, ${r.sequenceIndex}, ${r.sequenceOf}, ${r.windowStart}, ${r.windowEnd}, ${r.dueOn}, ${r.meetingId}, 'planned', ${r.flags}, 1, ${now}, ${now})`),
    )}`;
  }
  return written;
}

/**
 * The same writes as the Prisma path, straight to SQLite in one IMMEDIATE transaction: new cycles,
 * new items, updates of unlogged items, retirements, and the audit entry.
 */
function applyDirect(sqlite: Database.Database, actor: Actor, plan: CalendarPlan, now: Date): number {
  const stamp = sqliteDateTime(now);
  const { diff } = plan;
  return sqlite.transaction(() => {
    let written = 0;
    const cycleIds = new Map<string, string>();
    const findCycle = sqlite.prepare(`SELECT "id" FROM "ReportingCycle" WHERE "boardId" = ? AND "startsOn" = ?`);
    const addCycle = sqlite.prepare(`INSERT INTO "ReportingCycle" ("id", "boardId", "startsOn", "endsOn", "label") VALUES (?, ?, ?, ?, ?)`);
    for (const g of diff.create) {
      const key = `${g.anchorBoardId}@${g.cycleStart}`;
      if (cycleIds.has(key)) continue;
      const found = findCycle.get(g.anchorBoardId, g.cycleStart) as { id: string } | undefined;
      if (found) cycleIds.set(key, found.id);
      else {
        const cycle = plan.context.cycleOf(g.anchorBoardId);
        const id = randomUUID();
        addCycle.run(id, g.anchorBoardId, g.cycleStart, cycle.end, `FY${cycleLabel(cycle.startYear, cycle.startMonth)}`);
        cycleIds.set(key, id);
      }
    }
    const insert = sqlite.prepare(
      `INSERT INTO "CalendarItem" ("id", "obligationId", "recipientKey", "recipientBoardId", "recipientPostId", "cycleId", "sequence", "sequenceIndex", "sequenceOf", "windowStart", "windowEnd", "dueOn", "meetingId", "status", "flags", "version", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, 1, ?, ?)`,
    );
    for (const g of diff.create) {
      const r = itemRow(g, cycleIds.get(`${g.anchorBoardId}@${g.cycleStart}`)!);
      written += insert.run(randomUUID(), r.obligationId, r.recipientKey, r.recipientBoardId, r.recipientPostId, r.cycleId, r.sequence, r.sequenceIndex, r.sequenceOf, r.windowStart, r.windowEnd, r.dueOn, r.meetingId, r.flags, stamp, stamp).changes;
    }
    const update = sqlite.prepare(
      `UPDATE "CalendarItem" SET "windowStart" = ?, "windowEnd" = ?, "dueOn" = ?, "meetingId" = ?, "flags" = ?, "sequenceIndex" = ?, "sequenceOf" = ?, "retiredAt" = NULL, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?`,
    );
    for (const u of diff.update) {
      const a = u.after;
      written += update.run(a.windowStart, a.windowEnd, a.dueOn, a.meetingId, a.flags.join(","), a.index, a.of, stamp, u.id).changes;
    }
    const retire = sqlite.prepare(`UPDATE "CalendarItem" SET "retiredAt" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? AND "retiredAt" IS NULL`);
    for (const r of diff.retire) written += retire.run(stamp, stamp, r.id).changes;
    const audit = auditColumns(actor, {
      action: "calendar.generate",
      entityType: "ReportingCycle",
      entityId: `FY${cycleLabel(plan.startYear)}`,
      after: { boards: plan.scopeBoardIds, created: diff.create.length, updated: diff.update.length, retired: diff.retire.length },
    });
    sqlite
      .prepare(`INSERT INTO "AuditEntry" ("id", "at", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(randomUUID(), stamp, audit.actorId, audit.actorLabel, audit.action, audit.entityType, audit.entityId, audit.before, audit.after);
    return written;
  }).immediate();
}

async function ensureCycles(tx: DbTx, plan: CalendarPlan, creating: GeneratedItem[]) {
  const wanted = new Map<string, { boardId: string; startsOn: string }>();
  for (const g of creating) wanted.set(`${g.anchorBoardId}@${g.cycleStart}`, { boardId: g.anchorBoardId, startsOn: g.cycleStart });
  const ids = new Map<string, string>();
  const existing = await tx.reportingCycle.findMany({
    where: { boardId: { in: [...new Set([...wanted.values()].map((w) => w.boardId))] }, startsOn: { in: [...new Set([...wanted.values()].map((w) => w.startsOn))] } },
  });
  for (const c of existing) ids.set(`${c.boardId}@${c.startsOn}`, c.id);
  const missing = [...wanted.entries()].filter(([k]) => !ids.has(k));
  for (const [key, w] of missing) {
    const cycle = plan.context.cycleOf(w.boardId);
    const row = await tx.reportingCycle.create({ data: { boardId: w.boardId, startsOn: w.startsOn, endsOn: cycle.end, label: `FY${cycleLabel(cycle.startYear, cycle.startMonth)}` } });
    ids.set(key, row.id);
  }
  return ids;
}
