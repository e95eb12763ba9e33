import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { createAreaSchema } from "@/lib/schemas/area";
import type { Viewer } from "@/server/authz/load-viewer";
import { appendAudit, type Actor } from "@/server/core/audit";
import { AppError, forbidden } from "@/server/core/errors";
import type { Db } from "@/server/data/database";

/**
 * Creates an empty area (`cli area create`; later the administrators' page). Only an administrator of
 * the whole portal may; `viewer: null` is the trusted command line at the server's console.
 */
export async function createArea(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  if (
    ctx.viewer &&
    !ctx.viewer.grants.some((g) => g.role === "administrator" && g.boardId === null && g.areaId === null)
  ) {
    throw forbidden("Only an administrator of the whole portal can create an area");
  }
  const parsed = createAreaSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the area's key and name", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const actor: Actor = ctx.viewer ? { type: "user", userId: ctx.viewer.userId } : { type: "system", label: "cli" };
  return ctx.db.$transaction(async (tx) => {
    if (await tx.area.findUnique({ where: { slug: input.slug } })) {
      throw new AppError("ALREADY_EXISTS", `An area with the key ${input.slug} already exists`, {
        slug: ["An area with this key already exists: choose another"],
      });
    }
    const area = await tx.area.create({ data: { slug: input.slug, name: input.name } });
    await appendAudit(tx, actor, {
      action: "area.create",
      entityType: "Area",
      entityId: area.id,
      after: { slug: area.slug, name: area.name },
    });
    return { area: { slug: area.slug, name: area.name }, message: `Area ${area.name} (${area.slug}) created.` };
  });
}
