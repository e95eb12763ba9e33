import type { DbTx } from "@/server/data/database";
import type { Viewer } from "@/server/authz/load-viewer";

/** The boards a user holds a role on, with the role, for their home page. */
export async function listMyBoards(db: DbTx, viewer: Viewer) {
  const boardIds = viewer.grants.flatMap((g) => (g.boardId ? [g.boardId] : []));
  const boards = await db.board.findMany({
    where: { id: { in: boardIds }, archivedAt: null },
    include: { areas: { include: { area: true }, orderBy: { home: "desc" } } },
    orderBy: { name: "asc" },
  });
  return boards.map((b) => {
    const home = b.areas[0]!;
    return {
      name: b.name,
      key: home.key,
      areaSlug: home.area.slug,
      areaName: home.area.name,
      roles: viewer.grants.filter((g) => g.boardId === b.id).map((g) => g.role),
    };
  });
}
