import type { DbTx } from "@/server/data/database";
import { emptyStats, sync, type ImportStats } from "./sync-row";

/** The vocabularies every area's data refers to by key: board kinds, organisation kinds, document types. */
export interface ReferenceData {
  boardKinds: readonly { key: string; name: string }[];
  organisationKinds: readonly { key: string; name: string }[];
  documentTypes: readonly { key: string; name: string }[];
}

type Term = { key: string; name: string };

/** A vocabulary table, as far as the import needs it (each is keyed by `key` and named by `name`). */
interface Vocabulary {
  findUnique(args: { where: { key: string } }): Promise<(Term & Record<string, unknown>) | null>;
  create(args: { data: Term }): Promise<Term & Record<string, unknown>>;
  update(args: { where: { key: string }; data: { name: string } }): Promise<Term & Record<string, unknown>>;
}

async function importVocabulary(stats: ImportStats, table: Vocabulary, terms: readonly Term[]) {
  for (const t of terms) {
    await sync(
      stats,
      await table.findUnique({ where: { key: t.key } }),
      { name: t.name },
      () => table.create({ data: t }),
      () => table.update({ where: { key: t.key }, data: { name: t.name } }),
    );
  }
}

export async function importReferenceData(db: DbTx, ref: ReferenceData): Promise<ImportStats> {
  const stats = emptyStats();
  await importVocabulary(stats, db.boardKind, ref.boardKinds);
  await importVocabulary(stats, db.organisationKind, ref.organisationKinds);
  await importVocabulary(stats, db.documentType, ref.documentTypes);
  return stats;
}
