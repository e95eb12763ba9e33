import { addVocabularyEntrySchema } from "@/lib/schemas/vocabulary-admin";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { vocabularyTable } from "./vocabulary-table";

const INVALID = "Check the new entry's key and name";

/** Adds a kind of board, a kind of organisation or a capacity (administrators of the whole portal). */
export async function addVocabularyEntry(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  requireGlobalAdministrator(ctx.viewer, "change the vocabularies");
  const input = parse(addVocabularyEntrySchema, raw, INVALID);
  const taken = { key: [`That key is already in use: choose another`] };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const table = vocabularyTable(tx, input.vocabulary);
      if (await table.findKey(input.key)) throw new AppError("VALIDATION", INVALID, taken);
      const entry = await table.create(input.key, input.name);
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "vocabulary.add",
        entityType: table.entity,
        entityId: entry.id,
        after: { key: entry.key, name: entry.name },
      });
      return { message: `Added the ${table.noun} ${entry.name} (${entry.key}).` };
    },
    { duplicate: { message: INVALID, fieldErrors: taken } },
  );
}
