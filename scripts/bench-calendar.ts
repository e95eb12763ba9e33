/**
 * `npm run bench:calendar`: a benchmark, not a test. Builds a synthetic national dataset on a
 * fresh database (150 areas, 600 boards, 15,000 duties of mixed cadences, decision 019's forms among
 * them, 6,000 meetings; `dataset.mix` counts each form), then
 * prints JSON: engine-only items per second; the time to generate and persist one financial year
 * for every board; a raw bulk insert of the same number of rows through the same driver, and
 * the ratio of the two; and the rows an immediate second generation writes, and its time (it must
 * take less than the first). Runs on SQLite, and on PostgreSQL too when BENCH_POSTGRES_URL (default:
 * the test server) is reachable. BENCH_DIALECTS=sqlite (or postgresql) runs one dialect only;
 * BENCH_KEEP=1 keeps the SQLite file (tmp/bench/keep.db).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import pg from "pg";
import { generateItems } from "@/domain/calendar/generate";
import { calendarStore, createDatabase, type Db } from "@/server/data/database";
import { loadCalendarContext } from "@/server/features/calendar/calendar-context";
import { applyCalendarPlan, newItemRow, planCalendar } from "@/server/features/calendar/generate-calendar";

const AREAS = 150;
const BOARDS_PER_AREA = 4;
const OBLIGATIONS_PER_AREA = 100;
const MEETINGS_PER_BOARD = 10;
const YEAR = 2026;

/** A small deterministic generator, so every run builds the same dataset. */
function rng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Fields with no column of their own (decision 019) go in cadenceDetail, as the writers store them. */
const detail = (d: Record<string, unknown>) => JSON.stringify(d);
const wd = (amount: number, direction: "before" | "after", clear?: boolean) => ({
  amount,
  unit: "working-days",
  direction,
  ...(clear ? { clear } : {}),
});

/** The mix of cadences, weights out of 100: decision 004's forms and decision 019's (issue 11). */
const CADENCES: [number, (r: () => number) => Record<string, unknown>][] = [
  [14, () => ({ frequency: "annual" })],
  [
    14,
    (r) => ({
      frequency: "annual",
      windowFromMonth: 1 + Math.floor(r() * 12),
      windowToMonth: 1 + Math.floor(r() * 12),
    }),
  ],
  // Annual deadlines: "concluded by 31 October" after 30 days open, or "three months after the close".
  [
    6,
    (r) => ({
      frequency: "annual",
      cadenceDetail:
        r() < 0.5
          ? detail({ deadline: { month: 10, day: 31 }, duration: { amount: 30, unit: "days" } })
          : detail({ deadline: { from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } } }),
    }),
  ],
  [12, () => ({ frequency: "quarterly" })],
  [6, () => ({ frequency: "six-monthly" })],
  [6, (r) => ({ frequency: "min-per-year", minPerYear: 2 + Math.floor(r() * 3) })],
  [6, () => ({ frequency: "after-every-meeting", daysAfter: 14 })],
  // "Seven clear working days before each meeting", "draft minutes within 15 working days".
  [
    8,
    (r) => ({
      frequency: "each-meeting",
      cadenceDetail: detail({ offset: r() < 0.5 ? wd(7, "before", true) : wd(15, "after") }),
    }),
  ],
  [4, () => ({ frequency: "anniversary", anchorDate: "2019-07-15" })],
  // "Biennially from the date of signature", "at intervals of no more than 15 months".
  [
    3,
    (r) =>
      r() < 0.5
        ? { frequency: "interval", anchorDate: "2024-10-14", cadenceDetail: detail({ every: 2, unit: "years" }) }
        : { frequency: "interval", anchorDate: "2025-11-30", cadenceDetail: detail({ every: 15, unit: "months" }) },
  ],
  [4, () => ({ frequency: "named-months", cadenceDetail: detail({ months: [3, 9] }) })],
  [3, () => ({ frequency: "first-meeting-after", cadenceDetail: detail({ after: { month: 7, day: 31 } }) })],
  [2, () => ({ frequency: "meeting-of-year", cadenceDetail: detail({ which: "last" }) })],
  // Comes after the area's last annual deadline duty (see buildDataset): at its next meeting, or 3 months on.
  [
    3,
    (r) => ({
      frequency: "follows",
      cadenceDetail:
        r() < 0.5
          ? detail({ atNextMeeting: true })
          : detail({ offset: { amount: 3, unit: "months", direction: "after" } }),
    }),
  ],
  [3, () => ({ frequency: "standing" })],
  [6, (r) => ({ frequency: r() < 0.5 ? "on-event" : "as-needed", triggerText: "When it happens" })],
];
const pickCadence = (r: () => number) => {
  let n = r() * 100;
  for (const [weight, make] of CADENCES) {
    if ((n -= weight) < 0) return make(r);
  }
  return CADENCES[0]![1](r);
};

type ObligationRow = Extract<NonNullable<Parameters<Db["obligation"]["createMany"]>[0]>["data"], unknown[]>[number];

async function buildDataset(db: Db) {
  const r = rng(42);
  const kind = await db.boardKind.create({ data: { key: "bench", name: "Bench board" } });
  const orgKind = await db.organisationKind.create({ data: { key: "bench", name: "Bench" } });
  await db.organisation.create({ data: { slug: "bench-org", name: "Bench org", kindId: orgKind.id } });
  let boards = 0;
  let obligations = 0;
  let meetings = 0;
  const mix: Record<string, number> = {};
  for (let a = 0; a < AREAS; a++) {
    const area = await db.area.create({ data: { slug: `area-${a}`, name: `Area ${a}` } });
    const boardIds: string[] = [];
    for (let b = 0; b < BOARDS_PER_AREA; b++) {
      const board = await db.board.create({
        data: {
          slug: `area-${a}-b${b}`,
          name: `Board ${b} of area ${a}`,
          acronym: `B${b}`,
          kindId: kind.id,
          statutory: true,
          independentChair: false,
        },
      });
      await db.boardArea.create({ data: { areaId: area.id, boardId: board.id, key: `B${b}` } });
      boardIds.push(board.id);
      const dates = new Set<string>();
      while (dates.size < MEETINGS_PER_BOARD)
        dates.add(new Date(Date.UTC(YEAR, 3, 1 + Math.floor(r() * 365))).toISOString().slice(0, 10));
      await db.meeting.createMany({
        data: [...dates].map((date) => ({ boardId: board.id, date, startTime: "14:00" })),
      });
      meetings += dates.size;
      boards++;
    }
    const protocol = await db.protocol.create({
      data: { key: `p-${a}`, title: `Protocol ${a}`, version: "1", status: "agreed" },
    });
    await db.protocolParty.createMany({ data: boardIds.map((boardId) => ({ protocolId: protocol.id, boardId })) });
    const clause = await db.clause.create({
      data: { protocolId: protocol.id, ref: "1", text: "Synthetic clause", position: 0 },
    });
    // A following duty names the area's latest annual deadline duty; until there is one, it is one itself.
    let followed: string | null = null;
    const rows = Array.from({ length: OBLIGATIONS_PER_AREA }, (_, i) => {
      let c = pickCadence(r);
      const id = `bench-${a}-${i}`;
      if (c.frequency === "follows" && !followed)
        c = { frequency: "annual", cadenceDetail: detail({ deadline: { month: 12, day: 15 } }) };
      const comesAfterId = c.frequency === "follows" ? followed : null;
      if (c.frequency === "annual" && typeof c.cadenceDetail === "string") followed = id;
      const form = `${c.frequency as string}${typeof c.cadenceDetail === "string" ? ` ${c.cadenceDetail}` : ""}`;
      mix[form] = (mix[form] ?? 0) + 1;
      return {
        id,
        comesAfterId,
        protocolId: protocol.id,
        key: `o-${i}`,
        clauseId: clause.id,
        kind: "report",
        summary: `Synthetic duty ${i}`,
        modality: "will",
        position: i,
        ...c,
        afterMeetingsOfId: c.frequency === "after-every-meeting" ? boardIds[Math.floor(r() * BOARDS_PER_AREA)]! : null,
      } as ObligationRow;
    });
    await db.obligation.createMany({ data: rows });
    const created = await db.obligation.findMany({ where: { protocolId: protocol.id }, select: { id: true } });
    const parties = created.flatMap((o) => {
      const from = boardIds[Math.floor(r() * BOARDS_PER_AREA)]!;
      const recipients = boardIds.filter((b) => b !== from && r() < 0.35).slice(0, 2);
      return [
        { obligationId: o.id, role: "from", position: 0, boardId: from },
        ...recipients.map((boardId, i) => ({ obligationId: o.id, role: "to", position: i, boardId })),
      ];
    });
    await db.obligationParty.createMany({ data: parties });
    obligations += created.length;
  }
  return { areas: AREAS, boards, obligations, meetings, mix };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function bench(dialect: "sqlite" | "postgresql", url: string) {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy", "--config", `prisma/${dialect}.config.ts`], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const db = createDatabase(url);
  try {
    let t = process.hrtime.bigint();
    const dataset = await buildDataset(db);
    const buildMs = ms(t);
    const boardIds = (await db.board.findMany({ select: { id: true } })).map((b) => b.id);

    const context = await loadCalendarContext(db, boardIds, YEAR);
    t = process.hrtime.bigint();
    const engineItems = generateItems(context);
    const engineMs = ms(t);

    t = process.hrtime.bigint();
    const plan = await planCalendar(db, boardIds, YEAR);
    const summary = await applyCalendarPlan(db, { type: "system", label: "cli" }, plan);
    const persistMs = ms(t);

    // The same number of rows, inserted raw through the same client and driver, into another year.
    const cycles = await db.reportingCycle.findMany({ where: { startsOn: `${YEAR}-04-01` } });
    const rawCycles = new Map<string, string>();
    for (const c of cycles)
      rawCycles.set(
        c.boardId,
        (
          await db.reportingCycle.create({
            data: { boardId: c.boardId, startsOn: `${YEAR + 10}-04-01`, endsOn: `${YEAR + 11}-03-31`, label: "raw" },
          })
        ).id,
      );
    const rows = plan.diff.create.map((g) => {
      const { cycle: _, ...row } = newItemRow(g);
      return { ...row, cycleId: rawCycles.get(g.anchorBoardId)! };
    });
    t = process.hrtime.bigint();
    await db.$transaction(
      async (tx) => {
        for (let i = 0; i < rows.length; i += 500) await tx.calendarItem.createMany({ data: rows.slice(i, i + 500) });
      },
      { timeout: 600_000 },
    );
    const createManyMs = ms(t);
    // The driver itself, below Prisma: better-sqlite3 or pg, in one transaction.
    await db.calendarItem.deleteMany({ where: { cycleId: { in: [...rawCycles.values()] } } });
    const columns = [
      "id",
      "obligationId",
      "recipientKey",
      "recipientBoardId",
      "cycleId",
      "sequence",
      "sequenceIndex",
      "sequenceOf",
      "windowStart",
      "windowEnd",
      "dueOn",
      "meetingId",
      "flags",
      "status",
      "version",
      "createdAt",
      "updatedAt",
    ] as const;
    const values = rows.map((r, i) => [
      `raw-${i}`,
      r.obligationId,
      r.recipientKey,
      r.recipientBoardId,
      r.cycleId,
      r.sequence,
      r.sequenceIndex,
      r.sequenceOf,
      r.windowStart,
      r.windowEnd,
      r.dueOn,
      r.meetingId,
      r.flags,
      "planned",
      1,
    ]);
    const quoted = columns.map((c) => `"${c}"`).join(", ");
    t = process.hrtime.bigint();
    if (dialect === "sqlite") {
      const Database = (await import("better-sqlite3")).default;
      const raw = new Database(url.slice("file:".length));
      const stamp = Date.now();
      const insert = raw.prepare(
        `INSERT INTO "CalendarItem" (${quoted}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      raw.transaction(() => {
        for (const v of values) insert.run(...v, stamp, stamp);
      })();
      raw.close();
    } else {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("BEGIN");
      const now = new Date();
      for (let i = 0; i < values.length; i += 1000) {
        const chunk = values.slice(i, i + 1000);
        const params: unknown[] = [];
        const tuples = chunk.map((v) => `(${[...v, now, now].map((x) => `$${params.push(x)}`).join(", ")})`);
        await client.query(`INSERT INTO "CalendarItem" (${quoted}) VALUES ${tuples.join(", ")}`, params);
      }
      await client.query("COMMIT");
      await client.end();
    }
    const rawMs = ms(t);

    t = process.hrtime.bigint();
    const second = await applyCalendarPlan(
      db,
      { type: "system", label: "cli" },
      await planCalendar(db, boardIds, YEAR),
    );
    const secondMs = ms(t);

    return {
      dialect,
      calendarStore: calendarStore(db).kind,
      dataset,
      datasetBuildSeconds: +(buildMs / 1000).toFixed(2),
      engineOnly: {
        items: engineItems.length,
        seconds: +(engineMs / 1000).toFixed(3),
        itemsPerSecond: Math.round(engineItems.length / (engineMs / 1000)),
      },
      generateAndPersist: {
        itemsWritten: summary.written,
        seconds: +(persistMs / 1000).toFixed(3),
        target: "≤ 2 s on SQLite",
      },
      rawBulkInsert: {
        rows: rows.length,
        driverSeconds: +(rawMs / 1000).toFixed(3),
        prismaCreateManySeconds: +(createManyMs / 1000).toFixed(3),
      },
      ratioRawToPersisted: +(rawMs / persistMs).toFixed(3),
      ratioPrismaCreateManyToPersisted: +(createManyMs / persistMs).toFixed(3),
      ratioTarget: "≥ 0.3",
      secondGeneration: {
        rowsWritten: second.written,
        seconds: +(secondMs / 1000).toFixed(3),
        target: "0 rows, in less time than the first generation",
        met: second.written === 0 && secondMs < persistMs,
      },
      peakRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    };
  } finally {
    await db.$disconnect();
  }
}

const dialects = (process.env.BENCH_DIALECTS ?? "sqlite,postgresql").split(",");
mkdirSync("tmp/bench", { recursive: true });
const file = process.env.BENCH_KEEP ? "tmp/bench/keep.db" : `tmp/bench/bench-${Date.now()}.db`;
const results: unknown[] = [];
if (dialects.includes("sqlite")) {
  rmSync(file, { force: true });
  try {
    results.push(await bench("sqlite", `file:./${file}`));
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(file, { force: true });
  }
}
if (dialects.includes("postgresql")) results.push(await benchPostgres());

/** The PostgreSQL run, on a database created for it and dropped after. */
async function benchPostgres() {
  const server =
    process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 3000 });
  const name = `portal_bench_${Date.now()}`;
  let connected = false;
  try {
    await admin.connect();
    connected = true;
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(server);
    u.pathname = `/${name}`;
    return await bench("postgresql", u.toString());
  } catch (error) {
    return { dialect: "postgresql", skipped: connected ? String(error) : `not reachable at ${server}` };
  } finally {
    if (connected) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
}
console.log(
  JSON.stringify(
    { machine: { cores: (await import("node:os")).cpus().length, node: process.version }, results },
    null,
    2,
  ),
);
