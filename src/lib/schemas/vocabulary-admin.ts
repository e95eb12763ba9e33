import { z } from "zod";
import { nonEmptyText, slug } from "./common";

/** The vocabularies administrators edit (DESIGN.md, "Today's structures"): data, not a release. */
export const VOCABULARIES = ["board-kind", "organisation-kind", "capacity"] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

export const VOCABULARY_TITLES: Record<Vocabulary, string> = {
  "board-kind": "Kinds of board",
  "organisation-kind": "Kinds of organisation",
  capacity: "Capacities",
};

const vocabulary = z.enum(VOCABULARIES, {
  error: "Choose a vocabulary: kinds of board, kinds of organisation or capacities",
});
const entryId = z
  .string({ error: "Choose an entry" })
  .trim()
  .min(1, { error: "Choose an entry" })
  .max(64, { error: "Choose an entry" });
const name = nonEmptyText("Name", 100);

/**
 * A capacity's key as a form or the command line sends it: the format only. Whether the capacity
 * exists is the use case's question, as capacities are a table an administrator edits.
 */
export const capacityKey = z
  .string({ error: "Choose a capacity, for example chair or member" })
  .max(80, { error: "Choose a capacity, for example chair or member" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Choose a capacity, for example chair or member" });

export const addVocabularyEntrySchema = z
  .object({ vocabulary, key: slug.describe("A stable key, e.g. community-safety-partnership"), name })
  .strict();
export const renameVocabularyEntrySchema = z.object({ vocabulary, id: entryId, name }).strict();
export const removeVocabularyEntrySchema = z.object({ vocabulary, id: entryId }).strict();
