import type { DbTx } from "@/server/data/database";
import { forbidden, notFound } from "@/server/core/errors";
import { administersArea } from "./authorize-post";
import type { Viewer } from "./load-viewer";

/**
 * An area's directory (organisations, people, posts) is set up by its administrators
 * ("area:manage"). People and organisations are global rows, so which area may edit one is decided
 * here (decision 016): the area that created it, or any area where it has a part (a membership on
 * one of its boards, a post of the area); an administrator of the whole portal may edit any.
 */

export const administersAll = (viewer: Viewer) =>
  viewer.grants.some((g) => g.role === "administrator" && g.areaId === null && g.boardId === null);

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
  return area;
}

/** A person the viewer may edit from this area (see above). */
export async function authorizePersonInArea(db: DbTx, viewer: Viewer, areaId: string, personId: string) {
  const area = await authorizeAreaAdmin(db, viewer, areaId);
  const person = administersAll(viewer)
    ? await db.person.findUnique({ where: { id: personId } })
    : await db.person.findFirst({ where: { id: personId, ...personInArea(area.id) } });
  if (!person) throw notFound("The person");
  return { area, person };
}

/** An organisation the viewer may edit from this area (see above). */
export async function authorizeOrganisationInArea(db: DbTx, viewer: Viewer, areaId: string, organisationId: string) {
  const area = await authorizeAreaAdmin(db, viewer, areaId);
  const organisation = administersAll(viewer)
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
