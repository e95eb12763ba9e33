import { administeredAreas, canManageScope, canManageUser, scopeOfGrant } from "@/domain/user-management";
import type { Grant } from "@/domain/permissions";
import type { ViewerReader } from "@/server/authz/reader";
import { requireAdministrator } from "@/server/authz/authorize-user";
import { roleLabel } from "./describe-role";

const userInclude = {
  roles: { include: { area: true, board: { include: { areas: { include: { area: true } } } } } },
  invitations: { where: { usedAt: null, revokedAt: null }, orderBy: { createdAt: "desc" as const } },
  person: true,
};

type LoadedRole = {
  id: string;
  role: string;
  boardId: string | null;
  areaId: string | null;
  area: { name: string } | null;
  board: { name: string; areas: { key: string; areaId: string; area: { name: string } }[] } | null;
};

export const grantOfRole = (r: LoadedRole): Grant => ({
  role: r.role as Grant["role"],
  boardId: r.boardId,
  areaId: r.areaId,
  boardAreaIds: r.board?.areas.map((a) => a.areaId) ?? [],
});

export const labelOfRole = (r: LoadedRole) =>
  roleLabel(r.role, {
    board: r.board
      ? { name: r.board.name, key: r.board.areas[0]?.key ?? null, areas: r.board.areas.map((a) => a.area.name) }
      : null,
    area: r.area,
  });

/**
 * The users an administrator looks after, with their roles and last sign-in: everyone for an
 * administrator of everything; for an area's administrator, users with a role in their areas, and
 * users with no role whom they invited. `q` filters by name or email.
 */
export async function listUsers(reader: ViewerReader, filter: { q?: string } = {}) {
  requireAdministrator(reader.viewer);
  const users = await reader.db.user.findMany({ include: userInclude, orderBy: [{ name: "asc" }, { email: "asc" }] });
  const all = administeredAreas(reader.viewer.grants) === "all";
  const invited = new Set(
    (
      await reader.db.invitation.findMany({ where: { createdById: reader.viewer.userId }, select: { userId: true } })
    ).map((i) => i.userId),
  );
  const q = filter.q?.trim().toLowerCase();
  return users
    .filter((u) => {
      const grants = u.roles.map(grantOfRole);
      if (all) return true;
      if (grants.length === 0) return invited.has(u.id);
      return grants.some((g) => canManageScope(reader.viewer.grants, scopeOfGrant(g)));
    })
    .filter((u) => !q || u.name.toLowerCase().includes(q) || u.email.includes(q))
    .map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      disabled: u.disabled,
      lastSignInAt: u.lastSignInAt,
      invited: u.invitations.length > 0 && u.passwordHash === null,
      roles: u.roles.map(labelOfRole),
      manageable: canManageUser(reader.viewer.grants, u.roles.map(grantOfRole), invited.has(u.id)),
    }));
}

export { userInclude };
