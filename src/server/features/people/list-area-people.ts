import { isCurrent } from "@/domain/membership-rules";
import { londonToday } from "@/lib/dates";
import { personInArea } from "@/server/authz/authorize-area";
import { administersArea } from "@/server/authz/authorize-post";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";

/** The people of an area (created there, on its boards, holding its posts), with how many boards and posts they hold today. */
export async function listAreaPeople(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(new Date());
  const people = await reader.db.person.findMany({
    where: personInArea(area.id),
    include: {
      memberships: { where: { board: { areas: { some: { areaId: area.id } } } } },
      postHoldings: { where: { post: { areaId: area.id } } },
    },
    orderBy: { name: "asc" },
  });
  return {
    area,
    canManage: reader.viewer !== null && administersArea(reader.viewer, area.id),
    people: people.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      email: p.email,
      boards: new Set(p.memberships.filter((m) => isCurrent(m, today)).map((m) => m.boardId)).size,
      posts: p.postHoldings.filter((h) => isCurrent(h, today)).length,
    })),
  };
}
