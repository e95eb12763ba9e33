import type { ViewerReader } from "@/server/authz/reader";
import { raisableBoards } from "@/server/authz/authorize-challenge";
import { findArea } from "../areas/find-area";
import { listChallenges } from "./list-challenges";

/** The challenges page: those involving the boards of an area that the viewer can read. */
export async function listAreaChallenges(
  reader: ViewerReader,
  areaSlug: string,
  filter: "open" | "all",
  now = new Date(),
) {
  const area = await findArea(reader, areaSlug);
  const links = await reader.db.boardArea.findMany({ where: { areaId: area.id }, select: { boardId: true } });
  const challenges = await listChallenges(
    { db: reader.db, viewer: reader.viewer, now },
    { boardIds: links.map((l) => l.boardId), status: filter === "open" ? "unresolved" : undefined, areaId: area.id },
  );
  const raiseFrom = await raisableBoards(reader.db, reader.viewer, area.id);
  return { area, challenges, canRaise: raiseFrom.length > 0 };
}
