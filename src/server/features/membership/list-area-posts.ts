import { isCurrent } from "@/domain/membership-rules";
import { londonToday } from "@/lib/dates";
import { administersArea } from "@/server/authz/authorize-post";
import { viewerCan } from "@/server/authz/load-viewer";
import { boardKeyIn } from "@/server/core/board-key";
import { findArea } from "@/server/features/areas/find-area";
import type { Reader } from "@/server/authz/reader";

/**
 * The area's posts (DCS, DPH, board chairs...) with who holds each today, and whether the viewer
 * may record a new holder: a board's post by that board's secretariat, chair or an administrator;
 * an area-wide post by an administrator (as recordPostHolder checks again).
 */
export async function listAreaPosts(reader: Reader, areaSlug: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const posts = await reader.db.post.findMany({
    where: { areaId: area.id },
    include: {
      organisation: true,
      board: { include: { areas: true } },
      holdings: { include: { person: true }, orderBy: { startsOn: "desc" } },
    },
    orderBy: { title: "asc" },
  });
  return {
    area,
    posts: posts.map((p) => {
      const holder = p.holdings.find((h) => isCurrent(h, today));
      return {
        id: p.id,
        key: p.key,
        title: p.title,
        organisation: p.organisation.name,
        organisationId: p.organisationId,
        boardId: p.boardId,
        board: p.board ? boardKeyIn(p.board, area.id) : null,
        holder: holder ? { name: holder.person.name, slug: holder.person.slug, from: holder.startsOn } : null,
        holdings: p.holdings.map((h) => ({
          id: h.id,
          name: h.person.name,
          slug: h.person.slug,
          from: h.startsOn,
          to: h.endsOn,
          status: isCurrent(h, today)
            ? ("current" as const)
            : h.startsOn > today
              ? ("future" as const)
              : ("past" as const),
        })),
        canRecord:
          reader.viewer === null ||
          (p.board ? viewerCan(reader.viewer, "membership:manage", p.board) : administersArea(reader.viewer, area.id)),
      };
    }),
  };
}
