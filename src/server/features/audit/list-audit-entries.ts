import { addDays } from "@/domain/civil-date";
import { auditFilterSchema, type AuditFilters } from "@/lib/schemas/dashboard";
import { londonStartOfDay } from "@/lib/london-time";
import type { DbTx } from "@/server/data/database";
import { forbidden } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import type { Viewer } from "@/server/authz/load-viewer";
import { canReadAudit } from "@/server/authz/authorize-audit";

export const AUDIT_PAGE_SIZE = 50;

/** Pretty-prints a stored JSON column for people; text that is not JSON is shown as it is. */
function readable(json: string | null): string | null {
  if (json === null) return null;
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/**
 * The administrators' audit page: entries newest first, 50 a page, filtered by actor (email, or
 * "seed"/"cli"/"system"), action (its beginning), entity type and id, and London dates. Reading
 * only: nothing here, or anywhere, updates or deletes an AuditEntry (src/server/core/audit.ts).
 */
export async function listAuditEntries(ctx: { db: DbTx; viewer: Viewer }, raw: unknown) {
  if (!canReadAudit(ctx.viewer)) throw forbidden("Only administrators can read the audit log");
  const f: AuditFilters = parse(auditFilterSchema, raw, "Check the filters");
  const where = {
    AND: [
      f.actor ? { OR: [{ actor: { email: { contains: f.actor } } }, { actorLabel: f.actor }] } : {},
      f.action ? { action: { startsWith: f.action.toLowerCase() } } : {},
      f.entityType ? { entityType: f.entityType } : {},
      f.entityId ? { entityId: f.entityId } : {},
      f.from ? { at: { gte: londonStartOfDay(f.from) } } : {},
      f.to ? { at: { lt: londonStartOfDay(addDays(f.to, 1)) } } : {},
    ],
  };
  const total = await ctx.db.auditEntry.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pages);
  const rows = await ctx.db.auditEntry.findMany({
    where,
    include: { actor: { select: { email: true, name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return {
    filters: f,
    total,
    page,
    pages,
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor ? r.actor.email : (r.actorLabel ?? "unknown"),
      actorName: r.actor?.name ?? null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: readable(r.before),
      after: readable(r.after),
    })),
  };
}
