import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { boardKeyIn } from "@/server/core/board-key";

/** The meetings of an area's boards, in date order (the area's Calendar page). */
export async function listAreaMeetings(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const meetings = await reader.db.meeting.findMany({
    where: { board: { areas: { some: { areaId: area.id } } } },
    include: { board: { include: { areas: true } } },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
  });
  return {
    area,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      startTime: m.startTime,
      location: m.location,
      cancelled: m.cancelledAt !== null,
      boardKey: boardKeyIn(m.board, area.id),
      boardName: m.board.name,
    })),
  };
}
