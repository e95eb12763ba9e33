/** One row an import creates, updates or retires, for the preview and the command line. */
export interface AreaImportChange {
  change: "create" | "update" | "retire";
  entity: string;
  key: string;
  /** For an update: the fields that differ. */
  fields?: string[];
}

export interface AreaImportResult {
  area: string;
  created: number;
  updated: number;
  unchanged: number;
  changes: AreaImportChange[];
  /** False for a dry run: nothing was written. */
  written: boolean;
}

/** Counts and lists the changes as rows are matched. */
export class Tally {
  created = 0;
  updated = 0;
  unchanged = 0;
  readonly changes: AreaImportChange[] = [];

  note(change: AreaImportChange["change"], entity: string, key: string, fields?: string[]) {
    if (change === "create") this.created++;
    else this.updated++;
    this.changes.push(fields ? { change, entity, key, fields } : { change, entity, key });
  }

  /**
   * Creates a missing row; updates an owned row whose fields (or `extra`, compared by the caller)
   * differ; leaves the rest. Null and undefined are the same.
   */
  async sync<R extends object>(
    what: { entity: string; key: string; own: boolean },
    existing: R | null,
    data: Record<string, unknown>,
    create: () => Promise<R>,
    update: () => Promise<unknown>,
    extra: string[] = [],
  ): Promise<R> {
    if (!existing) {
      this.note("create", what.entity, what.key);
      return create();
    }
    const row = existing as Record<string, unknown>;
    const fields = [...Object.keys(data).filter((k) => (row[k] ?? null) !== (data[k] ?? null)), ...extra];
    if (what.own && fields.length > 0) {
      this.note("update", what.entity, what.key, fields);
      await update();
    } else this.unchanged++;
    return existing;
  }
}
