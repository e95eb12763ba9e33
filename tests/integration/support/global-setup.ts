import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEST_DIALECT, TEST_POSTGRES_URL, withDatabase } from "./dialect";

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    sqliteTemplate: string;
    postgresTemplate: string;
  }
}

const root = resolve(import.meta.dirname, "../../..");

function migrate(url: string) {
  // The real `prisma migrate deploy`, as production runs it, once per test run into a template.
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", `prisma/${TEST_DIALECT}.config.ts`], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Builds one migrated template database per run; each test file copies it (see test-db.ts). */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  project.provide("runId", runId);
  const dir = join(root, "tmp", "test-db");
  mkdirSync(dir, { recursive: true });
  if (TEST_DIALECT === "sqlite") {
    const template = join(dir, `template-${runId}.db`);
    migrate(`file:${template}`);
    project.provide("sqliteTemplate", template);
    project.provide("postgresTemplate", "");
    return () => rmSync(template, { force: true });
  }
  const name = `portal_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  migrate(withDatabase(TEST_POSTGRES_URL, name));
  project.provide("sqliteTemplate", "");
  project.provide("postgresTemplate", name);
  return async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`portal_%_${runId}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  };
}
