/**
 * The servers the end-to-end tests run against, from one production build under `next start`:
 * - E2E_PORT (3100): a fresh SQLite database, migrated with the real `prisma migrate deploy` and
 *   seeded with the demo data;
 * - E2E_EMPTY_PORT (3101): a second fresh SQLite database, migrated only, as a council's own install
 *   starts (tests/e2e/empty/: its first administrator comes from `cli user add --admin`).
 * Set E2E_SKIP_BUILD=1 to reuse an existing .next build while iterating locally.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { E2E_EMPTY_DATABASE_URL } from "../tests/e2e/empty/empty-install";
import { E2E_OIDC_PORT, OIDC_TEST_CLIENT, OIDC_TEST_NAME, OIDC_TEST_TENANT } from "../tests/support/oidc-test-client";

/** The demo seed refuses a production-mode database unless told this is intended. */
const SEED_FLAGS: string[] = ["--allow-production"];

const port = process.env.E2E_PORT ?? "3100";
const emptyPort = process.env.E2E_EMPTY_PORT ?? "3101";
mkdirSync("tmp/e2e", { recursive: true });
rmSync("tmp/e2e/portal.db", { force: true });
rmSync("tmp/e2e/empty.db", { force: true });
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "file:./tmp/e2e/portal.db",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-any-real-deployment-000",
  AUTH_MAX_FAILURES_PER_ACCOUNT: "3",
  AUTH_MAX_FAILURES_PER_ADDRESS: "1000",
  DEMO_PASSWORD: "demo-portal-2026",
  UPLOAD_DIR: "tmp/e2e/uploads",
  // One JSON line per request would bury the test report; warnings and errors still show.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
const emptyEnv = {
  ...env,
  DATABASE_URL: E2E_EMPTY_DATABASE_URL,
  NEXTAUTH_URL: `http://127.0.0.1:${emptyPort}`,
  UPLOAD_DIR: "tmp/e2e/empty-uploads",
};
const step = (cmd: string, args: string[], stepEnv: NodeJS.ProcessEnv = env) =>
  execFileSync(cmd, args, { env: stepEnv, stdio: ["ignore", "inherit", "inherit"] });
step("node_modules/.bin/tsx", ["src/cli/index.ts", "migrate"]);
step("node_modules/.bin/tsx", ["src/cli/index.ts", "seed", ...SEED_FLAGS]);
step("node_modules/.bin/tsx", ["src/cli/index.ts", "migrate"], emptyEnv);
if (process.env.E2E_SKIP_BUILD !== "1") step("node_modules/.bin/next", ["build"]);
/** Single sign-on against the OpenID Connect server tests/e2e/auth/sso.spec.ts starts (main portal only). */
const oidcEnv = {
  AUTH_OIDC_ISSUER: `http://127.0.0.1:${E2E_OIDC_PORT}`,
  AUTH_OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
  AUTH_OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
  AUTH_OIDC_NAME: OIDC_TEST_NAME,
  AUTH_OIDC_TENANT_ID: OIDC_TEST_TENANT,
};
const servers = [
  spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], {
    env: { ...env, ...oidcEnv },
    stdio: "inherit",
  }),
  spawn("node_modules/.bin/next", ["start", "-p", emptyPort, "-H", "127.0.0.1"], { env: emptyEnv, stdio: "inherit" }),
];
const stop = () => servers.forEach((s) => s.kill("SIGTERM"));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
for (const server of servers)
  server.on("exit", (code) => {
    stop();
    process.exit(code ?? 0);
  });
