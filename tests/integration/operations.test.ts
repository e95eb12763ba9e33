import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/server/data/database";
import { checkReadiness, committedMigrations, migrationsFolder } from "@/server/data/readiness";
import { runCliInProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

/** Issue 14, operations: /healthz, /readyz and `cli backup`, against a real database of the dialect under test. */
const t = withTestDatabase({ seeded: true });
const scratch = mkdtempSync(join(tmpdir(), "portal-ops-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The route handlers, on this file's database (db.ts opens DATABASE_URL when first imported). */
async function routes() {
  process.env.DATABASE_URL = t.url;
  const [healthz, readyz] = await Promise.all([import("@/app/healthz/route"), import("@/app/readyz/route")]);
  return { healthz: healthz.GET, readyz: readyz.GET };
}

describe("GET /healthz and /readyz", () => {
  it("/healthz answers 200 { status: ok } with no session", async () => {
    const response = (await routes()).healthz();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/readyz answers 200 while every committed migration is applied, and 503 naming the one missing", async () => {
    const { readyz } = await routes();
    const committed = await committedMigrations(migrationsFolder(t.url));
    expect(committed.length).toBeGreaterThan(5);
    const ready = await readyz();
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", migrations: committed.length });

    const last = committed[committed.length - 1]!;
    await t.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${last}'`);
    const missing = await readyz();
    expect(missing.status).toBe(503);
    const body = (await missing.json()) as { status: string; reason: string };
    expect(body.status).toBe("not-ready");
    expect(body.reason).toContain(last);
    expect(JSON.stringify(body)).not.toContain(t.url);
  });

  it("is not ready on a database that was never migrated", async () => {
    const empty = createDatabase(`file:${join(scratch, "empty.db")}`);
    try {
      const readiness = await checkReadiness(empty, migrationsFolder("file:./x.db"));
      expect(readiness.ready).toBe(false);
      expect(!readiness.ready && readiness.reason).toMatch(/no migrations table/);
    } finally {
      await empty.$disconnect();
    }
  });
});

describe("cli backup", () => {
  it("refuses bad usage and an existing file (exit 2), writing nothing", async () => {
    expect((await runCliInProcess(t.url, ["backup"])).code).toBe(2);
    const existing = join(scratch, "existing.bak");
    await runCliInProcess(t.url, ["backup", "--out", existing], { env: { DATABASE_URL: t.url } });
    const again = await runCliInProcess(t.url, ["backup", "--out", existing], { env: { DATABASE_URL: t.url } });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("writes a copy that opens with the same row counts (SQLite), or pg_dump's archive (PostgreSQL)", async () => {
    const out = join(scratch, t.dialect === "sqlite" ? "portal-backup.db" : "portal-backup.dump");
    const result = await runCliInProcess(t.url, ["backup", "--out", out], { env: { DATABASE_URL: t.url } });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(existsSync(out)).toBe(true);
    if (t.dialect === "sqlite") {
      const copy = new Database(out, { readonly: true });
      try {
        const count = (table: string) =>
          (copy.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
        const expected = {
          User: await t.db.user.count(),
          Board: await t.db.board.count(),
          Obligation: await t.db.obligation.count(),
          AuditEntry: await t.db.auditEntry.count(),
        };
        expect(Object.fromEntries(Object.keys(expected).map((table) => [table, count(table)]))).toEqual(expected);
        expect(expected.Obligation).toBeGreaterThan(0);
      } finally {
        copy.close();
      }
    } else {
      // pg_dump's custom format starts with its magic "PGDMP".
      expect(readFileSync(out).subarray(0, 5).toString()).toBe("PGDMP");
    }
  });
});
