import { cadenceSchema, type Cadence } from "@/lib/schemas/cadence";

/** An Obligation row's cadence columns. */
export interface CadenceRow {
  frequency: string;
  windowFromMonth: number | null;
  windowToMonth: number | null;
  minPerYear: number | null;
  triggerText: string | null;
  daysAfter: number | null;
  anchorDate: string | null;
  /** JSON: the fields with no column of their own (decision 019). */
  cadenceDetail: string | null;
}

/** The fields a cadence keeps in columns; everything else goes in `cadenceDetail` as JSON. */
const COLUMN_FIELDS = new Set([
  "frequency",
  "window",
  "minPerYear",
  "trigger",
  "afterMeetingsOf",
  "meetingsOf",
  "daysAfter",
  "anchorDate",
]);

/** Frequencies whose board reference is named `meetingsOf` (after-every-meeting's is `afterMeetingsOf`). */
const MEETINGS_OF = new Set(["each-meeting", "meeting-of-year", "first-meeting-after", "follows"]);

/** A stored cadence as the raw object a cadence schema parses (the rule editor's, or the area file's). */
export function cadenceFields(row: CadenceRow, afterMeetingsOfKey: string | null): Record<string, unknown> {
  const raw: Record<string, unknown> = { frequency: row.frequency };
  if (row.windowFromMonth !== null || row.windowToMonth !== null)
    raw.window = { fromMonth: row.windowFromMonth ?? undefined, toMonth: row.windowToMonth ?? undefined };
  if (row.minPerYear !== null) raw.minPerYear = row.minPerYear;
  if (row.triggerText !== null) raw.trigger = row.triggerText;
  if (afterMeetingsOfKey !== null)
    raw[MEETINGS_OF.has(row.frequency) ? "meetingsOf" : "afterMeetingsOf"] = afterMeetingsOfKey;
  if (row.daysAfter !== null) raw.daysAfter = row.daysAfter;
  if (row.anchorDate !== null) raw.anchorDate = row.anchorDate;
  if (row.cadenceDetail) {
    const detail: unknown = JSON.parse(row.cadenceDetail);
    if (typeof detail !== "object" || detail === null || Array.isArray(detail))
      throw new Error("A stored cadenceDetail must be a JSON object");
    Object.assign(raw, detail);
  }
  return raw;
}

/** Rebuilds and re-validates a stored cadence: a row that no longer parses is a bug, loudly. */
export function cadenceFromRow(row: CadenceRow, afterMeetingsOfKey: string | null): Cadence {
  return cadenceSchema.parse(cadenceFields(row, afterMeetingsOfKey));
}

/**
 * A cadence as the Obligation row's columns (the inverse of cadenceFields), for every writer: the
 * rule editor, the seed and the area import. `boardIdOf` resolves "after every meeting of" (or
 * "meetings of") a board key.
 */
export function cadenceColumns(cadence: { frequency: string }, boardIdOf: (key: string) => string | null) {
  const c = cadence as {
    frequency: string;
    window?: { fromMonth: number; toMonth: number } | null;
    minPerYear?: number | null;
    trigger?: string | null;
    afterMeetingsOf?: string | null;
    meetingsOf?: string | null;
    daysAfter?: number | null;
    anchorDate?: string | null;
  };
  const detail = Object.fromEntries(
    Object.entries(cadence).filter(
      ([field, value]) => !COLUMN_FIELDS.has(field) && value !== undefined && value !== null,
    ),
  );
  const followed = c.afterMeetingsOf ?? c.meetingsOf;
  return {
    frequency: c.frequency,
    windowFromMonth: c.window?.fromMonth ?? null,
    windowToMonth: c.window?.toMonth ?? null,
    minPerYear: c.minPerYear ?? null,
    triggerText: c.trigger ?? null,
    afterMeetingsOfId: followed ? boardIdOf(followed) : null,
    daysAfter: c.daysAfter ?? null,
    anchorDate: c.anchorDate ?? null,
    cadenceDetail: Object.keys(detail).length > 0 ? JSON.stringify(detail) : null,
  };
}
