/**
 * The server the end-to-end tests run against: a fresh SQLite database, migrated with the real
 * `prisma migrate deploy`, seeded with the demo data, then a production build under `next start`.
 * Set E2E_SKIP_BUILD=1 to reuse an existing .next build while iterating locally.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
mkdirSync("tmp/e2e", { recursive: true });
rmSync("tmp/e2e/portal.db", { force: true });
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
};
const step = (cmd: string, args: string[]) => execFileSync(cmd, args, { env, stdio: ["ignore", "inherit", "inherit"] });
step("node_modules/.bin/tsx", ["src/cli/index.ts", "migrate"]);
step("node_modules/.bin/tsx", ["src/cli/index.ts", "seed", "--allow-production"]);
if (process.env.E2E_SKIP_BUILD !== "1") step("node_modules/.bin/next", ["build"]);
const server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
