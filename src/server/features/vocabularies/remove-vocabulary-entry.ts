import { removeVocabularyEntrySchema } from "@/lib/schemas/vocabulary-admin";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { vocabularyTable } from "./vocabulary-table";

/**
 * Removes an entry nothing uses (global administrators). Built-in capacities stay: the product's
 * rules rely on them (a chair, a vice-chair); they can be renamed instead.
 */
export async function removeVocabularyEntry(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  requireGlobalAdministrator(ctx.viewer, "change the vocabularies");
  const input = parse(removeVocabularyEntrySchema, raw, "Choose the entry to remove");
  return inTransaction(ctx.db, async (tx) => {
    const table = vocabularyTable(tx, input.vocabulary);
    const entry = await table.find(input.id);
    if (!entry) throw notFound(`The ${table.noun}`);
    if (entry.builtIn)
      throw new AppError("CONFLICT", `${entry.name} is built in and cannot be removed: rename it instead`);
    const uses = await table.uses(entry);
    if (uses > 0)
      throw new AppError(
        "CONFLICT",
        `${entry.name} is in use (${uses} ${uses === 1 ? "record" : "records"}) and cannot be removed`,
      );
    await table.remove(entry.id);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "vocabulary.remove",
      entityType: table.entity,
      entityId: entry.id,
      before: { key: entry.key, name: entry.name },
    });
    return { message: `Removed the ${table.noun} ${entry.name}.` };
  });
}
