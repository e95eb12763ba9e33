import { isCurrent } from "@/domain/membership-rules";
import { capacityLabels } from "@/server/features/vocabularies/capacities";
import { londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { boardKeyIn } from "@/server/core/board-key";

/** A person's page: posts and memberships, past ones kept. Only people on the area's boards are visible. */
export async function getPerson(reader: Reader, areaSlug: string, personSlug: string) {
  const area = await findArea(reader, areaSlug);
  const person = await reader.db.person.findUnique({
    where: { slug: personSlug },
    include: {
      postHoldings: { include: { post: { include: { organisation: true } } }, orderBy: { startsOn: "desc" } },
      memberships: {
        include: { board: { include: { areas: true } }, organisation: true },
        orderBy: { startsOn: "desc" },
      },
    },
  });
  if (!person || !person.memberships.some((m) => m.board.areas.some((a) => a.areaId === area.id)))
    throw new AppError("NOT_FOUND", "The person was not found");
  const today = londonToday(new Date());
  const capacities = await capacityLabels(reader.db);
  return {
    area,
    person: { name: person.name },
    posts: person.postHoldings.map((h) => ({
      key: h.post.key,
      inArea: h.post.areaId === area.id,
      title: h.post.title,
      organisation: h.post.organisation.name,
      from: h.startsOn,
      to: h.endsOn,
      current: isCurrent(h, today),
      future: h.startsOn > today,
    })),
    memberships: person.memberships.map((m) => ({
      board: m.board.name,
      key: boardKeyIn(m.board, area.id),
      capacity: capacities.label(m.capacity),
      organisation: m.organisation.name,
      from: m.startsOn,
      to: m.endsOn,
      current: isCurrent(m, today),
    })),
  };
}
