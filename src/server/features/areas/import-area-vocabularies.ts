import type { AreaFile } from "@/lib/schemas/area-file";
import type { DbTx } from "@/server/data/database";
import type { Tally } from "./area-import-changes";

/** Vocabularies: created when missing, never renamed from a file. Returns each key's id. */
export async function importAreaVocabularies(tx: DbTx, t: Tally, file: AreaFile) {
  const vocabulary = async (
    entity: string,
    rows: { key: string; name: string }[],
    table: {
      findUnique: (a: { where: { key: string } }) => Promise<{ id: string } | null>;
      create: (a: { data: { key: string; name: string } }) => Promise<{ id: string }>;
    },
  ) => {
    const ids = new Map<string, string>();
    for (const r of rows) {
      const row = await t.sync(
        { entity, key: r.key, own: false },
        await table.findUnique({ where: { key: r.key } }),
        { name: r.name },
        () => table.create({ data: r }),
        async () => {},
      );
      ids.set(r.key, row.id);
    }
    return ids;
  };
  const boardKinds = await vocabulary("BoardKind", file.vocabularies.boardKinds, tx.boardKind);
  const organisationKinds = await vocabulary(
    "OrganisationKind",
    file.vocabularies.organisationKinds,
    tx.organisationKind,
  );
  const documentTypes = await vocabulary("DocumentType", file.vocabularies.documentTypes, tx.documentType);
  // Capacities beyond the built-in six, placed after the others.
  const last = async () => ((await tx.capacity.findFirst({ orderBy: { position: "desc" } }))?.position ?? 0) + 1;
  await vocabulary("Capacity", file.vocabularies.capacities ?? [], {
    findUnique: (a) => tx.capacity.findUnique(a),
    create: async (a) => tx.capacity.create({ data: { ...a.data, position: await last() } }),
  });
  return { boardKinds, organisationKinds, documentTypes };
}
