import type { Db } from "@/server/data/database";
import { notFound } from "@/server/core/errors";
import { evidenceStore, type EvidenceStore } from "@/server/storage/evidence-store";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeEvidence } from "@/server/authz/authorize-evidence";

/**
 * An evidence file, if the viewer may see it (issue 14): a role on a board the item concerns, or an
 * administrator of its area; restricted files only its boards' secretariats and chairs, and
 * administrators. Anything else is NOT_FOUND, so a download does not reveal that the file exists.
 */
export async function readEvidence(ctx: { db: Db; viewer: Viewer; store?: EvidenceStore }, evidenceId: string) {
  if (typeof evidenceId !== "string" || evidenceId.length > 64) throw notFound("The file");
  const { evidence } = await authorizeEvidence(ctx.db, ctx.viewer, evidenceId, "board:read");
  if (evidence.kind !== "file" || !evidence.storageKey) throw notFound("The file");
  const bytes = await (ctx.store ?? evidenceStore(ctx.db)).get(evidence.storageKey);
  return {
    bytes,
    fileName: evidence.fileName ?? "evidence",
    contentType: evidence.contentType ?? "application/octet-stream",
  };
}
