import { administeredAreas, canManageScope, canManageUser } from "@/domain/user-management";
import { invitedBy, requireAdministrator } from "@/server/authz/authorize-user";
import type { ViewerReader } from "@/server/authz/reader";
import { notFound } from "@/server/core/errors";
import { grantOfRole, labelOfRole, userInclude } from "./list-users";

/**
 * One user's page: their roles (each with whether the viewer may remove it), open invitation,
 * linked person, and the choices the viewer may grant (scopes) or link (people).
 */
export async function getUser(reader: ViewerReader, userId: string) {
  const { db, viewer } = reader;
  requireAdministrator(viewer);
  const user = await db.user.findUnique({ where: { id: userId }, include: userInclude });
  if (!user) throw notFound("The user");
  const grants = user.roles.map(grantOfRole);
  const invited = await invitedBy(db, viewer, user.id);
  const visible =
    administeredAreas(viewer.grants) === "all" ||
    (grants.length === 0 && invited) ||
    grants.some(
      (g) => viewer.areaIds.includes(g.areaId ?? "") || g.boardAreaIds.some((a) => viewer.areaIds.includes(a)),
    );
  if (!visible) throw notFound("The user");

  const areas = administeredAreas(viewer.grants);
  const scopes = await grantableScopes(reader);
  const people = await db.person.findMany({
    where:
      areas === "all"
        ? {}
        : {
            OR: [
              { areaId: { in: areas } },
              { memberships: { some: { board: { areas: { some: { areaId: { in: areas } } } } } } },
            ],
          },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 2000,
  });
  const invitation = user.invitations[0] ?? null;
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      disabled: user.disabled,
      version: user.version,
      lastSignInAt: user.lastSignInAt,
      hasPassword: user.passwordHash !== null,
      person: user.person ? { id: user.person.id, name: user.person.name } : null,
    },
    roles: user.roles.map((r) => ({
      id: r.id,
      label: labelOfRole(r),
      removable: canManageScope(
        viewer.grants,
        r.boardId
          ? { type: "board", areaIds: grantOfRole(r).boardAreaIds }
          : r.areaId
            ? { type: "area", areaId: r.areaId }
            : { type: "global" },
      ),
    })),
    invitation: invitation
      ? { id: invitation.id, expiresAt: invitation.expiresAt, expired: invitation.expiresAt <= new Date() }
      : null,
    manageable: canManageUser(viewer.grants, grants, invited),
    scopes,
    people,
  };
}

/** Where the viewer may grant roles, as select groups: everything (administrators of everything), then each area and its boards. */
export async function grantableScopes(reader: ViewerReader) {
  const { db, viewer } = reader;
  requireAdministrator(viewer);
  const areas = administeredAreas(viewer.grants);
  const areaRows = await db.area.findMany({
    where: areas === "all" ? {} : { id: { in: areas } },
    orderBy: { name: "asc" },
    include: { boards: { include: { board: true }, orderBy: { key: "asc" } } },
  });
  const scopes = [
    ...(areas === "all"
      ? [{ label: "The whole portal", options: [{ value: "global", label: "Everything (all areas)" }] }]
      : []),
    ...areaRows.map((a) => ({
      label: a.name,
      options: [
        { value: `area:${a.id}`, label: `${a.name} (the whole area)` },
        ...a.boards
          .filter((b) => !b.board.archivedAt)
          .map((b) => ({ value: `board:${b.boardId}`, label: `${b.key}: ${b.board.name}` })),
      ],
    })),
  ];
  return scopes;
}
