/**
 * `npm test`: the whole suite, in the order that fails fastest. Static checks, unit tests,
 * integration tests on SQLite and on PostgreSQL, then end-to-end tests in Chromium. Ends with
 * one line counting every test run: "tests: N passed, N failed".
 *
 * PostgreSQL comes from TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test);
 * in CI it is required, elsewhere its absence is reported loudly and the rest still runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
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
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (!ok && !existsSync(out)) failed++;
  return ok;
}

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
    "Integration tests on SQLite",
    () => vitest("Integration tests on SQLite", "integration", { TEST_DIALECT: "sqlite" }),
  ],
  [
    "Integration tests on PostgreSQL",
    async () => {
      if (!(await postgresReachable())) {
        const message = `PostgreSQL is not reachable at ${postgresUrl}: integration tests on PostgreSQL and the end-to-end project "two-instances" were NOT run (set TEST_POSTGRES_URL).`;
        if (ci) {
          console.error(message);
          return false;
        }
        notes.push(message);
        return true;
      }
      return vitest("Integration tests on PostgreSQL", "integration", {
        TEST_DIALECT: "postgresql",
        TEST_POSTGRES_URL: postgresUrl,
      });
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
    failedSteps.push(name);
    if (name === "Type check" || name === "Protocol data files check") break;
  }
}
console.log("");
for (const note of notes) console.log(`NOTE: ${note}`);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(", ")}`);
if (failedSteps.length > 0 && failed === 0) failed = failedSteps.length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
