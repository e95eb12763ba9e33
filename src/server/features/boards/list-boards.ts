import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { boardSummary } from "./board-summary";

/** An area's boards by key, with their areas, meetings and current members (the Boards page, the CLI). */
export async function listBoards(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const links = await reader.db.boardArea.findMany({
    where: { areaId: area.id, board: { archivedAt: null } },
    include: {
      board: {
        include: {
          kind: true,
          areas: { include: { area: true } },
          _count: { select: { meetings: true } },
          memberships: { where: { endsOn: null }, select: { id: true } },
        },
      },
    },
    orderBy: { key: "asc" },
  });
  return links.map(({ key, board }) => ({
    ...boardSummary(board),
    slug: board.slug,
    key,
    areas: board.areas.map((a) => a.area.slug),
    meetings: board._count.meetings,
    currentMembers: board.memberships.length,
  }));
}

/** An area's archived boards, by key: they leave the boards list but their history stays readable. */
export async function listArchivedBoards(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const links = await reader.db.boardArea.findMany({
    where: { areaId: area.id, board: { archivedAt: { not: null } } },
    include: { board: true },
    orderBy: { key: "asc" },
  });
  return links.map(({ key, board }) => ({ key, name: board.name }));
}
