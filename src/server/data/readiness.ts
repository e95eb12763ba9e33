import { readdir } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { parseDatabaseUrl } from "@/lib/database-url";
import type { Db } from "./database";

/**
 * Whether this instance can serve (GET /readyz, issue 14): the database answers, and every migration
 * committed for its dialect is applied. Reads Prisma's own bookkeeping table, which has no model, so
 * this is the one place outside the calendar store with SQL of its own (tests/lint/raw-sql.test.ts).
 * The reason says what is wrong without naming the database, its host or its data.
 */
export type Readiness = { ready: true; migrations: number } | { ready: false; reason: string };

export function migrationsFolder(databaseUrl: string | undefined, root = process.cwd()): string {
  const dialect = parseDatabaseUrl(databaseUrl).dialect;
  const base = isAbsolute(root) ? root : resolve(/*turbopackIgnore: true*/ process.cwd(), root);
  return join(base, "prisma", dialect, "migrations");
}

export async function committedMigrations(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function checkReadiness(db: Db, folder: string): Promise<Readiness> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ready: false, reason: "The database does not answer" };
  }
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    return { ready: false, reason: "The database has no migrations table: run the migrations (cli migrate)" };
  }
  let committed: string[];
  try {
    committed = await committedMigrations(folder);
  } catch {
    return { ready: false, reason: "The migrations folder cannot be read" };
  }
  const missing = committed.filter((name) => !applied.has(name));
  if (missing.length > 0)
    return {
      ready: false,
      reason: `${missing.length} migration${missing.length === 1 ? " is" : "s are"} not applied (${missing.join(", ")}): run the migrations (cli migrate)`,
    };
  return { ready: true, migrations: committed.length };
}
