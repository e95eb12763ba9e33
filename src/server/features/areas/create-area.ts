import { createAreaSchema } from "@/lib/schemas/area";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";

/**
 * Creates an empty area (`cli area create`; later the administrators' page). Only an administrator of
 * the whole portal may; `viewer: null` is the trusted command line at the server's console.
 */
export async function createArea(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  requireGlobalAdministrator(ctx.viewer, "create an area");
  const input = parse(createAreaSchema, raw, "Check the area's key and name");
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  // The unique key on the slug refuses a second area with the same key, even at the same moment.
  const duplicate = {
    message: `An area with the key ${input.slug} already exists`,
    fieldErrors: { slug: ["An area with this key already exists: choose another"] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const area = await tx.area.create({
        data: { slug: input.slug, name: input.name, nation: input.nation ?? "england-and-wales" },
      });
      await appendAudit(tx, actor, {
        action: "area.create",
        entityType: "Area",
        entityId: area.id,
        after: { slug: area.slug, name: area.name, nation: area.nation },
      });
      return { area: { slug: area.slug, name: area.name }, message: `Area ${area.name} (${area.slug}) created.` };
    },
    { duplicate },
  );
}
