import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * SQL lives in the calendar store pair only (docs/decisions/011-calendar-data-seam.md): everything
 * else in src/ goes through Prisma's query API, so one schema change has two places to look, both
 * held to the same results by tests/integration/calendar-store.contract.test.ts.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const storePair = [
  "src/server/data/calendar-store/prisma-calendar-store.ts",
  "src/server/data/calendar-store/sqlite-calendar-store.ts",
];
const directConnection = "src/server/data/sqlite-direct.ts";
// Reads Prisma's own _prisma_migrations table, which has no model, for GET /readyz.
const readiness = "src/server/data/readiness.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [relative(root, path).split("\\").join("/")]
      : [];
  });
}

const files = sourceFiles(join(root, "src"));

describe("raw SQL in src/", () => {
  it("finds the source files and the store pair", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toEqual(expect.arrayContaining([...storePair, directConnection]));
  });

  it("appears only in the calendar store pair", () => {
    const rawSql = /\$(executeRaw|queryRaw)|\.prepare\(/;
    expect(
      files.filter((f) => ![...storePair, readiness].includes(f) && rawSql.test(readFileSync(join(root, f), "utf8"))),
    ).toEqual([]);
  });

  it("reaches better-sqlite3 only through the direct connection and the SQLite store", () => {
    const importsDriver =
      /from\s+["']better-sqlite3["']|import\(\s*["']better-sqlite3["']\s*\)|require\(\s*["']better-sqlite3["']\s*\)/;
    const allowed = [directConnection, storePair[1]];
    expect(
      files.filter((f) => !allowed.includes(f) && importsDriver.test(readFileSync(join(root, f), "utf8"))),
    ).toEqual([]);
  });
});
