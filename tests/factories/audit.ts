import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { DbTx } from "@/server/data/database";
import { uniqueKey } from "./unique";

/**
 * An audit entry written as it stands (at a chosen instant, say), for tests of reading the log. Tests
 * of what a change audits use the service and read its entry; this is not `appendAudit`.
 */
export function makeAuditEntry(db: DbTx, fields: Partial<Prisma.AuditEntryUncheckedCreateInput> = {}) {
  return db.auditEntry.create({
    data: { action: "test.entry", entityType: "TestThing", entityId: uniqueKey("test-thing"), ...fields },
  });
}
