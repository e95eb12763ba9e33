import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseDatabaseUrl } from "@/lib/database-url";
import { backupSqlite } from "@/server/data/sqlite-direct";

/**
 * `cli backup --out <file>` (issue 14). SQLite: an online copy by better-sqlite3's backup API, a
 * database file that opens as it is. PostgreSQL: runs `pg_dump --format=custom` when it is installed
 * (the password passed in PGPASSWORD, not on the command line); without it, prints the line to run
 * and exits 1.
 */
export const BACKUP_USAGE = "backup --out <file>";

const PG_DUMP_LINE = 'pg_dump --format=custom --no-owner --file=<file> "$DATABASE_URL"';

type Io = { out: (text: string) => void; err: (text: string) => void };

export async function runBackupCommand(argv: readonly string[], io: Io): Promise<number> {
  const [flag, out, ...extra] = argv;
  if (flag !== "--out" || !out || out.startsWith("--") || extra.length > 0) {
    io.err(`backup needs --out <file> and nothing else: ${BACKUP_USAGE}`);
    return 2;
  }
  const destination = resolve(out);
  if (existsSync(destination)) {
    io.err(`${out} already exists: choose a new file, so no backup is overwritten`);
    return 2;
  }
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (target.dialect === "sqlite") {
    await backupSqlite(target.file, destination);
    io.err(`Backed up the SQLite database to ${out}.`);
    return 0;
  }
  return pgDump(target.url, destination, io);
}

function pgDump(url: string, destination: string, io: Io): Promise<number> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return new Promise((resolveExit) => {
    let settled = false;
    const done = (code: number) => {
      if (!settled) resolveExit(code);
      settled = true;
    };
    const child = spawn("pg_dump", ["--format=custom", "--no-owner", `--file=${destination}`, parsed.toString()], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", () => {
      io.err(`pg_dump is not installed here. Back up PostgreSQL with:\n  ${PG_DUMP_LINE}`);
      done(1);
    });
    child.on("close", (code) => {
      if (settled) return;
      if (code === 0) io.err(`Backed up the PostgreSQL database to ${destination} (pg_dump custom format).`);
      else io.err(`pg_dump failed (exit ${code ?? "signal"}): ${stderr.trim()}`);
      done(code === 0 ? 0 : 1);
    });
  });
}
