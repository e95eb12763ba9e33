import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-db";

/**
 * The audit log is append-only in the database itself (migration 20261204000000, decision 022):
 * triggers refuse an update or delete of an AuditEntry row from any client, the application's or a
 * console's, on both dialects.
 */
const t = withTestDatabase();

async function anEntry() {
  return t.db.auditEntry.create({
    data: { actorLabel: "test", action: "test.written", entityType: "Test", entityId: "one" },
  });
}

describe("audit entries cannot be changed or removed", () => {
  it("refuses an update through Prisma, and the row keeps what it said", async () => {
    const entry = await anEntry();
    await expect(
      t.db.auditEntry.update({ where: { id: entry.id }, data: { action: "test.rewritten" } }),
    ).rejects.toThrow(/append-only/);
    expect((await t.db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.written");
  });

  it("refuses a delete through Prisma, one row or many", async () => {
    const entry = await anEntry();
    await expect(t.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await t.db.auditEntry.count({ where: { id: entry.id } })).toBe(1);
  });

  it("refuses raw SQL too, as a console would send it", async () => {
    const entry = await anEntry();
    await expect(
      t.db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "after" = 'x' WHERE "id" = '${entry.id}'`),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    if (t.dialect === "postgresql")
      await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await t.db.auditEntry.count({ where: { id: entry.id } })).toBe(1);
  });

  it("still takes new entries", async () => {
    const before = await t.db.auditEntry.count();
    await anEntry();
    expect(await t.db.auditEntry.count()).toBe(before + 1);
  });
});
