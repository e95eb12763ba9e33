import { can, visibleAreaIds, type Grant, type Permission } from "@/domain/permissions";
import { ROLES, type Role } from "@/lib/schemas/vocabulary";
import type { DbTx } from "@/server/data/database";
import { AppError, forbidden, notFound } from "@/server/core/errors";

/** The signed-in user with everything needed to authorise: roles, and the areas they can see. */
export interface Viewer {
  userId: string;
  email: string;
  name: string;
  grants: Grant[];
  areaIds: string[];
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Loads a user's grants afresh (so a removed role or disabled account takes effect at once). With
 * `session` (the version a session token carries), a session the user's sessionVersion has moved
 * past (sign-out, disabling, a new password) is refused too.
 */
export async function loadViewer(
  db: DbTx,
  userId: string,
  session?: { sessionVersion: number },
): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { roles: { include: { board: { include: { areas: true } } } } },
  });
  if (!user || user.disabled) return null;
  if (session && session.sessionVersion !== user.sessionVersion) return null;
  const grants: Grant[] = user.roles
    .filter((r) => isRole(r.role))
    .map((r) => ({
      role: r.role as Role,
      boardId: r.boardId,
      areaId: r.areaId,
      boardAreaIds: r.board?.areas.map((a) => a.areaId) ?? [],
    }));
  const allAreas = await db.area.findMany({ select: { id: true } });
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    grants,
    areaIds: visibleAreaIds(
      grants,
      allAreas.map((a) => a.id),
    ),
  };
}

/**
 * Authorises a viewer against one board, loading the board's areas. A board the viewer may not
 * even read is reported as not found, so its existence does not leak across areas.
 */
export async function authorizeBoard(db: DbTx, viewer: Viewer, boardId: string, permission: Permission) {
  const found = await db.board.findUnique({
    where: { id: boardId },
    include: { areas: { include: { area: { select: { name: true, archivedAt: true } } } } },
  });
  if (!found) throw notFound("The board");
  const scope = { boardId: found.id, areaIds: found.areas.map((a) => a.areaId) };
  if (!can(viewer.grants, "board:read", scope)) throw notFound("The board");
  if (!can(viewer.grants, permission, scope)) throw forbidden();
  // An archived area is kept for its history: nothing on a board whose home it is changes.
  const home = found.areas.find((a) => a.home)?.area;
  if (permission !== "board:read" && home) requireLiveArea(home);
  const { areas, ...board } = found;
  return { ...board, areas: areas.map(({ area: _area, ...link }) => link) };
}

/** Refuses a change to an archived area: it is kept for its history only. */
export function requireLiveArea(area: { name: string; archivedAt: Date | null }) {
  if (area.archivedAt)
    throw new AppError("CONFLICT", `${area.name} is archived: bring it back before changing anything in it`);
}

export function viewerCan(viewer: Viewer, permission: Permission, board: { id: string; areas: { areaId: string }[] }) {
  return can(viewer.grants, permission, { boardId: board.id, areaIds: board.areas.map((a) => a.areaId) });
}

export function requireArea(viewer: Viewer, areaId: string) {
  if (!viewer.areaIds.includes(areaId)) throw new AppError("NOT_FOUND", "The area was not found");
}
