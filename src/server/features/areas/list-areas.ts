import type { Reader } from "@/server/authz/reader";

/** The areas the reader can see, by name, with how many boards each has. */
export async function listAreas({ db, viewer }: Reader) {
  const areas = await db.area.findMany({
    where: { archivedAt: null, ...(viewer ? { id: { in: viewer.areaIds } } : {}) },
    orderBy: { name: "asc" },
    include: { _count: { select: { boards: true } } },
  });
  return areas.map((a) => ({ id: a.id, slug: a.slug, name: a.name, boards: a._count.boards }));
}

/**
 * Every area an administrator may set up, archived ones too (the areas page): all of them for an
 * administrator of everything, else those they administer.
 */
export async function listAreasToManage({ db, viewer }: Reader) {
  const global = !viewer || viewer.grants.some((g) => g.role === "administrator" && !g.boardId && !g.areaId);
  const own = viewer?.grants.flatMap((g) => (g.role === "administrator" && g.areaId ? [g.areaId] : [])) ?? [];
  const areas = await db.area.findMany({
    where: global ? {} : { id: { in: own } },
    orderBy: { name: "asc" },
    include: { _count: { select: { boards: true } } },
  });
  return areas.map((a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    nation: a.nation,
    boards: a._count.boards,
    archivedAt: a.archivedAt,
    version: a.version,
  }));
}
