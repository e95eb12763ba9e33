/**
 * `npm run bench:calendar`: a benchmark, not a test. Builds a synthetic national dataset on a
 * fresh database (150 areas, 600 boards, 15,000 duties of mixed cadences, decision 019's forms among
 * them, 6,000 meetings; `dataset.mix` counts each form), then
 * prints JSON: engine-only items per second; the time to generate and persist one financial year
 * for every board (planning and writing apart); a raw bulk insert of the same number of rows through
 * the same driver (better-sqlite3's prepared INSERT in one transaction; on PostgreSQL one
 * `INSERT ... SELECT FROM unnest(...)`), and the ratio of the two; and the rows an immediate second generation writes, and its time (it must
 * take less than the first). Runs on SQLite, and on PostgreSQL too when BENCH_POSTGRES_URL (default:
 * the test server, or TEST_POSTGRES_URL) is reachable, on a database created for the run and dropped
 * after. `--dialect sqlite` (or postgresql; BENCH_DIALECTS likewise) runs one dialect only;
 * `--store prisma` runs the generation through the Prisma store instead of the dialect's fast path,
 * for a before-and-after under the same load. BENCH_KEEP=1 keeps the SQLite file (tmp/bench/keep.db) and the PostgreSQL database (named on stderr).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { generateItems } from "@/domain/calendar/generate";
import { buildDataset, YEAR } from "./bench-national-dataset";
import { pgArray } from "@/server/data/calendar-store/postgres-calendar-writes";
import { calendarStore, createDatabase } from "@/server/data/database";
import { loadCalendarContext } from "@/server/features/calendar/calendar-context";
import { applyCalendarPlan, newItemRow, planCalendar } from "@/server/features/calendar/generate-calendar";

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function bench(dialect: "sqlite" | "postgresql", url: string) {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy", "--config", `prisma/${dialect}.config.ts`], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const db = createDatabase(url, { calendarStore: args.store === "prisma" ? "prisma" : "direct" });
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
    const planMs = ms(t);
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
      // One INSERT ... SELECT FROM unnest(...) of every row, its arrays encoded as the PostgreSQL store encodes them.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("BEGIN");
      const types = [
        "text",
        "text",
        "text",
        "text",
        "text",
        "int",
        "int",
        "int",
        "text",
        "text",
        "text",
        "text",
        "text",
        "text",
        "int",
      ];
      await client.query(
        `INSERT INTO "CalendarItem" (${quoted}) SELECT u.*, $${types.length + 1}::timestamp(3), $${types.length + 1}::timestamp(3)
         FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(", ")}) AS u`,
        [...types.map((_, i) => pgArray(values.map((v) => v[i] ?? null))), new Date().toISOString().slice(0, -1)],
      );
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
        planSeconds: +(planMs / 1000).toFixed(3),
        writeSeconds: +((persistMs - planMs) / 1000).toFixed(3),
        target: "≤ 2 s",
        met: persistMs <= 2000,
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

const { values: args } = parseArgs({ options: { dialect: { type: "string" }, store: { type: "string" } } });
if (args.store && args.store !== "direct" && args.store !== "prisma")
  throw new Error(`Unknown store "${args.store}": direct or prisma`);
const dialects = (args.dialect ?? process.env.BENCH_DIALECTS ?? "sqlite,postgresql").split(",");
for (const d of dialects)
  if (d !== "sqlite" && d !== "postgresql") throw new Error(`Unknown dialect "${d}": sqlite or postgresql`);
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
      if (process.env.BENCH_KEEP) console.error(`Kept the PostgreSQL database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
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
