import { AppError } from "@/server/core/errors";
import { isGlobalAdministrator, organisationInArea } from "@/server/authz/authorize-area";
import { administersArea } from "@/server/authz/authorize-post";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";

/** One organisation of the area, for its edit page. */
export async function getAreaOrganisation(reader: Reader, areaSlug: string, slug: string) {
  const area = await findArea(reader, areaSlug);
  const kinds = await reader.db.organisationKind.findMany({ orderBy: { name: "asc" } });
  const scope = reader.viewer && isGlobalAdministrator(reader.viewer) ? {} : organisationInArea(area.id);
  const organisation = await reader.db.organisation.findFirst({ where: { slug, ...scope }, include: { kind: true } });
  if (!organisation) throw new AppError("NOT_FOUND", "The organisation was not found");
  return {
    area,
    canManage: reader.viewer !== null && administersArea(reader.viewer, area.id),
    kinds: kinds.map((k) => ({ value: k.id, label: k.name })),
    organisation: {
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      kindId: organisation.kindId,
      kind: organisation.kind.name,
      version: organisation.version,
    },
  };
}
