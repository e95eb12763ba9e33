import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma-sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma-postgresql/client";
import { parseDatabaseUrl, type DatabaseTarget } from "@/lib/database-url";

/**
 * The Prisma client type the code is written against. Both generated clients come from one
 * template and differ only in provider, so their APIs are the same shape; the SQLite one is used
 * as the static type (docs/decisions/002-two-database-dialects.md).
 */
export type Db = SqliteClient;
/** A client or an interactive transaction: what services write through. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const targets = new WeakMap<object, DatabaseTarget>();

/** Which database a client created here talks to (null for a transaction or a foreign client). */
export function databaseTarget(db: object): DatabaseTarget | null {
  return targets.get(db) ?? null;
}

/** Opens a client for a DATABASE_URL. Used by the app (via db.ts), the CLI, the seed and tests. */
export function createDatabase(url: string | undefined = process.env.DATABASE_URL): Db {
  const target = parseDatabaseUrl(url);
  let client: Db;
  if (target.dialect === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.file }) });
  } else {
    client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  }
  targets.set(client, target);
  return client;
}

export function dialectOf(url: string | undefined = process.env.DATABASE_URL) {
  return parseDatabaseUrl(url).dialect;
}
