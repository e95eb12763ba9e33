import type { RoleScope } from "@/lib/schemas/users";
import type { DbTx } from "@/server/data/database";

const ROLE_NAMES = { administrator: "Administrator", secretariat: "Secretariat", chair: "Chair", member: "Member" };

/** A role in words: "Administrator of everything", "Administrator of Halton", "Chair of HSCB (Halton)". */
export function roleLabel(
  role: string,
  where: { board?: { name: string; key: string | null; areas: string[] } | null; area?: { name: string } | null },
) {
  const name = ROLE_NAMES[role as keyof typeof ROLE_NAMES] ?? role;
  if (where.board)
    return `${name} of ${where.board.key ?? where.board.name}${where.board.areas.length ? ` (${where.board.areas.join(", ")})` : ""}`;
  if (where.area) return `${name} of ${where.area.name}`;
  return `${name} of everything`;
}

/** The role as words, loading the board or area the scope names. */
export async function describeRole(
  db: DbTx,
  role: string,
  scope: RoleScope | { boardId: string | null; areaId: string | null },
) {
  const boardId = "type" in scope ? (scope.type === "board" ? scope.boardId : null) : scope.boardId;
  const areaId = "type" in scope ? (scope.type === "area" ? scope.areaId : null) : scope.areaId;
  const board = boardId
    ? await db.board.findUnique({ where: { id: boardId }, include: { areas: { include: { area: true } } } })
    : null;
  const area = areaId ? await db.area.findUnique({ where: { id: areaId } }) : null;
  return roleLabel(role, {
    board: board
      ? { name: board.name, key: board.areas[0]?.key ?? null, areas: board.areas.map((a) => a.area.name) }
      : null,
    area,
  });
}
