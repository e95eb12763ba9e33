import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { listAreas } from "./list-areas";

/** One area the reader can see, by its slug; NOT_FOUND (naming the valid ones) otherwise. */
export async function findArea(reader: Reader, slug: string) {
  const areas = await listAreas(reader);
  const area = areas.find((a) => a.slug === slug);
  if (!area) {
    throw new AppError("NOT_FOUND", `Unknown area "${slug}". Valid areas: ${areas.map((a) => a.slug).join(", ")}`);
  }
  return area;
}
