import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests in a real Chromium against `next start` on a freshly migrated and seeded
 * SQLite database (scripts/e2e-server.ts). The browser is Debian's chromium where it exists (CI),
 * else PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Playwright's own download (`npx playwright install`).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? 3101);
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
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /empty\// },
    // A council's own install: an empty database whose first administrator comes from the CLI.
    {
      name: "empty-install",
      use: { browserName: "chromium", baseURL: `http://127.0.0.1:${EMPTY_PORT}` },
      testMatch: /empty\/.*\.spec\.ts/,
    },
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
  ],
});
