import type { ViewerReader } from "@/server/authz/reader";
import { viewerCan } from "@/server/authz/load-viewer";
import { boardKeyIn } from "@/server/core/board-key";
import { findArea } from "../areas/find-area";

/**
 * The boards a new protocol of an area may be between (issue 10): the area's own running boards,
 * and, separately, other areas' running boards, each only where the viewer has protocol:manage
 * (docs/decisions/018). An area where the viewer manages no board offers nothing.
 */
export async function listPartyChoices(reader: ViewerReader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const boards = await reader.db.board.findMany({
    where: { archivedAt: null, areas: { some: { areaId: { in: reader.viewer.areaIds } } } },
    include: { areas: { include: { area: true } } },
    orderBy: { name: "asc" },
  });
  const manageable = boards.filter((b) => viewerCan(reader.viewer, "protocol:manage", b));
  const choice = (b: (typeof boards)[number], areaId: string) => ({
    id: b.id,
    label: `${b.name} (${boardKeyIn(b, areaId)})`,
    areas: b.areas.map((a) => a.area.name).join(", "),
  });
  const here = manageable.filter((b) => b.areas.some((a) => a.areaId === area.id));
  return {
    area,
    here: here.map((b) => choice(b, area.id)),
    elsewhere: manageable.filter((b) => !here.includes(b)).map((b) => choice(b, b.areas[0]?.areaId ?? area.id)),
  };
}

/** Whether the viewer may write a new protocol for the area: protocol:manage on one of its running boards. */
export async function mayCreateProtocol(reader: ViewerReader, areaId: string) {
  const boards = await reader.db.board.findMany({
    where: { archivedAt: null, areas: { some: { areaId } } },
    include: { areas: true },
  });
  return boards.some((b) => viewerCan(reader.viewer, "protocol:manage", b));
}
