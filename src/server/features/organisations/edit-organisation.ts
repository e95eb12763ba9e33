import { editOrganisationSchema } from "@/lib/schemas/directory";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import { authorizeOrganisationInArea } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireOrganisationKind } from "./create-organisation";

const CHANGED = "Someone changed this organisation since you opened the page. Nothing was saved: reload and try again.";

/**
 * Renames an organisation or changes its kind. Its key (slug) stays as it was: imports, area files
 * and links name it by that key.
 */
export async function editOrganisation(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(editOrganisationSchema, raw, "Check the organisation's details");
  const { organisation } = await authorizeOrganisationInArea(ctx.db, ctx.viewer, input.areaId, input.organisationId);
  await requireOrganisationKind(ctx.db, input.kindId);
  await requireVersion(organisation, input.version, CHANGED);
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(tx.organisation, organisation, { name: input.name, kindId: input.kindId }, CHANGED);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "organisation.edit",
      entityType: "Organisation",
      entityId: organisation.id,
      before: { name: organisation.name, kindId: organisation.kindId },
      after: { name: input.name, kindId: input.kindId },
    });
    return { ...organisation, name: input.name, kindId: input.kindId };
  });
}
