import type { AreaSeed } from "@/lib/schemas/area-seed";
import type { Db } from "@/server/data/database";
import { appendAudit, type Actor } from "@/server/core/audit";
import { inTransaction } from "@/server/core/transaction";
import { importBoardsAndPeople } from "./import-boards-and-people";
import { importProtocol } from "./import-protocol";
import { emptyStats, sync, type ImportStats } from "./sync-row";

/**
 * Loads areas' data files (src/seed-data) into the database, matching every row on its natural
 * key. Rows that match are left alone, so a second run writes nothing (not even an audit entry);
 * obligations no longer in a file are retired, never deleted. The reference vocabularies come first
 * (import-reference-data), then each area: its boards and people, then its protocol.
 */

/** Imports one area. Areas named in `alsoInAreas` must exist first: import every area's row before any area's body. */
export async function importAreaSeed(db: Db, actor: Actor, seed: AreaSeed): Promise<ImportStats> {
  return inTransaction(
    db,
    async (tx) => {
      const stats = emptyStats();
      const areaSlug = seed.area.slug;
      const area = await sync(
        stats,
        await tx.area.findUnique({ where: { slug: areaSlug } }),
        { name: seed.area.name },
        () => tx.area.create({ data: seed.area }),
        () => tx.area.update({ where: { slug: areaSlug }, data: { name: seed.area.name } }),
      );
      const ids = await importBoardsAndPeople(tx, stats, seed, area);
      await importProtocol(tx, stats, seed, ids);
      if (stats.created + stats.updated + stats.retired > 0) {
        await appendAudit(tx, actor, {
          action: "seed.import-area",
          entityType: "Area",
          entityId: area.id,
          after: { area: areaSlug, ...stats },
        });
      }
      return stats;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
