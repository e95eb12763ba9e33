import { createHash } from "node:crypto";
import { diffCalendar, type CalendarDiff } from "@/domain/calendar/diff";
import { generateItems } from "@/domain/calendar/generate";
import { itemKey, type GeneratedItem } from "@/domain/calendar/types";
import { cycleLabel } from "@/lib/dates";
import { calendarStore, type Db, type DbTx } from "@/server/data/database";
import {
  cycleKey,
  type CycleRow,
  type GenerationWrite,
  type NewItemRow,
} from "@/server/data/calendar-store/calendar-store";
import type { Actor } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { loadCalendarContext } from "./calendar-context";

export interface CalendarPlan {
  startYear: number;
  scopeBoardIds: string[];
  generated: GeneratedItem[];
  diff: CalendarDiff;
  /** Changes the plan would write; a preview shows it, and a confirm refuses if it moved since. */
  fingerprint: string;
  context: Awaited<ReturnType<typeof loadCalendarContext>>;
}

/** Anything logged against an item: a log entry, or a status moved on from planned (the calendar stores' loadRuleItems agree). */
export const isLogged = (i: { status: string; _count: { logEntries: number } }) =>
  i._count.logEntries > 0 || i.status !== "planned";

/**
 * Works out a year's calendar for some boards without writing anything: the items their protocols
 * produce, and the difference from what is stored (DESIGN.md, "Calendar generation").
 */
export async function planCalendar(db: DbTx, scopeBoardIds: string[], startYear: number): Promise<CalendarPlan> {
  if (!Number.isInteger(startYear) || startYear < 2000 || startYear > 2098) {
    throw new AppError("VALIDATION", "The year must be a financial year between 2000/01 and 2098/99", {
      fy: ["Enter the year the financial year starts, e.g. 2026"],
    });
  }
  const context = await loadCalendarContext(db, scopeBoardIds, startYear);
  const concerning = new Map(context.obligations.map((o) => [o.id, context.concernsScope(o)]));
  const generated = generateItems(context).filter((item) => concerning.get(item.obligationId));
  // Existing items, in cycles starting in this year, of any protocol these boards are party to
  // (whatever its status now): those of duties still in force that concern the boards, and those
  // of duties no longer in force, which no rule produces and so are retired.
  const stored = await calendarStore(db).loadRuleItems(scopeBoardIds, `${startYear}-01-01`, `${startYear}-12-31`);
  const existing = stored.filter((e) => concerning.get(e.obligationId) !== false);
  const diff = diffCalendar(generated, existing, new Set(context.obligations.map((o) => o.id)));
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify([
        diff.create.map(itemKey).sort(),
        diff.update.map((u) => [u.id, u.after.dueOn, u.after.meetingId, u.after.flags]).sort(),
        diff.retire.map((r) => r.id).sort(),
      ]),
    )
    .digest("hex")
    .slice(0, 16);
  return { startYear, scopeBoardIds, generated, diff, fingerprint, context };
}

export interface GenerationSummary {
  created: number;
  updated: number;
  retired: number;
  unchanged: number;
  written: number;
}

/** A generated item as the columns of a new row, its cycle named by (anchor board, start). */
export const newItemRow = (g: GeneratedItem): NewItemRow => ({
  obligationId: g.obligationId,
  recipientKey: g.recipientKey,
  recipientBoardId: g.recipient?.type === "board" ? g.recipient.id : null,
  recipientPostId: g.recipient?.type === "post" ? g.recipient.id : null,
  cycle: { boardId: g.anchorBoardId, startsOn: g.cycleStart },
  sequence: g.sequence,
  sequenceIndex: g.index,
  sequenceOf: g.of,
  windowStart: g.windowStart,
  windowEnd: g.windowEnd,
  dueOn: g.dueOn,
  meetingId: g.meetingId,
  flags: g.flags.join(","),
});

/**
 * Writes a plan in one transaction, with one audit entry, through the client's calendar store:
 * creates, updates unlogged items, retires what no rule produces. A plan with no changes (a second
 * run) returns before any write or transaction.
 */
export async function applyCalendarPlan(
  db: Db,
  actor: Actor,
  plan: CalendarPlan,
  now = new Date(),
): Promise<GenerationSummary> {
  const { diff } = plan;
  const summary: GenerationSummary = {
    created: diff.create.length,
    updated: diff.update.length,
    retired: diff.retire.length,
    unchanged: diff.unchanged.length,
    written: 0,
  };
  if (diff.create.length + diff.update.length + diff.retire.length === 0) return summary;
  summary.written = await calendarStore(db).writeGeneration(generationWrite(actor, plan, now));
  return summary;
}

/** A plan's changes as the store's bulk write. */
function generationWrite(actor: Actor, plan: CalendarPlan, now: Date): GenerationWrite {
  const { diff } = plan;
  const cycles = new Map<string, CycleRow>();
  for (const g of diff.create) {
    const key = cycleKey({ boardId: g.anchorBoardId, startsOn: g.cycleStart });
    if (cycles.has(key)) continue;
    const cycle = plan.context.cycleOf(g.anchorBoardId);
    cycles.set(key, {
      boardId: g.anchorBoardId,
      startsOn: g.cycleStart,
      endsOn: cycle.end,
      label: `FY${cycleLabel(cycle.startYear, cycle.startMonth)}`,
    });
  }
  return {
    now,
    cycles: [...cycles.values()],
    create: diff.create.map(newItemRow),
    update: diff.update.map(({ id, after: a }) => ({
      id,
      windowStart: a.windowStart,
      windowEnd: a.windowEnd,
      dueOn: a.dueOn,
      meetingId: a.meetingId,
      flags: a.flags.join(","),
      sequenceIndex: a.index,
      sequenceOf: a.of,
    })),
    retire: diff.retire.map((r) => r.id),
    audit: {
      actor,
      entry: {
        action: "calendar.generate",
        entityType: "ReportingCycle",
        entityId: `FY${cycleLabel(plan.startYear)}`,
        after: {
          boards: plan.scopeBoardIds,
          created: diff.create.length,
          updated: diff.update.length,
          retired: diff.retire.length,
        },
      },
    },
  };
}
