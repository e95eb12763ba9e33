import type { AreaFile } from "@/lib/schemas/area-file";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { authorizeAreaImport, requireLiveArea } from "@/server/authz/authorize-area";
import { inTransaction } from "@/server/core/transaction";
import type { Db, DbTx } from "@/server/data/database";
import { Tally, type AreaImportResult } from "./area-import-changes";
import { scopeAreaImport } from "./area-import-scope";
import { importAreaBoardsAndPosts } from "./import-area-boards-and-posts";
import { importAreaDirectory } from "./import-area-directory";
import { importAreaMembershipsAndMeetings } from "./import-area-memberships-and-meetings";
import { importAreaProtocols } from "./import-area-protocols";
import { importAreaVocabularies } from "./import-area-vocabularies";
import { parseAreaFile } from "./parse-area-file";

export type { AreaImportChange, AreaImportResult } from "./area-import-changes";
export { parseAreaFile } from "./parse-area-file";

class DryRun extends Error {
  constructor(readonly result: AreaImportResult) {
    super("dry run");
  }
}

/**
 * `cli area import`: creates or updates an area from its file (export-area.ts), matching every row on
 * its natural key, in one transaction. A second import of the same file changes nothing.
 *
 * What the file's area owns is brought in line with the file: the area, its home boards with their
 * meetings and memberships, its posts and their holders, and each protocol version one of its boards
 * is party to (duties missing from the file are retired, never deleted). What belongs to another area
 * (a shared board defined there, a neighbour's board or post) and the reference vocabularies are
 * created when missing and otherwise left as they are, so an old file of one area never undoes
 * another area's changes. Nothing is deleted.
 *
 * Administrators of everything may import any file; an area's own administrators, its file. An
 * archived area is refused.
 * With `dryRun` the same work is done and rolled back: the result says what an import would change,
 * for a page to preview before the administrator confirms.
 */
export async function importAreaFile(
  ctx: { db: Db; viewer: Viewer | null },
  raw: unknown,
  options: { dryRun?: boolean } = {},
): Promise<AreaImportResult> {
  const slug = (raw as { area?: { slug?: unknown } } | null)?.area?.slug;
  await authorizeAreaImport(ctx.db, ctx.viewer, typeof slug === "string" ? slug : null);
  const file = parseAreaFile(raw);
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  try {
    return await inTransaction(
      ctx.db,
      async (tx) => {
        const result = await importInto(tx, actor, file);
        if (options.dryRun) throw new DryRun({ ...result, written: false });
        return result;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

/** What an import would change, without writing anything. */
export const planAreaImport = (ctx: { db: Db; viewer: Viewer | null }, raw: unknown) =>
  importAreaFile(ctx, raw, { dryRun: true });

async function importInto(tx: DbTx, actor: Actor, file: AreaFile): Promise<AreaImportResult> {
  const t = new Tally();
  const scope = scopeAreaImport(file);
  const own = scope.own;
  const now = new Date();
  // An archived area keeps its history as it is: bring it back before importing over it.
  const existing = await tx.area.findUnique({ where: { slug: own } });
  if (existing) requireLiveArea(existing);

  const { boardKinds, organisationKinds, documentTypes } = await importAreaVocabularies(tx, t, file);
  const { areaIds, organisationIds, personIds } = await importAreaDirectory(tx, t, file, scope, organisationKinds);
  const areaId = areaIds.get(own)!;
  const { board, person, post } = await importAreaBoardsAndPosts(tx, t, file, scope, {
    boardKinds,
    areaIds,
    organisationIds,
    personIds,
  });
  await importAreaMembershipsAndMeetings(tx, t, file, scope, { board, person, organisationIds });
  await importAreaProtocols(tx, t, file, { own: scope.ownProtocol, board, person, post, documentTypes, now });

  if (t.created + t.updated > 0) {
    await appendAudit(tx, actor, {
      action: "area.import",
      entityType: "Area",
      entityId: areaId,
      after: { area: own, created: t.created, updated: t.updated, unchanged: t.unchanged },
    });
  }
  return {
    area: own,
    created: t.created,
    updated: t.updated,
    unchanged: t.unchanged,
    changes: t.changes,
    written: true,
  };
}
