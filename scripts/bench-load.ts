/**
 * `npm run bench:load`: a benchmark, not a test (not part of `npm test`). On a fresh, seeded SQLite
 * database with this year's calendar generated for every area, runs the production build under
 * `next start` on a free loopback port, then from a SECOND process (scripts/bench-load-client.ts)
 * signs in 20 demo users and has each loop for BENCH_SECONDS (default 60): the dashboard (GET /),
 * a note on one of its board's items (POST /api/items/<id>/notes), the static accessibility page.
 * Prints requests, errors, p50/p95 by kind, the dashboard/static p95 ratio, and whether the notes
 * in the database equal the 201 responses (lost writes). Targets: 0 errors, 0 lost writes, ratio <= 3.
 *
 * BENCH_BUILD=auto (default: build when .next is missing or older than src/, config or lockfile),
 * always or never. BENCH_PORT: the first port to try (default 3200). BENCH_USERS (default 20).
 *
 * `npm run bench:load -- --two-instances`: the same on PostgreSQL with two instances behind a proxy,
 * 50 users and every kind of write (scripts/bench-load-two.ts).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, openSync, rmSync } from "node:fs";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { createDatabase } from "@/server/data/database";
import { freePort, needsBuild, runLoadClient } from "./bench-support";

const SECONDS = Number(process.env.BENCH_SECONDS ?? "60");
const USERS = Number(process.env.BENCH_USERS ?? "20");
const DIR = "tmp/bench";
const DB_FILE = `${DIR}/portal.db`;

async function main() {
  const port = await freePort(Number(process.env.BENCH_PORT ?? "3200"));
  const base = `http://127.0.0.1:${port}`;
  mkdirSync(DIR, { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:./${DB_FILE}`,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: "bench-only-secret-not-for-any-real-deployment-00",
    AUTH_MAX_FAILURES_PER_ADDRESS: "1000",
    DEMO_PASSWORD: "demo-portal-2026",
  };
  const cli = (...args: string[]) =>
    execFileSync("node_modules/.bin/tsx", ["src/cli/index.ts", ...args], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    }).toString();
  const step = (label: string) => process.stderr.write(`bench: ${label}\n`);

  step("migrating and seeding a fresh SQLite database");
  cli("migrate");
  cli("seed", "--allow-production");
  const fy = cycleStartYear(londonToday(new Date()));
  const areas = (JSON.parse(cli("areas", "--json")) as { slug: string }[]).map((a) => a.slug);
  step(`generating FY${fy} for ${areas.join(", ")}`);
  for (const area of areas) cli("calendar", "--area", area, "--fy", String(fy), "--write");

  const why = needsBuild(process.env.BENCH_BUILD ?? "auto");
  if (why) {
    step(`building (${why})`);
    execFileSync("node_modules/.bin/next", ["build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  } else step("reusing the existing .next build (BENCH_BUILD=always to rebuild)");

  // 20 distinct users: the secretariat of each board, then chairs, each with items of its board.
  const db = createDatabase(env.DATABASE_URL);
  const grants = await db.roleAssignment.findMany({
    where: {
      role: { in: ["secretariat", "chair"] },
      boardId: { not: null },
      user: { email: { endsWith: "@demo.example.org" } },
    },
    include: { user: true },
    orderBy: [{ role: "desc" }, { scopeKey: "asc" }],
  });
  const users: { email: string; board: string; itemIds: string[] }[] = [];
  for (const g of grants) {
    if (users.length >= USERS || users.some((u) => u.email === g.user.email)) continue;
    const items = await db.calendarItem.findMany({
      where: { retiredAt: null, cycle: { boardId: g.boardId! } },
      select: { id: true },
      take: 5,
      orderBy: { dueOn: "asc" },
    });
    if (items.length > 0) users.push({ email: g.user.email, board: g.boardId!, itemIds: items.map((i) => i.id) });
  }
  if (users.length < USERS) throw new Error(`Only ${users.length} demo users with items; wanted ${USERS}`);
  const notesBefore = await db.itemLogEntry.count({ where: { action: "note" } });

  step(`starting next start on ${base}`);
  const log = openSync(`${DIR}/server.log`, "w");
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", log, log],
  });
  const stopServer = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  };
  process.on("exit", stopServer);
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/accessibility`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 120 || server.exitCode !== null)
        throw new Error(`next start did not answer on ${base}; see ${DIR}/server.log`);
      await new Promise((r) => setTimeout(r, 500));
    }

    step(`${users.length} users for ${SECONDS} s from a second process`);
    const result = await runLoadClient<{
      kinds: Record<string, { requests: number; errors: number; p50: number; p95: number }>;
      errors: string[];
      created: number;
      signIns: number;
    }>("scripts/bench-load-client.ts", {
      ...env,
      BENCH_BASE: base,
      BENCH_SECONDS: String(SECONDS),
      BENCH_USERS_JSON: JSON.stringify(users),
    });
    const notes = (await db.itemLogEntry.count({ where: { action: "note" } })) - notesBefore;
    const audits = await db.auditEntry.count({ where: { action: "item.note" } });
    const dashboard = result.kinds.dashboard!;
    const page = result.kinds.static!;
    const ratio = dashboard.p95 / page.p95;
    const errors = Object.values(result.kinds).reduce((n, k) => n + k.errors, 0);
    const summary = {
      seconds: SECONDS,
      users: users.length,
      signIns: result.signIns,
      requests: Object.fromEntries(Object.entries(result.kinds).map(([k, v]) => [k, v.requests])),
      errors,
      firstErrors: result.errors.slice(0, 5),
      latencyMs: Object.fromEntries(Object.entries(result.kinds).map(([k, v]) => [k, { p50: v.p50, p95: v.p95 }])),
      dashboardToStaticP95: Number(ratio.toFixed(2)),
      notesCreated201: result.created,
      noteLogEntriesInDatabase: notes,
      noteAuditEntries: audits,
      lostWrites: result.created - notes,
      targets: {
        zeroErrors: errors === 0,
        zeroLostWrites: result.created === notes,
        dashboardP95AtMost3xStatic: ratio <= 3,
      },
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
    process.stdout.write(`lost writes: ${summary.lostWrites}\n`);
  } finally {
    await db.$disconnect();
    stopServer();
  }
}

const run = process.argv.includes("--two-instances")
  ? import("./bench-load-two").then((m) => m.benchTwoInstances())
  : main();
run.catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
