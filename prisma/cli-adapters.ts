/**
 * Driver adapters for the Prisma CLI (migrate deploy, migrate diff, db push) with `engine: "js"`.
 * See ../shared/TOOLCHAIN.md for why PostgreSQL needs the catalog-type workaround below.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl } from "../src/lib/database-url";

export function sqliteCliAdapter() {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (target.dialect !== "sqlite") throw new Error("DATABASE_URL is not a SQLite file: URL");
  mkdirSync(dirname(target.file), { recursive: true });
  return new PrismaBetterSQLite3({ url: target.file });
}

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
type Fields = { fields?: { dataTypeID: number }[] };
const asText = <T>(result: T): T => {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as Fields | undefined)?.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
};

/**
 * adapter-pg cannot map the catalog types `name` and `char` that the schema engine reads during
 * `migrate deploy` (prisma/orm#27403). This client reports them as `text`, for the CLI only;
 * the application's client is untouched.
 */
class CatalogTypesAsTextClient extends pg.Client {
  // pg's query() is overloaded (callback or promise); this wrapper keeps every form working.
  override query(...args: unknown[]): never {
    const callOriginal = super.query.bind(this) as (...a: unknown[]) => unknown;
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : asText(res));
      return callOriginal(...args) as never;
    }
    const out = callOriginal(...args);
    if (out instanceof Promise) return out.then(asText) as never;
    return out as never;
  }
}

export function postgresCliAdapter() {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (target.dialect !== "postgresql") throw new Error("DATABASE_URL is not a postgresql:// URL");
  const url = new URL(target.url);
  // Separate fields, not connectionString, so a shadow database (migrate dev) gets its own name.
  return new PrismaPg({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: url.pathname.slice(1) || undefined,
    Client: CatalogTypesAsTextClient,
  });
}
