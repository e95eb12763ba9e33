import { londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { viewerCan } from "@/server/authz/load-viewer";
import { findArea } from "../areas/find-area";

/** A board by its key in an area the reader sees (board:read), NOT_FOUND otherwise. */
export async function findBoardIn(reader: Reader, areaSlug: string, boardKey: string) {
  const area = await findArea(reader, areaSlug);
  const link = await reader.db.boardArea.findUnique({
    where: { areaId_key: { areaId: area.id, key: boardKey } },
    include: { board: { include: { areas: true } } },
  });
  if (!link || (reader.viewer && !viewerCan(reader.viewer, "board:read", link.board)))
    throw new AppError("NOT_FOUND", `No board ${boardKey} in ${area.name}`);
  return { area, board: link.board, key: link.key };
}

/** A board's meetings page: every meeting, past and future, cancelled ones marked, with what is planned on each. */
export async function listBoardMeetings(reader: Reader, areaSlug: string, boardKey: string, now = new Date()) {
  const { area, board, key } = await findBoardIn(reader, areaSlug, boardKey);
  const meetings = await reader.db.meeting.findMany({
    where: { boardId: board.id },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
    include: { _count: { select: { items: { where: { retiredAt: null } }, logEntries: true } } },
  });
  const today = londonToday(now);
  const rows = meetings.map((m) => ({
    id: m.id,
    date: m.date,
    startTime: m.startTime,
    location: m.location,
    seriesId: m.seriesId,
    cancelled: m.cancelledAt !== null,
    cancelReason: m.cancelReason,
    items: m._count.items,
    received: m._count.logEntries,
  }));
  return {
    area,
    board: { id: board.id, name: board.name, key },
    upcoming: rows.filter((m) => m.date >= today),
    past: rows.filter((m) => m.date < today).reverse(),
    manage: reader.viewer ? viewerCan(reader.viewer, "meeting:manage", board) : true,
  };
}
