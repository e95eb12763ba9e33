import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemKey } from "@/domain/calendar/types";
import { createDatabase, calendarStore, type Db } from "@/server/data/database";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { pgArray } from "@/server/data/calendar-store/postgres-calendar-writes";
import { seedDemoHistory } from "@/server/seed/seed-demo-history";
import { makeLogEntry, makeMeeting } from "../factories";
import { createTestDatabase } from "./support/test-db";
import { TEST_DIALECT } from "./support/dialect";

/**
 * The calendar store's contract (docs/decisions/011-calendar-data-seam.md): the SQLite store
 * (better-sqlite3 on the file) and the Prisma store, run over the same fixtures (two copies of the
 * seeded template, so every seeded id is the same), must leave identical tables: items, cycles,
 * log entries and audit rows, ids of new rows aside. On PostgreSQL the same holds for the
 * PostgreSQL store (pg with unnest) against the Prisma store.
 */
const now = new Date("2026-11-15T10:00:00.000Z");
const changedAt = new Date("2026-11-14T09:00:00.000Z");
const actor = { type: "system", label: "cli" } as const;

interface Outcome {
  summaries: unknown[];
  /** What the stores read: nations and done dates. */
  reads: unknown[];
  tables: Awaited<ReturnType<typeof tablesOf>>;
}

/** Generation for some boards, a regeneration that writes nothing, a history, changes, a regeneration, the demo's seed. */
async function scenario(db: Db): Promise<Outcome> {
  const boards = new Map((await db.board.findMany({ select: { id: true, slug: true } })).map((b) => [b.slug, b.id]));
  const kent = ["kent-hwb", "kent-chwb", "kent-kscb"].map((s) => boards.get(s)!);
  const medway = ["medway-hwb", "medway-mscb", "medway-kmsab", "medway-can"].map((s) => boards.get(s)!);
  const generate = async (ids: string[], fy: number) => {
    const plan = await planCalendar(db, ids, fy);
    const summary = await applyCalendarPlan(db, actor, plan, now);
    // Applying a plan leaves nothing to do.
    expect((await planCalendar(db, ids, fy)).diff).toMatchObject({ create: [], update: [], retire: [] });
    return summary;
  };
  const summaries: unknown[] = [];
  summaries.push(await generate(kent, 2026), await generate(medway, 2026));
  summaries.push(await generate(medway, 2026));

  // A history for some of Kent's items, as the demo's seed writes one (its own choice of items
  // depends on their ids, which differ between the two databases): sent, and every other one received.
  const admin = await db.user.findFirstOrThrow({ where: { email: "admin@demo.example.org" } });
  const history = await db.calendarItem.findMany({
    where: { cycle: { boardId: { in: kent } } },
    orderBy: [{ dueOn: "asc" }, { obligationId: "asc" }, { recipientKey: "asc" }, { sequence: "asc" }],
    take: 6,
  });
  const entries = history.flatMap((item, i) =>
    (i % 2 === 0 ? ["send", "receive"] : ["send"]).map((action, step) => ({
      id: `contract-entry-${i}-${step}`,
      itemId: item.id,
      actorId: admin.id,
      action,
      fromStatus: step === 0 ? "planned" : "sent",
      toStatus: step === 0 ? "sent" : "received",
      occurredOn: item.dueOn,
      meetingId: item.meetingId,
      minuteRef: step === 0 ? null : `Minute ${i}`,
      previous: JSON.stringify({
        status: step === 0 ? "planned" : "sent",
        meetingId: item.meetingId,
        dueOn: item.dueOn,
      }),
    })),
  );
  await calendarStore(db).writeItemHistory({
    now,
    entries,
    moves: history.map((item, i) => ({
      itemId: item.id,
      status: i % 2 === 0 ? "received" : "sent",
      steps: i % 2 === 0 ? 2 : 1,
    })),
    audit: {
      actor,
      entry: {
        action: "seed.demo-history",
        entityType: "ItemLogEntry",
        entityId: "contract",
        after: { items: history.length },
      },
    },
  });

  // Nations (a board in two areas takes the first by slug) and done dates (the earliest "done" entry
  // no reversal undid), read the same way by both stores.
  const kentArea = await db.area.findUniqueOrThrow({ where: { slug: "kent" } });
  const medwayArea = await db.area.findUniqueOrThrow({ where: { slug: "medway" } });
  await db.area.update({ where: { id: kentArea.id }, data: { nation: "scotland" } });
  await db.area.update({ where: { id: medwayArea.id }, data: { nation: "northern-ireland" } });
  await db.boardArea.create({
    data: { areaId: medwayArea.id, boardId: kent[0]!, key: "contract-kent-hwb", home: false },
  });
  const nations = (await calendarStore(db).loadBoards([...kent, medway[0]!], "2026-04-01", "2026-04-01")).boards;
  expect(new Map(nations.map((b) => [b.id, b.nation]))).toEqual(
    new Map([...kent.map((id) => [id, "scotland"] as const), [medway[0]!, "northern-ireland"] as const]),
  );
  await makeLogEntry(db, {
    id: "contract-reversal",
    itemId: history[1]!.id,
    actorId: admin.id,
    action: "reverse",
    fromStatus: "sent",
    toStatus: "planned",
    occurredOn: "2026-11-14",
    reversesId: "contract-entry-1-0",
    createdAt: changedAt,
  });
  const done = await calendarStore(db).loadDoneDates(
    [...new Set(history.map((h) => h.obligationId))],
    "2026-01-01",
    "2026-12-31",
  );
  expect(done.length).toBe(history.length - 1);
  const doneSorted = done
    .map((d) => ({ key: itemKey(d), doneOn: d.doneOn }))
    .sort((a, b) => a.key.localeCompare(b.key));
  expect(doneSorted.map((d) => d.doneOn).sort()).toEqual(
    history
      .filter((_, i) => i !== 1)
      .map((h) => h.dueOn)
      .sort(),
  );
  const reads: unknown[] = [nations.sort((a, b) => a.id.localeCompare(b.id)), doneSorted];

  // Earlier meetings in their window re-plan an unlogged item; a logged item stays as logged; a duty is retired.
  const [logged, free] = await db.calendarItem.findMany({
    where: { obligation: { clause: { ref: "8.3" }, protocol: { key: "medway-hwb-mscb-kmsab-can" } }, retiredAt: null },
    orderBy: [{ dueOn: "asc" }, { recipientKey: "asc" }],
  });
  for (const [i, item] of [logged!, free!].entries()) {
    await makeMeeting(db, {
      id: `contract-meeting-${i}`,
      boardId: item.recipientBoardId!,
      date: "2026-10-02",
      startTime: "09:00",
    });
  }
  await makeLogEntry(db, {
    id: "contract-log",
    itemId: logged!.id,
    actorId: admin.id,
    action: "schedule",
    fromStatus: "planned",
    toStatus: "scheduled",
    occurredOn: "2026-05-01",
    meetingId: logged!.meetingId,
    createdAt: changedAt,
  });
  await db.calendarItem.update({
    where: { id: logged!.id },
    data: { status: "scheduled", version: 2, updatedAt: changedAt },
  });
  const duty = await db.obligation.findFirstOrThrow({
    where: { protocol: { key: "medway-hwb-mscb-kmsab-can" }, retiredAt: null, items: { some: { retiredAt: null } } },
    orderBy: { position: "desc" },
  });
  await db.obligation.update({ where: { id: duty.id }, data: { retiredAt: changedAt, updatedAt: changedAt } });
  // A cancelled meeting is never planned on, by either store: the free item leaves the meeting it
  // sat on when that is cancelled, and does not take contract-meeting-1, cancelled too.
  const cancelled = ["contract-meeting-1", ...(free!.meetingId ? [free!.meetingId] : [])];
  await db.meeting.updateMany({
    where: { id: { in: cancelled } },
    data: { cancelledAt: changedAt, cancelReason: "Contract test" },
  });
  const loaded = await calendarStore(db).loadBoards([free!.recipientBoardId!], "2026-01-01", "2027-12-31");
  expect(loaded.meetings.length).toBeGreaterThan(0);
  expect(loaded.meetings.filter((m) => cancelled.includes(m.id))).toEqual([]);
  const changed = await generate(medway, 2026);
  const replanned = await db.calendarItem.findUniqueOrThrow({ where: { id: free!.id }, include: { meeting: true } });
  expect(replanned.meeting?.cancelledAt ?? null).toBeNull();
  expect(changed.updated).toBeGreaterThan(0);
  expect(changed.retired).toBeGreaterThan(0);
  summaries.push(changed);
  // With items logged, the demo's seed only generates Knowsley's two years.
  summaries.push(await seedDemoHistory(db, { areas: ["knowsley"], now }));

  return { summaries, reads, tables: await tablesOf(db) };
}

/** The tables the store writes, with each new row's id replaced by its natural key. */
async function tablesOf(db: Db) {
  const cycles = await db.reportingCycle.findMany({
    select: { id: true, boardId: true, startsOn: true, endsOn: true, label: true },
  });
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const rows = await db.calendarItem.findMany();
  const keyOf = new Map(
    rows.map((r) => [
      r.id,
      itemKey({
        ...r,
        anchorBoardId: cycleById.get(r.cycleId)!.boardId,
        cycleStart: cycleById.get(r.cycleId)!.startsOn,
      }),
    ]),
  );
  const items = rows
    .map(({ id, cycleId: _, ...r }) => ({ key: keyOf.get(id)!, ...r }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const logEntries = (await db.itemLogEntry.findMany()).map(({ id, itemId, ...e }) => ({
    id,
    item: keyOf.get(itemId),
    ...e,
  }));
  const audit = (await db.auditEntry.findMany()).map(({ id: _, ...a }) => a);
  const order = (x: unknown, y: unknown) => JSON.stringify(x).localeCompare(JSON.stringify(y));
  return {
    cycles: cycles.map(({ id: _, ...c }) => c).sort(order),
    items,
    logEntries: logEntries.sort(order),
    audit: audit.sort(order),
  };
}

/** The store each dialect's clients get by default: its fast path. */
const fastStore = TEST_DIALECT === "sqlite" ? "sqlite" : "postgresql";

describe(`the calendar store contract on ${TEST_DIALECT}: the ${fastStore} store and the Prisma store agree`, () => {
  const handles: { db: Db; drop: () => Promise<void> }[] = [];
  beforeAll(async () => {
    for (const store of ["direct", "prisma"] as const) {
      const t = await createTestDatabase({ seeded: true });
      // The same database, through a client whose store was chosen at creation.
      const db = store === "direct" ? t.db : createDatabase(t.url, { calendarStore: "prisma" });
      handles.push({ db, drop: async () => (db !== t.db && (await db.$disconnect()), t.drop()) });
    }
  });
  afterAll(async () => {
    for (const h of handles) await h.drop();
  });

  it("chooses the store where the client is created, and refuses a transaction", async () => {
    expect(calendarStore(handles[0]!.db).kind).toBe(fastStore);
    expect(calendarStore(handles[1]!.db).kind).toBe("prisma");
    await handles[0]!.db.$transaction(async (tx) => {
      await expect(planCalendar(tx, [], 2026)).rejects.toThrow(/client from createDatabase/);
    });
  });

  it("generates, writes a history, regenerates after changes and runs the demo seed with identical results", async () => {
    const direct = await scenario(handles[0]!.db);
    const prisma = await scenario(handles[1]!.db);
    expect(direct.tables.items.length).toBeGreaterThan(50);
    expect(direct.tables.logEntries.length).toBeGreaterThan(5);
    expect(direct.summaries[2]).toMatchObject({ created: 0, updated: 0, retired: 0, written: 0 });
    expect(prisma.summaries).toEqual(direct.summaries);
    expect(prisma.reads).toEqual(direct.reads);
    expect(prisma.tables.cycles).toEqual(direct.tables.cycles);
    expect(prisma.tables.items).toEqual(direct.tables.items);
    expect(prisma.tables.logEntries).toEqual(direct.tables.logEntries);
    expect(prisma.tables.audit).toEqual(direct.tables.audit);
    // Every timestamp a bulk write stores is the caller's `now`, to the millisecond.
    expect(
      direct.tables.audit
        .filter((a) => a.action === "calendar.generate")
        .every((a) => a.at.getTime() === now.getTime()),
    ).toBe(true);
    expect(direct.tables.items.some((i) => i.retiredAt?.getTime() === now.getTime())).toBe(true);
  });

  it("writes nothing, not even the audit entry, when a generation fails part-way", async () => {
    for (const { db } of handles) {
      const store = calendarStore(db);
      const item = await db.calendarItem.findFirstOrThrow({ where: { retiredAt: null, origin: "rule" } });
      const board = await db.board.findFirstOrThrow({ where: { slug: "kent-hwb" } });
      const before = {
        cycles: await db.reportingCycle.count(),
        items: await db.calendarItem.count(),
        audit: await db.auditEntry.count(),
      };
      const row = (startsOn: string) => ({
        obligationId: item.obligationId,
        recipientKey: "contract-failure",
        recipientBoardId: null,
        recipientPostId: null,
        cycle: { boardId: board.id, startsOn },
        sequence: 1,
        sequenceIndex: 1,
        sequenceOf: 1,
        windowStart: "2040-04-01",
        windowEnd: "2041-03-31",
        dueOn: "2041-03-31",
        meetingId: null,
        flags: "",
      });
      await expect(
        store.writeGeneration({
          now,
          // The first row's cycle is new and listed; the second names a cycle the write does not list.
          cycles: [{ boardId: board.id, startsOn: "2040-04-01", endsOn: "2041-03-31", label: "2040/41" }],
          create: [row("2040-04-01"), row("2041-04-01")],
          update: [],
          retire: [item.id],
          audit: { actor, entry: { action: "calendar.generate", entityType: "Board", entityId: board.id } },
        }),
      ).rejects.toThrow(/No cycle/);
      const after = {
        cycles: await db.reportingCycle.count(),
        items: await db.calendarItem.count(),
        audit: await db.auditEntry.count(),
      };
      expect({ store: store.kind, ...after }).toEqual({ store: store.kind, ...before });
      expect((await db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).retiredAt).toBeNull();
    }
  });

  it.runIf(TEST_DIALECT === "postgresql")(
    "passes text and numbers through unnest's array parameters unchanged",
    async () => {
      const texts = [
        'a "quoted" word',
        "back\\slash",
        "comma, {brace}",
        "NULL",
        "",
        null,
        "  spaced  ",
        "pound £ and ü",
      ];
      const numbers = [0, -7, 20261231, null];
      const { db } = handles[0]!;
      const read = async (sql: string, literal: string) =>
        (await db.$queryRawUnsafe<{ v: unknown }[]>(sql, literal)).map((r) => r.v);
      expect(await read("SELECT unnest($1::text[]) AS v", pgArray(texts))).toEqual(texts);
      expect(await read("SELECT unnest($1::int[]) AS v", pgArray(numbers))).toEqual(numbers);
    },
  );

  it.runIf(TEST_DIALECT === "sqlite")("stores DateTimes in the same text form on both paths", async () => {
    // Type, length, the separator and the zone: "2026-11-15T10:00:00.000+00:00" is text:29:T:+00:00.
    const form = (column: string) =>
      `typeof("${column}") || ':' || coalesce(length("${column}") || ':' || substr("${column}", 11, 1) || ':' || substr("${column}", 24), '')`;
    const forms = async (db: Db) =>
      db.$queryRawUnsafe<{ form: string }[]>(
        `SELECT DISTINCT 'c:' || ${form("createdAt")} AS "form" FROM "CalendarItem" UNION SELECT DISTINCT 'u:' || ${form("updatedAt")} FROM "CalendarItem"
       UNION SELECT DISTINCT 'r:' || ${form("retiredAt")} FROM "CalendarItem" UNION SELECT DISTINCT 'l:' || ${form("createdAt")} FROM "ItemLogEntry"
       UNION SELECT DISTINCT 'a:' || ${form("at")} FROM "AuditEntry" ORDER BY 1`,
      );
    expect(await forms(handles[1]!.db)).toEqual(await forms(handles[0]!.db));
  });
});
