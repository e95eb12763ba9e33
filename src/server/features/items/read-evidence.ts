import type { Db } from "@/server/data/database";
import { notFound } from "@/server/core/errors";
import { evidenceStore, type EvidenceStore } from "@/server/storage/evidence-store";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/** An evidence file, if the viewer may read the item it belongs to. */
export async function readEvidence(ctx: { db: Db; viewer: Viewer; store?: EvidenceStore }, evidenceId: string) {
  if (typeof evidenceId !== "string" || evidenceId.length > 64) throw notFound("The file");
  const evidence = await ctx.db.evidence.findUnique({
    where: { id: evidenceId },
    include: { logEntry: { select: { itemId: true } } },
  });
  if (!evidence || evidence.kind !== "file" || !evidence.storageKey) throw notFound("The file");
  await authorizeItem(ctx.db, ctx.viewer, evidence.logEntry.itemId, "board:read");
  const bytes = await (ctx.store ?? evidenceStore(ctx.db)).get(evidence.storageKey);
  return {
    bytes,
    fileName: evidence.fileName ?? "evidence",
    contentType: evidence.contentType ?? "application/octet-stream",
  };
}
