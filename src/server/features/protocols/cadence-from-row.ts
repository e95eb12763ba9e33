import { cadenceSchema, type Cadence } from "@/lib/schemas/cadence";

/** Rebuilds and re-validates a stored cadence: a row that no longer parses is a bug, loudly. */
export function cadenceFromRow(
  row: {
    frequency: string;
    windowFromMonth: number | null;
    windowToMonth: number | null;
    minPerYear: number | null;
    triggerText: string | null;
    daysAfter: number | null;
    anchorDate: string | null;
  },
  afterMeetingsOfKey: string | null,
): Cadence {
  const raw: Record<string, unknown> = { frequency: row.frequency };
  if (row.windowFromMonth !== null || row.windowToMonth !== null)
    raw.window = { fromMonth: row.windowFromMonth ?? undefined, toMonth: row.windowToMonth ?? undefined };
  if (row.minPerYear !== null) raw.minPerYear = row.minPerYear;
  if (row.triggerText !== null) raw.trigger = row.triggerText;
  if (afterMeetingsOfKey !== null) raw.afterMeetingsOf = afterMeetingsOfKey;
  if (row.daysAfter !== null) raw.daysAfter = row.daysAfter;
  if (row.anchorDate !== null) raw.anchorDate = row.anchorDate;
  return cadenceSchema.parse(raw);
}
