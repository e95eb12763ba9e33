import { renameAreaSchema } from "@/lib/schemas/area";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator, requireLiveArea } from "@/server/authz/authorize-area";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import { NATION_NAMES, type Nation } from "@/domain/working-days";

export const AREA_CHANGED = "Someone else changed this area since you opened the page: reload it and try again";

/**
 * Renames an area and sets whose bank holidays its working days skip (global administrators). Its
 * key stays, as every link to the area uses it. Calendars already generated keep their dates until
 * the next generation.
 */
export async function renameArea(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  requireGlobalAdministrator(ctx.viewer, "rename an area");
  const input = parse(renameAreaSchema, raw, "Check the area's new name");
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  return inTransaction(ctx.db, async (tx) => {
    const area = await tx.area.findUnique({ where: { id: input.areaId } });
    if (!area) throw notFound("The area");
    requireLiveArea(area);
    await requireVersion(area, input.version, AREA_CHANGED);
    const nation = input.nation ?? area.nation;
    await updateVersioned(tx.area, area, { name: input.name, nation }, AREA_CHANGED);
    await appendAudit(tx, actor, {
      action: "area.rename",
      entityType: "Area",
      entityId: area.id,
      before: { name: area.name, nation: area.nation },
      after: { name: input.name, nation },
    });
    const holidays =
      nation === area.nation
        ? ""
        : ` Its working days now skip the bank holidays of ${NATION_NAMES[nation as Nation]}.`;
    return {
      slug: area.slug,
      name: input.name,
      nation,
      message: `Area ${area.slug} ${input.name === area.name ? "kept its name" : `renamed ${input.name}`}.${holidays}`,
    };
  });
}
