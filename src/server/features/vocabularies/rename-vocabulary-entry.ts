import { renameVocabularyEntrySchema } from "@/lib/schemas/vocabulary-admin";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { vocabularyTable } from "./vocabulary-table";

/** Renames an entry, built-in or not: its key, which rows refer to, stays (global administrators). */
export async function renameVocabularyEntry(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  requireGlobalAdministrator(ctx.viewer, "change the vocabularies");
  const input = parse(renameVocabularyEntrySchema, raw, "Check the new name");
  return inTransaction(ctx.db, async (tx) => {
    const table = vocabularyTable(tx, input.vocabulary);
    const entry = await table.find(input.id);
    if (!entry) throw notFound(`The ${table.noun}`);
    await table.rename(entry.id, input.name);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "vocabulary.rename",
      entityType: table.entity,
      entityId: entry.id,
      before: { name: entry.name },
      after: { name: input.name },
    });
    return { message: `Renamed ${entry.name} to ${input.name}.` };
  });
}
