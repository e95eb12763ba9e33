import Database from "better-sqlite3";
import { databaseTarget } from "./database";

/**
 * A direct better-sqlite3 connection to the same file as a SQLite Prisma client, for the calendar's
 * bulk path (docs/decisions/009-direct-sqlite-for-bulk-generation.md). Null for PostgreSQL, or for
 * a transaction client, which keep to Prisma.
 */
const connections = new Map<string, Database.Database>();

export function directSqlite(db: object): Database.Database | null {
  const target = databaseTarget(db);
  if (!target || target.dialect !== "sqlite") return null;
  let connection = connections.get(target.file);
  if (!connection) {
    connection = new Database(target.file);
    connection.pragma("busy_timeout = 15000");
    connections.set(target.file, connection);
  }
  return connection;
}

/** Closes the direct connection to a file (tests drop their databases). */
export function closeDirectSqlite(file: string) {
  connections.get(file)?.close();
  connections.delete(file);
}

/** A DateTime as Prisma stores it in SQLite: ISO 8601 with milliseconds and "+00:00". */
export const sqliteDateTime = (d: Date) => d.toISOString().replace("Z", "+00:00");
