import { can, type Permission } from "@/domain/permissions";
import type { DbTx } from "@/server/data/database";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import type { Viewer } from "./load-viewer";

/** A grant over everything: the only kind that may create areas and edit the vocabularies. */
export const isGlobalAdministrator = (viewer: Viewer) =>
  viewer.grants.some((g) => g.role === "administrator" && g.boardId === null && g.areaId === null);

/** Refuses anyone but an administrator of the whole portal. */
export function requireGlobalAdministrator(viewer: Viewer | null, doing: string) {
  if (viewer && !isGlobalAdministrator(viewer))
    throw forbidden(`Only an administrator of the whole portal can ${doing}`);
}

/**
 * Authorises a viewer against an area itself (not one of its boards): a grant over the area or over
 * everything. An area the viewer cannot see is reported as not found. `viewer: null` is the CLI.
 */
export async function authorizeArea(db: DbTx, viewer: Viewer | null, areaId: string, permission: Permission) {
  const area = await db.area.findUnique({ where: { id: areaId } });
  if (!area) throw notFound("The area");
  if (!viewer) return area;
  if (!viewer.areaIds.includes(area.id)) throw notFound("The area");
  // No board is named: only grants over the area, or over everything, cover it.
  if (!can(viewer.grants, permission, { boardId: "", areaIds: [area.id] })) throw forbidden();
  return area;
}

/** Refuses a change to an archived area: it is kept for its history only. */
export function requireLiveArea(area: { name: string; archivedAt: Date | null }) {
  if (area.archivedAt)
    throw new AppError("CONFLICT", `${area.name} is archived: bring it back before changing anything in it`);
}

/** Whether the viewer may set up the area (pages show the set-up links only then). */
export const viewerCanManageArea = (viewer: Viewer, areaId: string) =>
  can(viewer.grants, "area:manage", { boardId: "", areaIds: [areaId] });

/**
 * Who may import an area file: an administrator of everything, or, for an area that already exists,
 * its own administrators (area:manage). `viewer: null` is the CLI.
 */
export async function authorizeAreaImport(db: DbTx, viewer: Viewer | null, areaSlug: string | null) {
  if (!viewer || isGlobalAdministrator(viewer)) return;
  const area = areaSlug ? await db.area.findUnique({ where: { slug: areaSlug } }) : null;
  if (!area) throw forbidden("Only an administrator of the whole portal can import a new area");
  await authorizeArea(db, viewer, area.id, "area:manage");
}
