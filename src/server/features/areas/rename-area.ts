import { renameAreaSchema } from "@/lib/schemas/area";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";

export const AREA_CHANGED = "Someone else changed this area since you opened the page: reload it and try again";

/** Renames an area (global administrators). Its key stays, as every link to the area uses it. */
export async function renameArea(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  requireGlobalAdministrator(ctx.viewer, "rename an area");
  const input = parse(renameAreaSchema, raw, "Check the area's new name");
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  return inTransaction(ctx.db, async (tx) => {
    const area = await tx.area.findUnique({ where: { id: input.areaId } });
    if (!area) throw notFound("The area");
    requireLiveArea(area);
    await requireVersion(area, input.version, AREA_CHANGED);
    await updateVersioned(tx.area, area, { name: input.name }, AREA_CHANGED);
    await appendAudit(tx, actor, {
      action: "area.rename",
      entityType: "Area",
      entityId: area.id,
      before: { name: area.name },
      after: { name: input.name },
    });
    return { slug: area.slug, name: input.name, message: `Area ${area.slug} renamed ${input.name}.` };
  });
}
