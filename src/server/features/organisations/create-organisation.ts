import { createOrganisationSchema } from "@/lib/schemas/directory";
import { slugify } from "@/lib/slugify";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";

const INVALID = "Check the organisation's details";

/** The kind chosen on a form, which must be one of the vocabulary's. */
export async function requireOrganisationKind(db: DbTx, kindId: string) {
  const kind = await db.organisationKind.findUnique({ where: { id: kindId } });
  if (!kind) throw new AppError("VALIDATION", INVALID, { kindId: ["Choose a kind of organisation from the list"] });
  return kind;
}

/**
 * A new organisation, created from an area's page and belonging to that area (decision 016). Its
 * key (slug) comes from the name and is unique across the portal: a clash is a field error, as two
 * organisations with the same name would be indistinguishable in lists and imports.
 */
export async function createOrganisation(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(createOrganisationSchema, raw, INVALID);
  const area = await authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId);
  await requireOrganisationKind(ctx.db, input.kindId);
  const slug = slugify(input.name, "organisation");
  const duplicate = {
    message: INVALID,
    fieldErrors: { name: [`An organisation with this name (or one very like it) already exists: its key is ${slug}`] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      if (await tx.organisation.findUnique({ where: { slug } }))
        throw new AppError("ALREADY_EXISTS", duplicate.message, duplicate.fieldErrors);
      const organisation = await tx.organisation.create({
        data: { slug, name: input.name, kindId: input.kindId, areaId: area.id },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "organisation.create",
        entityType: "Organisation",
        entityId: organisation.id,
        after: { slug, name: organisation.name, kindId: organisation.kindId, areaId: area.id },
      });
      return organisation;
    },
    { duplicate },
  );
}
