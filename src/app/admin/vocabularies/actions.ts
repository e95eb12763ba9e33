"use server";

import { formFields } from "@/lib/form-data";
import {
  addVocabularyEntrySchema,
  removeVocabularyEntrySchema,
  renameVocabularyEntrySchema,
} from "@/lib/schemas/vocabulary-admin";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { addVocabularyEntry } from "@/server/features/vocabularies/add-vocabulary-entry";
import { removeVocabularyEntry } from "@/server/features/vocabularies/remove-vocabulary-entry";
import { renameVocabularyEntry } from "@/server/features/vocabularies/rename-vocabulary-entry";

const onlyGlobal = (ctx: { viewer: Parameters<typeof requireGlobalAdministrator>[0] }) =>
  Promise.resolve(requireGlobalAdministrator(ctx.viewer, "change the vocabularies"));
const revalidate = { path: "/admin/vocabularies" };

/** Adds an entry to a vocabulary (administrators of the whole portal). */
export const addVocabularyEntryAction = formAction({
  read: (form) => formFields(form, ["vocabulary", "key", "name"], { max: 500 }),
  schema: addVocabularyEntrySchema,
  invalid: "Check the new entry's key and name",
  authorize: onlyGlobal,
  run: (ctx, raw) => addVocabularyEntry(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate,
  keep: ["key", "name"],
  keepMax: 200,
});

/** Renames an entry, built-in or not (administrators of the whole portal). */
export const renameVocabularyEntryAction = formAction({
  read: (form) => formFields(form, ["vocabulary", "id", "name"], { max: 500 }),
  schema: renameVocabularyEntrySchema,
  invalid: "Check the new name",
  authorize: onlyGlobal,
  run: (ctx, raw) => renameVocabularyEntry(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate,
  keep: ["name"],
  keepMax: 200,
});

/** Removes an entry nothing uses; never a built-in capacity (administrators of the whole portal). */
export const removeVocabularyEntryAction = formAction({
  read: (form) => formFields(form, ["vocabulary", "id"]),
  schema: removeVocabularyEntrySchema,
  authorize: onlyGlobal,
  run: (ctx, raw) => removeVocabularyEntry(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate,
});
