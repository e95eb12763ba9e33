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
}

/** A stored cadence as the raw object a cadence schema parses (the rule editor's, or the area file's). */
export function cadenceFields(row: CadenceRow, afterMeetingsOfKey: string | null): Record<string, unknown> {
  const raw: Record<string, unknown> = { frequency: row.frequency };
  if (row.windowFromMonth !== null || row.windowToMonth !== null)
    raw.window = { fromMonth: row.windowFromMonth ?? undefined, toMonth: row.windowToMonth ?? undefined };
  if (row.minPerYear !== null) raw.minPerYear = row.minPerYear;
  if (row.triggerText !== null) raw.trigger = row.triggerText;
  if (afterMeetingsOfKey !== null) raw.afterMeetingsOf = afterMeetingsOfKey;
  if (row.daysAfter !== null) raw.daysAfter = row.daysAfter;
  if (row.anchorDate !== null) raw.anchorDate = row.anchorDate;
  return raw;
}

/** Rebuilds and re-validates a stored cadence: a row that no longer parses is a bug, loudly. */
export function cadenceFromRow(row: CadenceRow, afterMeetingsOfKey: string | null): Cadence {
  return cadenceSchema.parse(cadenceFields(row, afterMeetingsOfKey));
}

/**
 * A cadence as the Obligation row's columns (the inverse of cadenceFields), for every writer: the
 * rule editor, the seed and the area import. `boardIdOf` resolves "after every meeting of" a board key.
 */
export function cadenceColumns(cadence: { frequency: string }, boardIdOf: (key: string) => string | null) {
  const c = cadence as {
    frequency: string;
    window?: { fromMonth: number; toMonth: number } | null;
    minPerYear?: number | null;
    trigger?: string | null;
    afterMeetingsOf?: string | null;
    daysAfter?: number | null;
    anchorDate?: string | null;
  };
  return {
    frequency: c.frequency,
    windowFromMonth: c.window?.fromMonth ?? null,
    windowToMonth: c.window?.toMonth ?? null,
    minPerYear: c.minPerYear ?? null,
    triggerText: c.trigger ?? null,
    afterMeetingsOfId: c.afterMeetingsOf ? boardIdOf(c.afterMeetingsOf) : null,
    daysAfter: c.daysAfter ?? null,
    anchorDate: c.anchorDate ?? null,
  };
}
