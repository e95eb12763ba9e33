import type { Reader } from "@/server/authz/reader";

/** The areas the reader can see, by name, with how many boards each has. */
export async function listAreas({ db, viewer }: Reader) {
  const areas = await db.area.findMany({
    where: viewer ? { id: { in: viewer.areaIds } } : {},
    orderBy: { name: "asc" },
    include: { _count: { select: { boards: true } } },
  });
  return areas.map((a) => ({ id: a.id, slug: a.slug, name: a.name, boards: a._count.boards }));
}
