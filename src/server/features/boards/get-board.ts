import { addDays } from "@/domain/civil-date";
import { isCurrent } from "@/domain/membership-rules";
import { londonToday } from "@/lib/dates";
import { capacityLabels } from "@/server/features/vocabularies/capacities";
import type { Reader } from "@/server/authz/reader";
import { boardSummary } from "@/server/features/boards/board-summary";
import { findArea } from "@/server/features/areas/find-area";
import { AppError } from "@/server/core/errors";
import { viewerCan } from "@/server/authz/load-viewer";

/** A board's page: details, current members, meetings, protocols, and what the viewer may do. */
export async function getBoard(reader: Reader, areaSlug: string, boardKey: string) {
  const area = await findArea(reader, areaSlug);
  const link = await reader.db.boardArea.findUnique({
    where: { areaId_key: { areaId: area.id, key: boardKey } },
    include: {
      board: {
        include: {
          kind: true,
          areas: { include: { area: true } },
          meetings: { orderBy: [{ date: "asc" }, { startTime: "asc" }] },
          memberships: {
            include: {
              person: { include: { postHoldings: { where: { endsOn: null }, include: { post: true } } } },
              organisation: true,
            },
            orderBy: [{ startsOn: "asc" }],
          },
          protocolParties: { include: { protocol: true } },
        },
      },
    },
  });
  if (!link) throw new AppError("NOT_FOUND", `No board ${boardKey} in ${area.name}`);
  const board = link.board;
  const today = londonToday(new Date());
  const capacities = await capacityLabels(reader.db);
  const in90 = addDays(today, 90);
  const members = board.memberships
    .filter((m) => isCurrent(m, today))
    .sort(
      (a, b) => capacities.rank(a.capacity) - capacities.rank(b.capacity) || a.person.name.localeCompare(b.person.name),
    )
    .map((m) => ({
      id: m.id,
      person: m.person.name,
      personSlug: m.person.slug,
      posts: m.person.postHoldings.map((h) => h.post.title),
      capacity: capacities.label(m.capacity),
      organisation: m.organisation.name,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      endingSoon: m.endsOn !== null && m.endsOn <= in90,
      source: m.source,
    }));
  const can = (p: Parameters<typeof viewerCan>[1]) => (reader.viewer ? viewerCan(reader.viewer, p, board) : true);
  return {
    area,
    board: {
      ...boardSummary(board),
      key: link.key,
      notes: board.notes,
      contact: board.contact,
      archived: board.archivedAt !== null,
      areas: board.areas.map((a) => a.area.name),
    },
    members,
    meetings: board.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      startTime: m.startTime,
      location: m.location,
      title: m.title,
      cancelled: m.cancelledAt !== null,
    })),
    protocols: board.protocolParties.map((p) => ({
      id: p.protocol.id,
      title: p.protocol.title,
      version: p.protocol.version,
      status: p.protocol.status,
    })),
    permissions: {
      manageMeetings: can("meeting:manage"),
      manageMembers: can("membership:manage"),
      raiseChallenge: can("challenge:raise"),
      manageBoard: can("area:manage"),
    },
  };
}
