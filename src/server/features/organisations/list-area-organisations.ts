import { organisationInArea } from "@/server/authz/authorize-area";
import { administersArea } from "@/server/authz/authorize-post";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";

/** The organisations of an area (created there, on its boards, owning its posts), and the kinds to choose from. */
export async function listAreaOrganisations(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const [organisations, kinds] = await Promise.all([
    reader.db.organisation.findMany({
      where: organisationInArea(area.id),
      include: { kind: true, _count: { select: { posts: { where: { areaId: area.id } } } } },
      orderBy: { name: "asc" },
    }),
    reader.db.organisationKind.findMany({ orderBy: { name: "asc" } }),
  ]);
  return {
    area,
    canManage: reader.viewer !== null && administersArea(reader.viewer, area.id),
    kinds: kinds.map((k) => ({ value: k.id, label: k.name })),
    organisations: organisations.map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      kind: o.kind.name,
      createdHere: o.areaId === area.id,
      posts: o._count.posts,
    })),
  };
}
