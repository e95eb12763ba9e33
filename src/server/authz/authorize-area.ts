import { can, type Permission } from "@/domain/permissions";
import { isGlobalAdministrator as isAdministratorOfEverything } from "@/domain/user-management";
import type { DbTx } from "@/server/data/database";
import { forbidden, notFound } from "@/server/core/errors";
import { administersArea } from "./authorize-post";
import { requireLiveArea, type Viewer } from "./load-viewer";

/** A grant over everything: the only kind that may create areas and edit the vocabularies. */
export const isGlobalAdministrator = (viewer: Viewer) => isAdministratorOfEverything(viewer.grants);

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

export { requireLiveArea } from "./load-viewer";

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

/**
 * An area's directory (organisations, people, posts) is set up by its administrators
 * ("area:manage"). People and organisations are global rows, so which area may edit one is decided
 * here (decision 016): the area that created it, or any area where it has a part (a membership on
 * one of its boards, a post of the area); an administrator of the whole portal may edit any.
 */

/** People who belong to an area's view: created there, sitting on one of its boards, or holding one of its posts. */
export const personInArea = (areaId: string) => ({
  OR: [
    { areaId },
    { memberships: { some: { board: { areas: { some: { areaId } } } } } },
    { postHoldings: { some: { post: { areaId } } } },
  ],
});

/** Organisations of an area: created there, represented on one of its boards, or owning one of its posts. */
export const organisationInArea = (areaId: string) => ({
  OR: [
    { areaId },
    { memberships: { some: { board: { areas: { some: { areaId } } } } } },
    { posts: { some: { areaId } } },
  ],
});

/** The area, for changing its directory: NOT_FOUND when the viewer cannot see it, FORBIDDEN unless they administer it. */
export async function authorizeAreaAdmin(db: DbTx, viewer: Viewer, areaId: string) {
  const area = await db.area.findUnique({ where: { id: areaId } });
  if (!area || !viewer.areaIds.includes(area.id)) throw notFound("The area");
  if (!administersArea(viewer, area.id))
    throw forbidden("Only an administrator of the area can change its organisations, people and posts");
  requireLiveArea(area);
  return area;
}

/** A person the viewer may edit from this area (see above). */
export async function authorizePersonInArea(db: DbTx, viewer: Viewer, areaId: string, personId: string) {
  const area = await authorizeAreaAdmin(db, viewer, areaId);
  const person = isGlobalAdministrator(viewer)
    ? await db.person.findUnique({ where: { id: personId } })
    : await db.person.findFirst({ where: { id: personId, ...personInArea(area.id) } });
  if (!person) throw notFound("The person");
  return { area, person };
}

/** An organisation the viewer may edit from this area (see above). */
export async function authorizeOrganisationInArea(db: DbTx, viewer: Viewer, areaId: string, organisationId: string) {
  const area = await authorizeAreaAdmin(db, viewer, areaId);
  const organisation = isGlobalAdministrator(viewer)
    ? await db.organisation.findUnique({ where: { id: organisationId } })
    : await db.organisation.findFirst({ where: { id: organisationId, ...organisationInArea(area.id) } });
  if (!organisation) throw notFound("The organisation");
  return { area, organisation };
}

/** A post, for changing its title, organisation or board: an administrator of its area. */
export async function authorizePostEdit(db: DbTx, viewer: Viewer, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId } });
  if (!post) throw notFound("The post");
  await authorizeAreaAdmin(db, viewer, post.areaId);
  return post;
}
