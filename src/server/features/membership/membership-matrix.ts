import { isCurrent } from "@/domain/membership-rules";
import { CAPACITY_LABELS, type Capacity } from "@/lib/schemas/vocabulary";
import { londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import { boardKeyIn } from "@/server/features/boards/board-key";
import { findArea } from "@/server/features/areas/find-area";
import type { Reader } from "@/server/authz/reader";

export interface MatrixFilters {
  board?: string;
  organisation?: string;
  capacity?: string;
}

/**
 * The area's membership matrix: people down, boards across (shared boards included), each cell the
 * person's current capacity on that board with its term; a posts column; filters.
 */
export async function membershipMatrix(reader: Reader, areaSlug: string, filters: MatrixFilters, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const links = await reader.db.boardArea.findMany({ where: { areaId: area.id }, include: { board: true }, orderBy: { key: "asc" } });
  const memberships = await reader.db.membership.findMany({
    where: { boardId: { in: links.map((l) => l.boardId) } },
    include: { organisation: true, person: { include: { postHoldings: { include: { post: true } } } } },
    orderBy: [{ person: { name: "asc" } }],
  });
  const current = memberships.filter((m) => isCurrent(m, today));
  const keyOf = new Map(links.map((l) => [l.boardId, l.key]));
  const matches = (m: (typeof current)[number]) =>
    (!filters.board || keyOf.get(m.boardId) === filters.board) && (!filters.organisation || m.organisation.name === filters.organisation) && (!filters.capacity || m.capacity === filters.capacity);
  const people = new Map<string, { slug: string; name: string; posts: string[]; cells: Map<string, { capacity: string; label: string; from: string; to: string | null; organisation: string; source: string | null }[]> }>();
  for (const m of current) {
    const entry =
      people.get(m.personId) ??
      people
        .set(m.personId, { slug: m.person.slug, name: m.person.name, posts: m.person.postHoldings.filter((h) => isCurrent(h, today)).map((h) => h.post.title), cells: new Map() })
        .get(m.personId)!;
    const cell = entry.cells.get(m.boardId) ?? entry.cells.set(m.boardId, []).get(m.boardId)!;
    cell.push({ capacity: m.capacity, label: CAPACITY_LABELS[m.capacity as Capacity] ?? m.capacity, from: m.startsOn, to: m.endsOn, organisation: m.organisation.name, source: m.source });
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
      posts: m.person.postHoldings.filter((h) => isCurrent(h, today)).map((h) => h.post.title).join("; "),
      board: keyOf.get(m.boardId)!,
      capacity: CAPACITY_LABELS[m.capacity as Capacity] ?? m.capacity,
      organisation: m.organisation.name,
      from: m.startsOn,
      to: m.endsOn ?? "",
      source: m.source ?? "",
    })),
  };
}

/** A person's page: posts and memberships, past ones kept. Only people on the area's boards are visible. */
export async function getPerson(reader: Reader, areaSlug: string, personSlug: string) {
  const area = await findArea(reader, areaSlug);
  const person = await reader.db.person.findUnique({
    where: { slug: personSlug },
    include: {
      postHoldings: { include: { post: { include: { organisation: true } } }, orderBy: { startsOn: "desc" } },
      memberships: { include: { board: { include: { areas: true } }, organisation: true }, orderBy: { startsOn: "desc" } },
    },
  });
  if (!person || !person.memberships.some((m) => m.board.areas.some((a) => a.areaId === area.id))) throw new AppError("NOT_FOUND", "The person was not found");
  const today = londonToday(new Date());
  return {
    area,
    person: { name: person.name },
    posts: person.postHoldings.map((h) => ({ key: h.post.key, inArea: h.post.areaId === area.id, title: h.post.title, organisation: h.post.organisation.name, from: h.startsOn, to: h.endsOn, current: isCurrent(h, today), future: h.startsOn > today })),
    memberships: person.memberships.map((m) => ({
      board: m.board.name,
      key: boardKeyIn(m.board, area.id),
      capacity: CAPACITY_LABELS[m.capacity as Capacity] ?? m.capacity,
      organisation: m.organisation.name,
      from: m.startsOn,
      to: m.endsOn,
      current: isCurrent(m, today),
    })),
  };
}

/** RFC 4180 CSV: quoted when needed, CRLF line ends; a leading =+-@ is neutralised against formula injection. */
export function toCsv(rows: Record<string, string>[]): string {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]!);
  const cell = (v: string) => {
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [cols.join(","), ...rows.map((r) => cols.map((c) => cell(r[c] ?? "")).join(","))].join("\r\n") + "\r\n";
}
