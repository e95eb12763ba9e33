import { itemKey, type GeneratedItem, type ItemFlag } from "./types";

/** An item as stored, reduced to what regeneration compares. */
export interface ExistingItem {
  id: string;
  obligationId: string;
  recipientKey: string;
  anchorBoardId: string;
  cycleStart: string;
  sequence: number;
  index: number;
  of: number;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  meetingId: string | null;
  flags: ItemFlag[];
  retired: boolean;
  /** Anything logged against it (a log entry, or a status moved on from planned). */
  logged: boolean;
}

export interface CalendarDiff {
  create: GeneratedItem[];
  update: { id: string; before: ExistingItem; after: GeneratedItem }[];
  retire: ExistingItem[];
  unchanged: ExistingItem[];
}

const sameFlags = (a: readonly string[], b: readonly string[]) =>
  (a.length === b.length && a.every((flag, i) => flag === b[i])) || [...a].sort().join(",") === [...b].sort().join(",");

function differs(e: ExistingItem, g: GeneratedItem): boolean {
  return (
    e.retired ||
    e.windowStart !== g.windowStart ||
    e.windowEnd !== g.windowEnd ||
    e.dueOn !== g.dueOn ||
    e.meetingId !== g.meetingId ||
    e.index !== g.index ||
    e.of !== g.of ||
    !sameFlags(e.flags, g.flags)
  );
}

/**
 * What regeneration changes (DESIGN.md, "Calendar generation"): create what is missing; update
 * window, dates and plan of items nothing was logged against; never touch a logged item; retire
 * items no rule produces any more (kept, never deleted), but a logged one only when its duty is no
 * longer in force (`inForce`: the ids of the duties in force). Applying the result and diffing again
 * gives no changes. Stored items have distinct natural keys (the table's unique key); each key is
 * built and hashed once per item, since a national run compares ~43,000 of them.
 */
export function diffCalendar(
  generated: readonly GeneratedItem[],
  existing: readonly ExistingItem[],
  inForce: ReadonlySet<string> = new Set(),
): CalendarDiff {
  const stored = new Map<string, ExistingItem>();
  for (const e of existing) stored.set(itemKey(e), e);
  const produced = new Set<ExistingItem>();
  const diff: CalendarDiff = { create: [], update: [], retire: [], unchanged: [] };
  for (const g of generated) {
    const e = stored.get(itemKey(g));
    if (!e) {
      diff.create.push(g);
      continue;
    }
    produced.add(e);
    if (e.logged) diff.unchanged.push(e);
    else if (differs(e, g)) diff.update.push({ id: e.id, before: e, after: g });
    else diff.unchanged.push(e);
  }
  for (const e of existing) {
    if (produced.has(e)) continue;
    // A logged item of a duty still in force stays as logged even when no occurrence produces it
    // now (its meeting was moved or cancelled): only the duty's going retires it.
    if (e.retired || (e.logged && inForce.has(e.obligationId))) diff.unchanged.push(e);
    else diff.retire.push(e);
  }
  return diff;
}
