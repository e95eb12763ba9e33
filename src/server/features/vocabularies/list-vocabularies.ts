import { VOCABULARIES, VOCABULARY_TITLES } from "@/lib/schemas/vocabulary-admin";
import type { DbTx } from "@/server/data/database";
import { vocabularyTable } from "./vocabulary-table";

/** Every vocabulary with its entries and how often each is used (the vocabularies page). */
export async function listVocabularies(db: DbTx) {
  return Promise.all(
    VOCABULARIES.map(async (vocabulary) => {
      const table = vocabularyTable(db, vocabulary);
      const entries = await table.list();
      return {
        vocabulary,
        title: VOCABULARY_TITLES[vocabulary],
        noun: table.noun,
        entries: await Promise.all(entries.map(async (e) => ({ ...e, uses: await table.uses(e) }))),
      };
    }),
  );
}
