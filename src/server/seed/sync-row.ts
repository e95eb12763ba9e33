/**
 * The seed's one way of writing a row: matched on its natural key, created if missing, updated only
 * if a field differs, otherwise left alone, and counted, so a second run writes nothing.
 */

export interface ImportStats {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

export const emptyStats = (): ImportStats => ({ created: 0, updated: 0, unchanged: 0, retired: 0 });

/** Compares the fields we would write with what is stored; null and undefined are the same. */
function differs(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).some(([k, v]) => (row[k] ?? null) !== (v ?? null));
}

export async function sync<R extends Record<string, unknown>>(
  stats: ImportStats,
  existing: R | null,
  data: Record<string, unknown>,
  create: () => Promise<R>,
  update: (row: R) => Promise<R>,
): Promise<R> {
  if (!existing) {
    stats.created++;
    return create();
  }
  if (differs(existing, data)) {
    stats.updated++;
    return update(existing);
  }
  stats.unchanged++;
  return existing;
}
