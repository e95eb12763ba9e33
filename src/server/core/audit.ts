import type { DbTx } from "@/server/data/database";

export type Actor =
  { type: "user"; userId: string; label?: string } | { type: "system"; label: "seed" | "cli" | "system" };

/** The signed-in user (a Viewer) as the actor of an audit entry. */
export const actorOf = (viewer: { userId: string }): Actor => ({ type: "user", userId: viewer.userId });

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one audit entry inside the caller's transaction. This module is the only writer of
 * AuditEntry and it only creates: there is no update or delete of audit rows anywhere (the SQLite
 * calendar store's bulk writes insert theirs below Prisma, with the columns from auditColumns()).
 * `at` defaults to the time of writing; a bulk write passes the time it stamps its rows with.
 */
export async function appendAudit(tx: DbTx, actor: Actor, entry: AuditInput, at?: Date): Promise<void> {
  await tx.auditEntry.create({ data: { ...auditColumns(actor, entry), ...(at ? { at } : {}) } });
}

/** An audit entry's columns, for appendAudit and for the SQLite calendar store's raw insert. */
export function auditColumns(actor: Actor, entry: AuditInput) {
  return {
    actorId: actor.type === "user" ? actor.userId : null,
    actorLabel: actor.type === "system" ? actor.label : (actor.label ?? null),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}
