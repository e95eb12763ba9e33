import { londonToday } from "@/lib/dates";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { boardKeyIn } from "@/server/core/board-key";

/** Who sits where in an area, past terms included, with each person's current posts (`cli membership`). */
export async function listAreaMembership(reader: Reader, areaSlug: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const memberships = await reader.db.membership.findMany({
    where: { board: { areas: { some: { areaId: area.id } } } },
    include: {
      board: { include: { areas: true } },
      person: { include: { postHoldings: { include: { post: true } } } },
    },
    orderBy: [{ person: { name: "asc" } }, { startsOn: "asc" }],
  });
  const byPerson = new Map<
    string,
    {
      person: string;
      posts: string[];
      boards: { area: string; board: string; capacity: string; from: string; to: string | null }[];
    }
  >();
  for (const m of memberships) {
    const entry =
      byPerson.get(m.personId) ??
      byPerson
        .set(m.personId, {
          person: m.person.name,
          posts: m.person.postHoldings
            .filter((h) => h.startsOn <= today && (h.endsOn === null || h.endsOn >= today))
            .map((h) => h.post.title),
          boards: [],
        })
        .get(m.personId)!;
    entry.boards.push({
      area: area.slug,
      board: boardKeyIn(m.board, area.id),
      capacity: m.capacity,
      from: m.startsOn,
      to: m.endsOn,
    });
  }
  return [...byPerson.values()];
}
