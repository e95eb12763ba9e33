import { copyFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, type Db } from "@/server/data/database";
import { closeDirectSqlite } from "@/server/data/sqlite-direct";
import { TEST_DIALECT, TEST_POSTGRES_URL, withDatabase } from "./dialect";

export interface TestDatabase {
  db: Db;
  url: string;
  dialect: typeof TEST_DIALECT;
}

let counter = 0;

/**
 * A fresh, migrated database of the dialect under test, created from the run's template: the
 * migrated-only one, or (`seeded`) the one global-setup also seeded with the five protocols and
 * the demo users (`seedAll`), which most files would otherwise each spend seconds re-creating.
 */
export async function createTestDatabase(
  options: { seeded?: boolean } = {},
): Promise<TestDatabase & { drop: () => Promise<void> }> {
  const runId = inject("runId");
  const unique = `${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 6)}`;
  if (TEST_DIALECT === "sqlite") {
    const template = inject(options.seeded ? "sqliteSeededTemplate" : "sqliteTemplate");
    const file = join(dirname(template), `t-${runId}-${unique}.db`);
    copyFileSync(template, file);
    const url = `file:${file}`;
    const db = createDatabase(url);
    return {
      db,
      url,
      dialect: TEST_DIALECT,
      drop: async () => {
        await db.$disconnect();
        closeDirectSqlite(file);
        rmSync(file, { force: true });
      },
    };
  }
  const name = `portal_t_${runId}_${unique}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE "${name}" TEMPLATE "${inject(options.seeded ? "postgresSeededTemplate" : "postgresTemplate")}"`,
  );
  await admin.end();
  const url = withDatabase(TEST_POSTGRES_URL, name);
  const db = createDatabase(url);
  return {
    db,
    url,
    dialect: TEST_DIALECT,
    drop: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** One database for the whole test file: created before its tests, dropped after. */
export function withTestDatabase(options: { seeded?: boolean } = {}): TestDatabase {
  const handle = {} as TestDatabase;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await createTestDatabase(options);
    Object.assign(handle, created);
    drop = created.drop;
  });
  afterAll(async () => {
    await drop?.();
  });
  return handle;
}
