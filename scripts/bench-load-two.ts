/**
 * `npm run bench:load -- --two-instances`: a benchmark, not a test. Two `next start` instances on one
 * fresh PostgreSQL database behind the round-robin proxy of scripts/two-instances.ts (evidence in the
 * database), the demo seeded (this year's calendars included), BENCH_USERS (default 50) signed-in users
 * for BENCH_SECONDS (default 60) from a second process (scripts/bench-load-two-client.ts): dashboard,
 * static page, notes, scheduling, logging "sent" with a PDF, reversing, and conflicting edits by two
 * people of one board. Then reads everything back: each kind of write in the database must equal the
 * answers that said it was saved (0 lost writes), each conflict must have saved one edit and refused
 * the other. Prints the figures, the dashboard's p95 and its ratio to the static page's.
 *
 * PostgreSQL from --postgres or TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test);
 * ports from BENCH_PORT (default 3200) up; BENCH_BUILD as for the one-instance mode.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { createDatabase, type Db } from "@/server/data/database";
import { createUser, grantRole } from "@/server/seed/builders";
import { freePort, needsBuild, runLoadClient, type BenchTwoUser } from "./bench-support";
import { DEFAULT_POSTGRES_URL, startTwoInstances } from "./two-instances";

const SECONDS = Number(process.env.BENCH_SECONDS ?? "60");
const USERS = Number(process.env.BENCH_USERS ?? "50");
const ITEMS_PER_USER = 1;
const step = (label: string) => process.stderr.write(`bench: ${label}\n`);

type BenchUser = BenchTwoUser;

/** The 10th of the month (0-11), or the Monday after when it falls at a weekend, as YYYY-MM-DD. */
function weekday(year: number, month: number) {
  const day = new Date(Date.UTC(year, month, 10));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The ids of the item page's actions in this build. */
function itemActions(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const ids = Object.fromEntries(
    Object.entries(manifest.node)
      .filter(([, v]) => v.filename === "src/app/areas/[area]/items/[item]/actions.ts")
      .map(([id, v]) => [v.exportedName, id]),
  );
  for (const name of ["scheduleFromItemAction", "logStepAction", "reverseEntryAction"])
    if (!ids[name]) throw new Error(`No ${name} in .next/server/server-reference-manifest.json`);
  return ids;
}

/**
 * USERS people, each with items no one else touches and a colleague on the same board (their partner
 * in conflicts): the demo's secretariats and chairs, then extra secretariats ("bench.N@bench.example.org",
 * the demo password) on the boards with items to spare. Items: open ones of last, this and next year
 * that a board owes or is owed, with a meeting of the receiving board in their window.
 */
async function benchUsers(db: Db, fy: number): Promise<BenchUser[]> {
  const grants = await db.roleAssignment.findMany({
    where: {
      role: { in: ["secretariat", "chair"] },
      boardId: { not: null },
      user: { email: { endsWith: "@demo.example.org" } },
    },
    include: { user: true, board: { include: { areas: { include: { area: true } } } } },
    orderBy: [{ role: "desc" }, { scopeKey: "asc" }],
  });
  const boards = [...new Map(grants.map((g) => [g.boardId!, g.board!])).values()];
  const items = await db.calendarItem.findMany({
    where: {
      retiredAt: null,
      status: { in: ["planned", "scheduled"] },
      recipientBoardId: { not: null },
      cycle: { startsOn: { gte: `${fy - 1}-01-01`, lte: `${fy + 1}-12-31` } },
    },
    include: { cycle: { select: { boardId: true } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  const meetings = await db.meeting.findMany({ where: { cancelledAt: null }, select: { boardId: true, date: true } });
  const usable = items.filter((i) =>
    meetings.some((m) => m.boardId === i.recipientBoardId && m.date >= i.windowStart && m.date <= i.windowEnd),
  );
  const taken = new Set<string>();
  const take = (boardId: string) => {
    const mine = usable
      .filter((i) => !taken.has(i.id) && (i.cycle.boardId === boardId || i.recipientBoardId === boardId))
      .slice(0, ITEMS_PER_USER + 1);
    if (mine.length < ITEMS_PER_USER + 1) return null;
    mine.forEach((i) => taken.add(i.id));
    return mine.map((i) => i.id);
  };
  const accounts = new Map(boards.map((b) => [b.id, grants.filter((g) => g.boardId === b.id).map((g) => g.user)]));
  const users: BenchUser[] = [];
  let extra = 0;
  for (let round = 0; users.length < USERS; round++) {
    const before = users.length;
    for (const board of boards) {
      if (users.length >= USERS) break;
      const colleagues = accounts.get(board.id)!;
      if (colleagues.length < 2) continue;
      const mine = take(board.id);
      if (!mine) continue;
      let user = colleagues[round];
      if (!user) {
        user = await createUser(db, {
          email: `bench.${extra}@bench.example.org`,
          name: `Bench Officer ${extra++}`,
          passwordHash: colleagues[0]!.passwordHash,
        });
        await grantRole(db, { userId: user.id, role: "secretariat", boardId: board.id });
        colleagues.push(user);
      }
      users.push({
        email: user.email,
        partner: colleagues[(round + 1) % colleagues.length]!.email,
        area: (board.areas.find((a) => a.home) ?? board.areas[0]!).area.slug,
        itemIds: mine.slice(0, ITEMS_PER_USER),
        conflictItemId: mine[ITEMS_PER_USER]!,
      });
    }
    if (users.length === before)
      throw new Error(`Only ${users.length} users can have ${ITEMS_PER_USER + 1} items each; wanted ${USERS}`);
  }
  return users;
}

export async function benchTwoInstances() {
  const flag = process.argv.indexOf("--postgres");
  const postgresUrl =
    (flag >= 0 ? process.argv[flag + 1] : undefined) ?? process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
  const why = needsBuild(process.env.BENCH_BUILD ?? "auto");
  if (why) {
    step(`building (${why})`);
    execFileSync("node_modules/.bin/next", ["build"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: "file:./tmp/bench/build.db",
        NEXTAUTH_SECRET: "bench-only-secret-not-for-any-real-deployment-00",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } else step("reusing the existing .next build (BENCH_BUILD=always to rebuild)");
  const first = await freePort(Number(process.env.BENCH_PORT ?? "3200"));
  const second = await freePort(first + 1);
  const proxy = await freePort(second + 1);
  step(`two instances on one fresh PostgreSQL database (${postgresUrl.replace(/\/\/[^@]*@/, "//")})`);
  const layout = await startTwoInstances({ postgresUrl, ports: [first, second, proxy], logs: "tmp/bench-two" });
  const db = createDatabase(layout.databaseUrl);
  try {
    const fy = cycleStartYear(londonToday(new Date()));
    // The demo's years have too few open items for 50 people: next year, with a meeting a month, adds more.
    const boards = await db.board.findMany({ select: { id: true } });
    const taken = new Set((await db.meeting.findMany()).map((m) => `${m.boardId} ${m.date} ${m.startTime}`));
    await db.meeting.createMany({
      data: boards
        .flatMap((b) =>
          Array.from({ length: 12 }, (_, m) => ({
            boardId: b.id,
            date: weekday(fy + 1 + Math.floor((m + 3) / 12), (m + 3) % 12),
            startTime: "14:00",
            title: "Load benchmark meeting",
          })),
        )
        .filter((m) => !taken.has(`${m.boardId} ${m.date} ${m.startTime}`)),
    });
    const areas = (await db.area.findMany({ select: { slug: true } })).map((a) => a.slug);
    step(`generating FY${fy + 1} for ${areas.join(", ")}, with a meeting a month for every board`);
    for (const area of areas)
      execFileSync(
        "node_modules/.bin/tsx",
        ["src/cli/index.ts", "calendar", "--area", area, "--fy", String(fy + 1), "--write"],
        { env: layout.env, stdio: ["ignore", "ignore", "inherit"] },
      );
    const users = await benchUsers(db, fy);
    const since = new Date();
    step(`${users.length} users for ${SECONDS} s through ${layout.base}`);
    const result = await runLoadClient<{
      kinds: Record<string, { requests: number; errors: number; p50: number; p95: number }>;
      errors: string[];
      done: { note: number; schedule: number; send: number; reverse: number };
      conflicts: { rounds: number; saved: number; detected: number; undetected: number };
      servedBy: Record<string, number>;
      signIns: number;
    }>("scripts/bench-load-two-client.ts", {
      ...layout.env,
      BENCH_BASE: layout.base,
      BENCH_SECONDS: String(SECONDS),
      BENCH_USERS_JSON: JSON.stringify(users),
      BENCH_ACTIONS_JSON: JSON.stringify(itemActions()),
    });

    // Read back: every write the answers reported saved, and no more.
    const entries = async (action: string, itemIds?: string[]) =>
      db.itemLogEntry.count({
        where: { action, createdAt: { gte: since }, ...(itemIds ? { itemId: { in: itemIds } } : {}) },
      });
    const conflictItems = users.map((u) => u.conflictItemId);
    const stored = {
      note: await entries("note"),
      schedule: await entries("schedule"),
      send: await entries("send"),
      reverse: await entries("reverse"),
      scheduleOnConflictItems: await entries("schedule", conflictItems),
      evidenceFiles: await db.evidence.count({ where: { kind: "file", logEntry: { createdAt: { gte: since } } } }),
      evidenceBlobs: await db.evidenceBlob.count({ where: { createdAt: { gte: since } } }),
    };
    const expected = {
      note: result.done.note,
      schedule: result.done.schedule + result.conflicts.saved,
      send: result.done.send,
      reverse: result.done.reverse,
      scheduleOnConflictItems: result.conflicts.saved,
      evidenceFiles: result.done.send,
      evidenceBlobs: result.done.send,
    };
    const lost = Object.fromEntries(
      Object.keys(expected).map((k) => [k, expected[k as keyof typeof expected] - stored[k as keyof typeof stored]]),
    );
    const lostWrites = Object.values(lost).reduce((sum, n) => sum + Math.abs(n), 0);
    const errors = Object.values(result.kinds).reduce((n, k) => n + k.errors, 0);
    const ratio = result.kinds.dashboard!.p95 / result.kinds.static!.p95;
    const summary = {
      mode: "two instances, PostgreSQL, evidence in the database",
      seconds: SECONDS,
      users: users.length,
      signIns: result.signIns,
      servedBy: result.servedBy,
      requests: Object.fromEntries(Object.entries(result.kinds).map(([k, v]) => [k, v.requests])),
      errors,
      firstErrors: result.errors.slice(0, 8),
      latencyMs: Object.fromEntries(Object.entries(result.kinds).map(([k, v]) => [k, { p50: v.p50, p95: v.p95 }])),
      dashboardP95Ms: result.kinds.dashboard!.p95,
      staticP95Ms: result.kinds.static!.p95,
      dashboardToStaticP95: Number(ratio.toFixed(2)),
      writesAnsweredSaved: expected,
      writesInDatabase: stored,
      conflicts: result.conflicts,
      targets: {
        zeroErrorsBesideConflictAnswers: errors === 0,
        zeroLostWrites: lostWrites === 0,
        everyConflictDetected: result.conflicts.rounds > 0 && result.conflicts.detected === result.conflicts.rounds,
        bothInstancesServed: Object.keys(result.servedBy).filter((k) => k !== "none").length === 2,
      },
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
    process.stdout.write(
      `errors: ${errors}; lost writes: ${lostWrites}; conflicts detected: ${result.conflicts.detected} of ${result.conflicts.rounds}; dashboard p95 ${summary.dashboardP95Ms} ms, ${summary.dashboardToStaticP95}x the static page\n`,
    );
  } finally {
    await db.$disconnect();
    await layout.stop();
  }
}
