import { isAbsolute, resolve } from "node:path";

/** The default database: a SQLite file beside the project, created by `npm run db:deploy`. */
export const DEFAULT_DATABASE_URL = "file:./data/portal.db";

export type DatabaseTarget = { dialect: "sqlite"; url: string; file: string } | { dialect: "postgresql"; url: string };

/**
 * Which dialect a DATABASE_URL names. `file:` (or a bare path) is SQLite, relative to the project
 * root; `postgres://` or `postgresql://` is PostgreSQL. Anything else is refused by name.
 */
export function parseDatabaseUrl(url: string | undefined, root = process.cwd()): DatabaseTarget {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(value)) return { dialect: "postgresql", url: value };
  if (value.startsWith("file:")) {
    const path = value.slice("file:".length);
    return { dialect: "sqlite", url: value, file: isAbsolute(path) ? path : resolve(root, path) };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${value.slice(0, 20)}…"`,
  );
}
