/**
 * `npm test`: the whole suite, in the order that fails fastest. Static checks, unit tests,
 * integration tests on SQLite and on PostgreSQL, then end-to-end tests in Chromium. Ends with
 * one line counting every test run: "tests: N passed, N failed".
 *
 * PostgreSQL comes from TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test);
 * in CI it is required, elsewhere its absence is reported loudly and the rest still runs.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";

const ci = Boolean(process.env.CI);
const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const bin = (name: string) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const notes: string[] = [];

mkdirSync("tmp", { recursive: true });

function run(title: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const ok = result.status === 0;
  console.log(`=== ${title}: ${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function vitest(title: string, project: string, env: Record<string, string> = {}) {
  const out = `tmp/vitest-${project}-${env.TEST_DIALECT ?? "default"}.json`;
  rmSync(out, { force: true });
  const ok = run(
    title,
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    env,
  );
  countVitest(out, ok);
  return ok;
}

function countVitest(out: string, ok: boolean) {
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (!ok) failed++;
}

/**
 * The integration tests on both dialects at once: each file waits mostly on its database, so the two
 * runs share two cores well (about 9 minutes together against 13 one after the other). SQLite's output
 * is shown as it comes; PostgreSQL's is kept in tmp/integration-postgresql.log and shown after.
 */
async function integrationBoth(): Promise<boolean> {
  console.log("\n=== Integration tests on SQLite and PostgreSQL, at once");
  const started = Date.now();
  const runOne = (dialect: string, toFile: string | null) =>
    new Promise<boolean>((resolve) => {
      const out = `tmp/vitest-integration-${dialect}.json`;
      rmSync(out, { force: true });
      const child = spawn(
        bin("vitest"),
        ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
        {
          stdio: toFile ? ["ignore", "pipe", "pipe"] : "inherit",
          env: {
            ...process.env,
            NEXT_TELEMETRY_DISABLED: "1",
            TEST_DIALECT: dialect,
            ...(dialect === "postgresql" ? { TEST_POSTGRES_URL: postgresUrl } : {}),
          },
        },
      );
      if (toFile) {
        const log = createWriteStream(toFile);
        child.stdout!.pipe(log);
        child.stderr!.pipe(log);
      }
      child.on("close", (code) => {
        const ok = code === 0;
        countVitest(out, ok);
        console.log(
          `=== Integration tests on ${dialect}: ${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        resolve(ok);
      });
    });
  const [sqlite, postgres] = await Promise.all([
    runOne("sqlite", null),
    runOne("postgresql", "tmp/integration-postgresql.log"),
  ]);
  console.log("\n=== Integration tests on PostgreSQL: its output");
  console.log(readFileSync("tmp/integration-postgresql.log", "utf8"));
  if (!sqlite) failedIntegration.push("Integration tests on SQLite");
  if (!postgres) failedIntegration.push("Integration tests on PostgreSQL");
  return sqlite && postgres;
}
const failedIntegration: string[] = [];

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function chromiumAvailable(): boolean {
  if (process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || existsSync("/usr/bin/chromium")) return true;
  // On a laptop, Playwright's own Chromium (downloaded once) is used.
  const install = spawnSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit" });
  return install.status === 0;
}

const steps: [string, () => boolean | Promise<boolean>][] = [
  ["Protocol data files check", () => run("Protocol data files check", bin("tsx"), ["scripts/check-seed-data.ts"])],
  ["Type check", () => run("Type check", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"])],
  ["Lint", () => run("Lint", bin("eslint"), ["--max-warnings", "0", "."])],
  ["Formatting", () => run("Formatting (Prettier)", bin("prettier"), ["--check", "."])],
  ["Unit tests", () => vitest("Unit tests", "unit")],
  [
    "Integration tests",
    async () => {
      if (await postgresReachable()) return integrationBoth();
      const message = `PostgreSQL is not reachable at ${postgresUrl}: integration tests on PostgreSQL were NOT run (set TEST_POSTGRES_URL).`;
      if (ci) {
        console.error(message);
        return false;
      }
      notes.push(message);
      return vitest("Integration tests on SQLite", "integration", { TEST_DIALECT: "sqlite" });
    },
  ],
  [
    "End-to-end tests in Chromium",
    () => {
      if (!chromiumAvailable()) {
        console.error(
          "No Chromium: install Debian's `chromium`, set PLAYWRIGHT_CHROMIUM_EXECUTABLE, or run `npx playwright install chromium`.",
        );
        return false;
      }
      rmSync("tmp/e2e-results.json", { force: true });
      const ok = run("End-to-end tests in Chromium", bin("playwright"), ["test"]);
      if (existsSync("tmp/e2e-results.json")) {
        const stats = (
          JSON.parse(readFileSync("tmp/e2e-results.json", "utf8")) as {
            stats: { expected: number; unexpected: number; flaky: number };
          }
        ).stats;
        passed += stats.expected;
        failed += stats.unexpected + stats.flaky;
      } else if (!ok) failed++;
      return ok;
    },
  ],
];

const failedSteps: string[] = [];
for (const [name, step] of steps) {
  if (!(await step())) {
    failedSteps.push(...(name === "Integration tests" && failedIntegration.length > 0 ? failedIntegration : [name]));
    if (name === "Type check" || name === "Protocol data files check") break;
  }
}
console.log("");
for (const note of notes) console.log(`NOTE: ${note}`);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(", ")}`);
if (failedSteps.length > 0 && failed === 0) failed = failedSteps.length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
