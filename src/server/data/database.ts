import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma-sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma-postgresql/client";
import { parseDatabaseUrl } from "@/lib/database-url";
import type { CalendarStore } from "./calendar-store/calendar-store";
import { postgresCalendarStore } from "./calendar-store/postgres-calendar-store";
import { prismaCalendarStore } from "./calendar-store/prisma-calendar-store";
import { sqliteCalendarStore } from "./calendar-store/sqlite-calendar-store";

/**
 * The Prisma client type the code is written against. Both generated clients come from one
 * template and differ only in provider, so their APIs are the same shape; the SQLite one is used
 * as the static type (docs/decisions/002-two-database-dialects.md).
 */
export type Db = SqliteClient;
/** A client or an interactive transaction: what services write through. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const calendarStores = new WeakMap<object, CalendarStore>();

export interface DatabaseOptions {
  /**
   * The calendar's bulk reads and writes: "direct" (the default) is better-sqlite3 on the file for
   * SQLite and `pg` on the client's pool for PostgreSQL; "prisma" is Prisma on either (the contract
   * test compares them).
   */
  calendarStore?: "direct" | "prisma";
}

/** Opens a client for a DATABASE_URL. Used by the app (via db.ts), the CLI, the seed and tests. */
export function createDatabase(url: string | undefined = process.env.DATABASE_URL, options: DatabaseOptions = {}): Db {
  const target = parseDatabaseUrl(url);
  let client: Db;
  let store: CalendarStore;
  if (target.dialect === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.file }) });
    store = options.calendarStore === "prisma" ? prismaCalendarStore(client) : sqliteCalendarStore(target.file);
  } else {
    // One pool, one connection configuration: Prisma's adapter runs on it (and ends it at
    // $disconnect), and the PostgreSQL calendar store takes its bulk connections from it.
    const pool = new pg.Pool({ connectionString: target.url, allowExitOnIdle: true });
    client = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
    store = options.calendarStore === "prisma" ? prismaCalendarStore(client) : postgresCalendarStore(client, pool);
  }
  calendarStores.set(client, store);
  return client;
}

/**
 * The calendar store of a client, chosen when createDatabase() made it
 * (docs/decisions/011-calendar-data-seam.md). A transaction or a client made elsewhere has none:
 * the calendar's bulk reads and writes open their own transactions, so they take the client.
 */
export function calendarStore(db: DbTx): CalendarStore {
  const store = calendarStores.get(db);
  if (!store) throw new Error("The calendar's bulk reads and writes need a client from createDatabase(), not a transaction or another client");
  return store;
}

export function dialectOf(url: string | undefined = process.env.DATABASE_URL) {
  return parseDatabaseUrl(url).dialect;
}
