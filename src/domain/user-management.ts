import type { Grant } from "./permissions";

/**
 * Who may manage whom (issue 10, "Users and roles"). Administrators of everything manage every
 * user and every role; an administrator of an area manages the roles of that area's boards and
 * the area's administrators, and the users whose roles all lie in areas they administer.
 */

/** Where a role applies, with the areas it lies in (a board's areas; an area itself). */
export type ScopeOfRole =
  { type: "global" } | { type: "area"; areaId: string } | { type: "board"; areaIds: readonly string[] };

const isGlobal = (g: Grant) => g.boardId === null && g.areaId === null;

export const isGlobalAdministrator = (grants: readonly Grant[]) =>
  grants.some((g) => g.role === "administrator" && isGlobal(g));

/** The areas whose users the grants let one manage: "all", or the areas one administers. */
export function administeredAreas(grants: readonly Grant[]): "all" | string[] {
  if (isGlobalAdministrator(grants)) return "all";
  return grants.filter((g) => g.role === "administrator" && g.areaId !== null).map((g) => g.areaId!);
}

/** Whether the grants let one grant or revoke a role of this scope. */
export function canManageScope(grants: readonly Grant[], scope: ScopeOfRole): boolean {
  const areas = administeredAreas(grants);
  if (areas === "all") return true;
  if (scope.type === "global") return false;
  if (scope.type === "area") return areas.includes(scope.areaId);
  return scope.areaIds.some((a) => areas.includes(a));
}

/** A grant as the scope it covers. */
export const scopeOfGrant = (g: Grant): ScopeOfRole =>
  g.boardId !== null
    ? { type: "board", areaIds: g.boardAreaIds }
    : g.areaId !== null
      ? { type: "area", areaId: g.areaId }
      : { type: "global" };

/**
 * Whether the grants let one manage a user (disable, invitations, their person): every role the
 * user holds must be one the manager could grant. A user with no role (all revoked, or made by the
 * CLI) belongs to no area: only an administrator of everything, or the administrator who invited
 * them, may see or manage them, so one area's administrators never see another area's people.
 */
export function canManageUser(
  grants: readonly Grant[],
  userGrants: readonly Grant[],
  invitedByViewer = false,
): boolean {
  const areas = administeredAreas(grants);
  if (areas !== "all" && areas.length === 0) return false;
  if (userGrants.length === 0) return areas === "all" || invitedByViewer;
  return userGrants.every((g) => canManageScope(grants, scopeOfGrant(g)));
}
