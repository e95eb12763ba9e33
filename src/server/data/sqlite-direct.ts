import Database from "better-sqlite3";

/**
 * Direct better-sqlite3 connections, one per database file, beside the Prisma client on the same
 * file: the SQLite calendar store's fast path (data/calendar-store/sqlite-calendar-store.ts,
 * docs/decisions/009-direct-sqlite-for-bulk-generation.md). Opened on first use.
 */
const connections = new Map<string, Database.Database>();

export function openDirectSqlite(file: string): Database.Database {
  let connection = connections.get(file);
  if (!connection) {
    connection = new Database(file);
    connection.pragma("busy_timeout = 15000");
    connections.set(file, connection);
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

/**
 * An online backup of a SQLite file (`cli backup`): better-sqlite3's backup API copies the pages
 * while the portal keeps serving, so the copy is consistent without stopping anything.
 */
export async function backupSqlite(file: string, destination: string): Promise<void> {
  await openDirectSqlite(file).backup(destination);
}
