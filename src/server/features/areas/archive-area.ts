import { archiveAreaSchema } from "@/lib/schemas/area";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import { AREA_CHANGED } from "./rename-area";

/**
 * Archives an area (global administrators): it leaves every list and its pages, and refuses
 * changes, but nothing in it is deleted; "restore" brings it back.
 */
export async function archiveArea(ctx: { db: Db; viewer: Viewer | null }, raw: unknown, now = new Date()) {
  requireGlobalAdministrator(ctx.viewer, "archive an area");
  const input = parse(archiveAreaSchema, raw, "Choose whether to archive the area");
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  const archive = input.archived === "archive";
  return inTransaction(ctx.db, async (tx) => {
    const area = await tx.area.findUnique({ where: { id: input.areaId } });
    if (!area) throw notFound("The area");
    await requireVersion(area, input.version, AREA_CHANGED);
    if (archive === Boolean(area.archivedAt))
      throw new AppError("CONFLICT", archive ? `${area.name} is already archived` : `${area.name} is not archived`);
    await updateVersioned(tx.area, area, { archivedAt: archive ? now : null }, AREA_CHANGED);
    await appendAudit(tx, actor, {
      action: archive ? "area.archive" : "area.restore",
      entityType: "Area",
      entityId: area.id,
      before: { archivedAt: area.archivedAt },
      after: { archivedAt: archive ? now : null },
    });
    return { message: archive ? `${area.name} archived.` : `${area.name} brought back.` };
  });
}
