import type { Role } from "@/lib/schemas/vocabulary";

/**
 * The role-permission map, declared once. Pages hide what a user may not do and every server
 * action checks again through requirePermission(); queries are scoped by readableBoardIds().
 */
export const PERMISSIONS = [
  "board:read",
  "meeting:manage",
  "item:log",
  "item:schedule",
  "item:waive",
  "calendar:generate",
  "challenge:raise",
  "challenge:respond",
  "membership:manage",
  "protocol:manage",
  "user:manage",
  "audit:read",
  /** Set-up and upkeep of an area: its boards, organisations, people, posts, and importing it as a file. */
  "area:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const SECRETARIAT = [
  "board:read",
  "meeting:manage",
  "item:log",
  "item:schedule",
  "calendar:generate",
  "membership:manage",
] as const;

export const ROLE_PERMISSIONS = {
  administrator: PERMISSIONS,
  secretariat: SECRETARIAT,
  chair: [...SECRETARIAT, "item:waive", "challenge:raise", "challenge:respond"],
  member: ["board:read"],
} as const satisfies Record<Role, readonly Permission[]>;

/** A role held by the user: over a board, over an area, or (administrators only) everywhere. */
export interface Grant {
  role: Role;
  boardId: string | null;
  areaId: string | null;
  /** The areas the granted board belongs to (empty for area and global grants). */
  boardAreaIds: readonly string[];
}

/** Where a board sits, for deciding area-scoped grants. */
export interface BoardScope {
  boardId: string;
  areaIds: readonly string[];
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

const isGlobal = (g: Grant) => g.boardId === null && g.areaId === null;

/**
 * Whether the grants allow a permission on a board. A board-scoped grant covers that board; an
 * area-scoped grant covers every board of the area; a grant with neither covers everything.
 * Reading is wider: a role on any board lets its holder read the other boards of the same areas,
 * because the protocols they work under are shared with those boards. Other areas stay unseen.
 */
export function can(grants: readonly Grant[], permission: Permission, board: BoardScope): boolean {
  return grants.some((grant) => {
    const covers =
      isGlobal(grant) ||
      grant.boardId === board.boardId ||
      (grant.areaId !== null && board.areaIds.includes(grant.areaId));
    if (covers) return roleAllows(grant.role, permission);
    return permission === "board:read" && grant.boardAreaIds.some((a) => board.areaIds.includes(a));
  });
}

/** The areas a user can see at all: every area for a global grant, else those their grants touch. */
export function visibleAreaIds(grants: readonly Grant[], allAreaIds: readonly string[]): string[] {
  if (grants.some(isGlobal)) return [...allAreaIds];
  const ids = new Set<string>();
  for (const g of grants) {
    if (g.areaId) ids.add(g.areaId);
    for (const a of g.boardAreaIds) ids.add(a);
  }
  return allAreaIds.filter((id) => ids.has(id));
}
