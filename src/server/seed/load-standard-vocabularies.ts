import type { Db } from "@/server/data/database";
import { inTransaction } from "@/server/core/transaction";
import { appendAudit } from "@/server/core/audit";
import { boardKinds, documentTypes, organisationKinds } from "@/seed-data/reference";

export interface StandardVocabularies {
  boardKinds: number;
  organisationKinds: number;
  documentTypes: number;
}

/**
 * A fresh install's starting vocabularies: today's kinds of board and of organisation, and the
 * documents duties are about (src/seed-data/reference.ts). Each table is filled only while it is
 * EMPTY, so an administrator's later renames and removals (Administration → Vocabularies) are never
 * undone by the next `cli migrate`. One audit entry when anything was added.
 */
export async function loadStandardVocabularies(db: Db): Promise<StandardVocabularies> {
  return inTransaction(db, async (tx) => {
    const added: StandardVocabularies = { boardKinds: 0, organisationKinds: 0, documentTypes: 0 };
    if ((await tx.boardKind.count()) === 0) {
      for (const k of boardKinds) await tx.boardKind.create({ data: { key: k.key, name: k.name } });
      added.boardKinds = boardKinds.length;
    }
    if ((await tx.organisationKind.count()) === 0) {
      for (const k of organisationKinds) await tx.organisationKind.create({ data: { key: k.key, name: k.name } });
      added.organisationKinds = organisationKinds.length;
    }
    if ((await tx.documentType.count()) === 0) {
      for (const d of documentTypes) await tx.documentType.create({ data: { key: d.key, name: d.name } });
      added.documentTypes = documentTypes.length;
    }
    if (added.boardKinds + added.organisationKinds + added.documentTypes > 0)
      await appendAudit(
        tx,
        { type: "system", label: "cli" },
        { action: "vocabularies.load", entityType: "Vocabulary", entityId: "standard", after: added },
      );
    return added;
  });
}
