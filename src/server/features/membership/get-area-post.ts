import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { personInArea } from "@/server/authz/authorize-area";
import { listAreaPosts } from "./list-area-posts";

/** One post of the area, its holders past and present, and the people who could be recorded as its holder. */
export async function getAreaPost(reader: Reader, areaSlug: string, postKey: string, now = new Date()) {
  const { area, posts } = await listAreaPosts(reader, areaSlug, now);
  const post = posts.find((p) => p.key === postKey);
  if (!post) throw new AppError("NOT_FOUND", "The post was not found");
  const people = await reader.db.person.findMany({
    where: personInArea(area.id),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { area, post, people };
}
