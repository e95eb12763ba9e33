import type { ViewerReader } from "@/server/authz/reader";
import { viewerCanManageArea } from "@/server/authz/authorize-area";
import { AppError, forbidden } from "@/server/core/errors";
import { findArea } from "@/server/features/areas/find-area";

/** The kinds of board to choose from, and the area, for the "Add a board" page (area:manage). */
export async function getNewBoardForm(reader: ViewerReader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  if (!viewerCanManageArea(reader.viewer, area.id)) throw forbidden();
  const kinds = await reader.db.boardKind.findMany({ orderBy: { name: "asc" } });
  return { area, kinds: kinds.map((k) => ({ value: k.key, label: k.name })) };
}

/** A board's details as its edit page shows them in one area, with the areas it could join. */
export async function getEditBoardForm(reader: ViewerReader, areaSlug: string, boardKey: string) {
  const { area, kinds } = await getNewBoardForm(reader, areaSlug);
  const link = await reader.db.boardArea.findUnique({
    where: { areaId_key: { areaId: area.id, key: boardKey } },
    include: { board: { include: { kind: true, areas: { include: { area: true }, orderBy: { home: "desc" } } } } },
  });
  if (!link) throw new AppError("NOT_FOUND", `No board ${boardKey} in ${area.name}`);
  const b = link.board;
  const joined = new Set(b.areas.map((a) => a.areaId));
  const others = await reader.db.area.findMany({
    where: { archivedAt: null, id: { notIn: [...joined] } },
    orderBy: { name: "asc" },
  });
  return {
    area,
    kinds,
    board: {
      id: b.id,
      slug: b.slug,
      version: b.version,
      archived: b.archivedAt !== null,
      values: {
        name: b.name,
        key: link.key,
        acronym: b.acronym,
        kind: b.kind.key,
        statutoryBasis: b.statutoryBasis ?? "",
        statutory: b.statutory ? "on" : "",
        independentChair: b.independentChair ? "on" : "",
        yearStartMonth: String(b.yearStartMonth),
        contact: b.contact ?? "",
      },
      areas: b.areas.map((a) => ({ id: a.areaId, slug: a.area.slug, name: a.area.name, key: a.key, home: a.home })),
    },
    joinable: others
      .filter((o) => viewerCanManageArea(reader.viewer, o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  };
}
