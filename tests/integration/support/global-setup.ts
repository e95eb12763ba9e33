import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEST_DIALECT, TEST_POSTGRES_URL, withDatabase } from "./dialect";
import { createDatabase } from "@/server/data/database";
import { closeDirectSqlite } from "@/server/data/sqlite-direct";
import { seedAll } from "../../factories/seed";

/** Seeds a migrated database with the five protocols and the demo users, once per run. */
async function seedInto(url: string) {
  const db = createDatabase(url);
  await seedAll(db);
  await db.$disconnect();
}

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    sqliteTemplate: string;
    postgresTemplate: string;
    sqliteSeededTemplate: string;
    postgresSeededTemplate: string;
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
    const seeded = join(dir, `seeded-${runId}.db`);
    copyFileSync(template, seeded);
    await seedInto(`file:${seeded}`);
    closeDirectSqlite(seeded);
    project.provide("sqliteTemplate", template);
    project.provide("sqliteSeededTemplate", seeded);
    project.provide("postgresTemplate", "");
    project.provide("postgresSeededTemplate", "");
    return () => {
      rmSync(template, { force: true });
      rmSync(seeded, { force: true });
    };
  }
  const name = `portal_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  migrate(withDatabase(TEST_POSTGRES_URL, name));
  const seeded = `portal_tpls_${runId}`;
  const creator = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await creator.connect();
  await creator.query(`CREATE DATABASE "${seeded}" TEMPLATE "${name}"`);
  await creator.end();
  await seedInto(withDatabase(TEST_POSTGRES_URL, seeded));
  project.provide("sqliteTemplate", "");
  project.provide("sqliteSeededTemplate", "");
  project.provide("postgresTemplate", name);
  project.provide("postgresSeededTemplate", seeded);
  return async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `portal_%_${runId}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  };
}
