import { administeredAreas, canManageScope, canManageUser } from "@/domain/user-management";
import type { Grant } from "@/domain/permissions";
import { ROLES, type Role } from "@/lib/schemas/vocabulary";
import type { RoleScope } from "@/lib/schemas/users";
import type { DbTx } from "@/server/data/database";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** A user's roles as grants (whether or not the account is enabled). */
export async function grantsOf(db: DbTx, userId: string): Promise<Grant[]> {
  const roles = await db.roleAssignment.findMany({
    where: { userId },
    include: { board: { include: { areas: true } } },
  });
  return roles
    .filter((r) => isRole(r.role))
    .map((r) => ({
      role: r.role as Role,
      boardId: r.boardId,
      areaId: r.areaId,
      boardAreaIds: r.board?.areas.map((a) => a.areaId) ?? [],
    }));
}

/** Whether the viewer has ever sent this user an invitation or sign-in link. */
export async function invitedBy(db: DbTx, viewer: Viewer, userId: string): Promise<boolean> {
  return (await db.invitation.count({ where: { userId, createdById: viewer.userId } })) > 0;
}

/** Refuses anyone who administers nothing: users and roles are administrators' work. */
export function requireAdministrator(viewer: Viewer) {
  const areas = administeredAreas(viewer.grants);
  if (areas !== "all" && areas.length === 0) throw forbidden("Only an administrator can manage users and roles");
}

/**
 * Authorises granting or revoking a role of this scope: a board's roles need user:manage on the
 * board (its area's administrators), an area's administrators that area's, everything only an
 * administrator of everything. Unknown or unseen boards and areas are not found.
 */
export async function authorizeRoleScope(db: DbTx, viewer: Viewer, scope: RoleScope) {
  requireAdministrator(viewer);
  if (scope.type === "board") {
    const board = await authorizeBoard(db, viewer, scope.boardId, "user:manage");
    return { board, area: null };
  }
  if (scope.type === "area") {
    const area = await db.area.findUnique({ where: { id: scope.areaId } });
    if (!area || !viewer.areaIds.includes(area.id)) throw notFound("The area");
    if (!canManageScope(viewer.grants, { type: "area", areaId: area.id }))
      throw forbidden(`Only an administrator of ${area.name} or of the whole portal can do that`);
    return { board: null, area };
  }
  if (!canManageScope(viewer.grants, { type: "global" }))
    throw forbidden("Only an administrator of the whole portal can make someone an administrator of everything");
  return { board: null, area: null };
}

/** Authorises managing a user: they exist, and every role they hold lies where the viewer administers. */
export async function authorizeUser(db: DbTx, viewer: Viewer, userId: string) {
  requireAdministrator(viewer);
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("The user");
  const grants = await grantsOf(db, user.id);
  // A user with no role is seen only by administrators of everything and whoever invited them.
  if (grants.length === 0 && !canManageUser(viewer.grants, [], await invitedBy(db, viewer, user.id)))
    throw notFound("The user");
  if (!canManageUser(viewer.grants, grants))
    throw forbidden(
      "This user holds roles outside the areas you administer: an administrator of everything can change them",
    );
  return user;
}

/**
 * The rule that keeps the portal manageable: refuses when the user is the last enabled
 * administrator of everything and the change would take that away.
 */
export async function keepLastAdministrator(db: DbTx, userId: string, what: string) {
  const others = await db.roleAssignment.count({
    where: { role: "administrator", boardId: null, areaId: null, userId: { not: userId }, user: { disabled: false } },
  });
  const isOne = await db.roleAssignment.count({
    where: { role: "administrator", boardId: null, areaId: null, userId },
  });
  if (isOne > 0 && others === 0)
    throw new AppError(
      "CONFLICT",
      `You cannot ${what} the last administrator of the whole portal: make someone else an administrator of everything first. Nothing was changed.`,
    );
}

/** Authorises removing a role: it belongs to the user named, and its scope is one the viewer manages. */
export async function authorizeGrant(db: DbTx, viewer: Viewer | null, grantId: string, userId: string) {
  const grant = await db.roleAssignment.findUnique({ where: { id: grantId }, include: { user: true } });
  if (!grant || grant.userId !== userId) throw notFound("The role");
  const scope: RoleScope = grant.boardId
    ? { type: "board", boardId: grant.boardId }
    : grant.areaId
      ? { type: "area", areaId: grant.areaId }
      : { type: "global" };
  if (viewer) await authorizeRoleScope(db, viewer, scope);
  return { grant, scope };
}

/** Authorises withdrawing an invitation: the viewer manages the user it is for. */
export async function authorizeInvitation(db: DbTx, viewer: Viewer | null, invitationId: string) {
  const invitation = await db.invitation.findUnique({ where: { id: invitationId }, include: { user: true } });
  if (!invitation) throw notFound("The invitation");
  if (viewer) await authorizeUser(db, viewer, invitation.userId);
  return invitation;
}
