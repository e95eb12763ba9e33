import type { AreaFile } from "@/lib/schemas/area-file";
import type { DbTx } from "@/server/data/database";
import type { Tally } from "./area-import-changes";
import type { AreaImportScope } from "./area-import-scope";

/**
 * The areas, organisations and people the file names; returns each slug's id. People and
 * organisations the import creates belong to the imported area (its administrators may edit them);
 * existing ones keep whichever area they have. Updated rows move to a new version, so that a form
 * opened before the import refuses to overwrite them.
 */
export async function importAreaDirectory(
  tx: DbTx,
  t: Tally,
  file: AreaFile,
  scope: AreaImportScope,
  organisationKinds: Map<string, string>,
) {
  const { own, ownOrganisations, ownPeople } = scope;
  const areaIds = new Map<string, string>();
  for (const a of [file.area, ...file.otherAreas]) {
    const row = await t.sync(
      { entity: "Area", key: a.slug, own: a.slug === own },
      await tx.area.findUnique({ where: { slug: a.slug } }),
      // A file without a nation means England and Wales, for a new area and an updated one alike.
      { name: a.name, nation: a.nation ?? "england-and-wales" },
      () => tx.area.create({ data: { slug: a.slug, name: a.name, nation: a.nation ?? "england-and-wales" } }),
      () =>
        tx.area.update({
          where: { slug: a.slug },
          data: { name: a.name, nation: a.nation ?? "england-and-wales", version: { increment: 1 } },
        }),
    );
    areaIds.set(a.slug, row.id);
  }
  const areaId = areaIds.get(own)!;

  const organisationIds = new Map<string, string>();
  for (const o of file.organisations) {
    const data = { name: o.name, kindId: organisationKinds.get(o.kind)! };
    const row = await t.sync(
      { entity: "Organisation", key: o.slug, own: ownOrganisations.has(o.slug) },
      await tx.organisation.findUnique({ where: { slug: o.slug } }),
      data,
      () => tx.organisation.create({ data: { slug: o.slug, ...data, areaId } }),
      () => tx.organisation.update({ where: { slug: o.slug }, data: { ...data, version: { increment: 1 } } }),
    );
    organisationIds.set(o.slug, row.id);
  }

  const personIds = new Map<string, string>();
  for (const p of file.people) {
    const data = { name: p.name, email: p.email ?? null };
    const row = await t.sync(
      { entity: "Person", key: p.slug, own: ownPeople.has(p.slug) },
      await tx.person.findUnique({ where: { slug: p.slug } }),
      data,
      () => tx.person.create({ data: { slug: p.slug, ...data, areaId } }),
      () => tx.person.update({ where: { slug: p.slug }, data: { ...data, version: { increment: 1 } } }),
    );
    personIds.set(p.slug, row.id);
  }
  return { areaIds, organisationIds, personIds };
}
