import { cycleStartYear, londonToday } from "@/lib/dates";
import { forbidden } from "@/server/core/errors";
import { planCalendar } from "./generate-calendar";
import { viewerCan } from "@/server/authz/load-viewer";
import { findArea } from "@/server/features/areas/find-area";
import type { Reader } from "@/server/authz/reader";

/** Per-board previews for an administrator generating a whole area's year. */
export async function previewAreaCalendar(
  reader: Reader & { viewer: NonNullable<Reader["viewer"]> },
  areaSlug: string,
  fy: number | null,
  now = new Date(),
) {
  const area = await findArea(reader, areaSlug);
  const links = await reader.db.boardArea.findMany({
    where: { areaId: area.id, board: { archivedAt: null } },
    include: { board: { include: { areas: true } } },
    orderBy: { key: "asc" },
  });
  const boards = links.filter((l) => viewerCan(reader.viewer, "calendar:generate", l.board));
  if (boards.length !== links.length)
    throw forbidden("Only an administrator for the whole area can generate every board's calendar");
  const year = fy ?? cycleStartYear(londonToday(now));
  const previews = [];
  for (const { board, key } of boards) {
    const plan = await planCalendar(reader.db, [board.id], year);
    previews.push({
      boardId: board.id,
      key,
      name: board.name,
      fingerprint: plan.fingerprint,
      created: plan.diff.create.length,
      updated: plan.diff.update.length,
      retired: plan.diff.retire.length,
      unchanged: plan.diff.unchanged.length,
    });
  }
  return { area, year, previews };
}
