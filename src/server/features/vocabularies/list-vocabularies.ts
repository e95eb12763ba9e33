import { VOCABULARIES, VOCABULARY_TITLES } from "@/lib/schemas/vocabulary-admin";
import type { DbTx } from "@/server/data/database";
import { vocabularyTable } from "./vocabulary-table";

/** Every vocabulary with its entries and how often each is used (the vocabularies page). */
export async function listVocabularies(db: DbTx) {
  return Promise.all(
    VOCABULARIES.map(async (vocabulary) => {
      const table = vocabularyTable(db, vocabulary);
      const [entries, usage] = await Promise.all([table.list(), table.usage()]);
      return {
        vocabulary,
        title: VOCABULARY_TITLES[vocabulary],
        noun: table.noun,
        entries: entries.map((e) => ({ ...e, uses: usage.get(e.id) ?? 0 })),
      };
    }),
  );
}
