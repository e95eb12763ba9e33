import type { Db } from "@/server/data/database";

/**
 * STUB (helper `delivery`): the digests are computed by another change (issue 13, point 1), which
 * replaces this file. Until then no digest is queued; `cli notifications run` only sends the outbox.
 */
export function queueDueDigests(_db: Db, _asOf: Date): Promise<{ queued: number; skipped: number }> {
  return Promise.resolve({ queued: 0, skipped: 0 });
}
