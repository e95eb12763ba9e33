import { isCurrent } from "@/domain/membership-rules";
import { capacityLabels } from "@/server/features/vocabularies/capacities";
import { londonToday } from "@/lib/dates";
import { findArea } from "@/server/features/areas/find-area";
import type { Reader } from "@/server/authz/reader";
import { viewerMayReadPost } from "@/server/authz/authorize-post";

export interface MatrixFilters {
  board?: string;
  organisation?: string;
  capacity?: string;
}

/**
 * The area's membership matrix: people down, boards across (shared boards included), each cell the
 * person's current capacity on that board with its term; a posts column (only posts the viewer may
 * read: not another area's, issue 14); filters.
 */
export async function membershipMatrix(reader: Reader, areaSlug: string, filters: MatrixFilters, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const capacities = await capacityLabels(reader.db);
  const links = await reader.db.boardArea.findMany({
    where: { areaId: area.id, board: { archivedAt: null } },
    include: { board: true },
    orderBy: { key: "asc" },
  });
  const memberships = await reader.db.membership.findMany({
    where: { boardId: { in: links.map((l) => l.boardId) } },
    include: {
      organisation: true,
      person: {
        include: { postHoldings: { include: { post: { include: { board: { include: { areas: true } } } } } } },
      },
    },
    orderBy: [{ person: { name: "asc" } }],
  });
  const current = memberships.filter((m) => isCurrent(m, today));
  const postsOf = (person: (typeof memberships)[number]["person"]) =>
    person.postHoldings
      .filter((h) => isCurrent(h, today) && viewerMayReadPost(reader.viewer, h.post))
      .map((h) => h.post.title);
  const keyOf = new Map(links.map((l) => [l.boardId, l.key]));
  const matches = (m: (typeof current)[number]) =>
    (!filters.board || keyOf.get(m.boardId) === filters.board) &&
    (!filters.organisation || m.organisation.name === filters.organisation) &&
    (!filters.capacity || m.capacity === filters.capacity);
  const people = new Map<
    string,
    {
      slug: string;
      name: string;
      posts: string[];
      cells: Map<
        string,
        {
          capacity: string;
          label: string;
          from: string;
          to: string | null;
          organisation: string;
          source: string | null;
        }[]
      >;
    }
  >();
  for (const m of current) {
    const entry =
      people.get(m.personId) ??
      people
        .set(m.personId, {
          slug: m.person.slug,
          name: m.person.name,
          posts: postsOf(m.person),
          cells: new Map(),
        })
        .get(m.personId)!;
    const cell = entry.cells.get(m.boardId) ?? entry.cells.set(m.boardId, []).get(m.boardId)!;
    cell.push({
      capacity: m.capacity,
      label: capacities.label(m.capacity),
      from: m.startsOn,
      to: m.endsOn,
      organisation: m.organisation.name,
      source: m.source,
    });
  }
  const shown = new Set(current.filter(matches).map((m) => m.personId));
  return {
    area,
    boards: links.map((l) => ({ id: l.boardId, key: l.key, name: l.board.name })),
    people: [...people.entries()].filter(([id]) => shown.has(id)).map(([, p]) => ({ ...p, boardCount: p.cells.size })),
    organisations: [...new Set(current.map((m) => m.organisation.name))].sort(),
    totalPeople: people.size,
    /** Every membership, past ones too, for the CSV export. */
    all: memberships.map((m) => ({
      person: m.person.name,
      posts: postsOf(m.person).join("; "),
      board: keyOf.get(m.boardId)!,
      capacity: capacities.label(m.capacity),
      organisation: m.organisation.name,
      from: m.startsOn,
      to: m.endsOn ?? "",
      source: m.source ?? "",
    })),
  };
}
