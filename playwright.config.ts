import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests in a real Chromium against `next start` on a freshly migrated and seeded
 * SQLite database (scripts/e2e-server.ts). The browser is Debian's chromium where it exists (CI),
 * else PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Playwright's own download (`npx playwright install`).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? 3101);
/**
 * The "two-instances" project: two `next start` instances on one PostgreSQL behind a round-robin proxy
 * (scripts/two-instances.ts), ports E2E_TWO_PORTS "A,B,P" (default E2E_PORT + 2, + 3, + 4), running a
 * subset: sign-in, an item's life with an upload and a conflict, generation and feeds, and
 * tests/e2e/two-instances/ (both instances answer). Needs TEST_POSTGRES_URL: without it, outside
 * CI the project is left out with a note; in CI the run fails.
 */
const TWO_PORTS = (process.env.E2E_TWO_PORTS ?? `${PORT + 2},${PORT + 3},${PORT + 4}`).split(",").map(Number);
const TWO_PROXY = TWO_PORTS[2]!;
const TWO_SPECS = [
  /two-instances\/.*\.spec\.ts/,
  /auth\/sign-in\.spec\.ts/,
  /items\/lifecycle\.spec\.ts/,
  /calendar\/generate\.spec\.ts/,
];
const twoInstances = twoInstancesWanted();

function twoInstancesWanted(): boolean {
  // Decided once in the runner; its workers inherit the answer.
  if (process.env.E2E_TWO_INSTANCES_DECIDED) return process.env.E2E_TWO_INSTANCES_DECIDED === "on";
  const decide = (on: boolean) => ((process.env.E2E_TWO_INSTANCES_DECIDED = on ? "on" : "off"), on);
  // `--project chromium` alone needs no PostgreSQL and no second pair of servers.
  const projects = process.argv.flatMap((arg, i, all) =>
    arg === "--project" ? [all[i + 1] ?? ""] : arg.startsWith("--project=") ? [arg.slice(10)] : [],
  );
  if (projects.length > 0 && !projects.some((p) => p === "two-instances" || p.includes("*"))) return decide(false);
  const url = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const probe = spawnSync(
    process.execPath,
    [
      "-e",
      'const c = new (require("pg").Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });' +
        "c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));",
      url,
    ],
    { timeout: 10_000 },
  );
  if (probe.status === 0) return decide(true);
  const message = `PostgreSQL is not reachable at ${url}: the "two-instances" end-to-end project was NOT run (set TEST_POSTGRES_URL).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!! ${message}\n`);
  return decide(false);
}

const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  // Two cores run the server, the browsers and argon2 sign-ins together: allow for it.
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "tmp/e2e-results.json" }]]
    : [["list"], ["json", { outputFile: "tmp/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: [/empty\//, /two-instances\//] },
    // A council's own install: an empty database whose first administrator comes from the CLI.
    {
      name: "empty-install",
      use: { browserName: "chromium", baseURL: `http://127.0.0.1:${EMPTY_PORT}` },
      testMatch: /empty\/.*\.spec\.ts/,
    },
    ...(twoInstances
      ? [
          {
            name: "two-instances",
            use: { browserName: "chromium" as const, baseURL: `http://127.0.0.1:${TWO_PROXY}` },
            testMatch: TWO_SPECS,
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Builds once and starts both servers (scripts/e2e-server.ts).
      command: "node_modules/.bin/tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${PORT}/sign-in`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(PORT), E2E_EMPTY_PORT: String(EMPTY_PORT) },
    },
    {
      // Started by the entry above; this one only waits for it.
      command: 'node -e "setInterval(() => {}, 1 << 30)"',
      url: `http://127.0.0.1:${EMPTY_PORT}/sign-in`,
      timeout: 240_000,
      // The entry above has started it by the time this one is checked.
      reuseExistingServer: true,
    },
    ...(twoInstances
      ? [
          {
            // After the entry above has built: two instances, one PostgreSQL database, one proxy.
            command: `node_modules/.bin/tsx scripts/two-instances.ts --ports ${TWO_PORTS.join(",")}`,
            url: `http://127.0.0.1:${TWO_PROXY}/sign-in`,
            timeout: 240_000,
            reuseExistingServer: false,
            // SIGTERM lets the script drop its database.
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 20_000 },
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
  ],
});
