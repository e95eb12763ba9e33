import { administersArea } from "@/server/authz/authorize-post";
import { organisationInArea } from "@/server/authz/authorize-area";
import { viewerCan } from "@/server/authz/load-viewer";
import type { Reader } from "@/server/authz/reader";

/**
 * The choices the directory's forms offer in an area: its boards (those where the viewer manages
 * membership, and all of them for a post's board), its posts (those whose holder the viewer may
 * record), the organisations a person may represent (the area's and shared ones), and the capacities.
 */
export async function directoryOptions(reader: Reader, areaId: string) {
  const viewer = reader.viewer;
  const [links, posts, organisations, capacities] = await Promise.all([
    reader.db.boardArea.findMany({
      where: { areaId, board: { archivedAt: null } },
      include: { board: { include: { areas: true } } },
      orderBy: { key: "asc" },
    }),
    reader.db.post.findMany({
      where: { areaId },
      include: { board: { include: { areas: true } } },
      orderBy: { title: "asc" },
    }),
    reader.db.organisation.findMany({
      where: { OR: [organisationInArea(areaId), { areaId: null }] },
      orderBy: { name: "asc" },
    }),
    reader.db.capacity.findMany({ orderBy: { position: "asc" } }),
  ]);
  const adminHere = viewer !== null && administersArea(viewer, areaId);
  return {
    boards: links.map((l) => ({ value: l.boardId, label: `${l.board.name} (${l.key})` })),
    membershipBoards: links
      .filter((l) => viewer !== null && viewerCan(viewer, "membership:manage", l.board))
      .map((l) => ({ value: l.boardId, label: `${l.board.name} (${l.key})` })),
    recordablePosts: posts
      .filter((p) => viewer !== null && (p.board ? viewerCan(viewer, "membership:manage", p.board) : adminHere))
      .map((p) => ({ value: p.id, label: `${p.title} (${p.key})` })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    capacities: capacities.map((c) => ({ value: c.key, label: c.name })),
  };
}
