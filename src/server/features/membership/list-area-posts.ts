import { isCurrent } from "@/domain/membership-rules";
import { londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import { administersArea } from "@/server/authz/authorize-membership";
import { viewerCan } from "@/server/authz/load-viewer";
import { boardKeyIn, findArea, type Reader } from "../areas/read-models";

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
    include: { organisation: true, board: { include: { areas: true } }, holdings: { include: { person: true }, orderBy: { startsOn: "desc" } } },
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
        board: p.board ? boardKeyIn(p.board, area.id) : null,
        holder: holder ? { name: holder.person.name, slug: holder.person.slug, from: holder.startsOn } : null,
        holdings: p.holdings.map((h) => ({ id: h.id, name: h.person.name, slug: h.person.slug, from: h.startsOn, to: h.endsOn, status: isCurrent(h, today) ? ("current" as const) : h.startsOn > today ? ("future" as const) : ("past" as const) })),
        canRecord: reader.viewer === null || (p.board ? viewerCan(reader.viewer, "membership:manage", p.board) : administersArea(reader.viewer, area.id)),
      };
    }),
  };
}

/** One post of the area, its holders past and present, and the people who could be recorded as its holder. */
export async function getAreaPost(reader: Reader, areaSlug: string, postKey: string, now = new Date()) {
  const { area, posts } = await listAreaPosts(reader, areaSlug, now);
  const post = posts.find((p) => p.key === postKey);
  if (!post) throw new AppError("NOT_FOUND", "The post was not found");
  const people = await reader.db.person.findMany({
    where: { OR: [{ memberships: { some: { board: { areas: { some: { areaId: area.id } } } } } }, { postHoldings: { some: { post: { areaId: area.id } } } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { area, post, people };
}
