import { cycleFor } from "@/domain/calendar/generate";
import type { LogAction } from "@/domain/item-lifecycle";
import { cycleLabel, cycleStartYear } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { inTransaction } from "@/server/core/transaction";
import { todayOf, type WorkflowCtx } from "./item-change";

async function cycleIdFor(tx: DbTx, boardId: string, date: string) {
  const board = await tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { yearStartMonth: true } });
  const cycle = cycleFor(cycleStartYear(date, board.yearStartMonth), board.yearStartMonth);
  const existing = await tx.reportingCycle.findUnique({
    where: { boardId_startsOn: { boardId, startsOn: cycle.start } },
  });
  if (existing) return existing.id;
  const created = await tx.reportingCycle.create({
    data: {
      boardId,
      startsOn: cycle.start,
      endsOn: cycle.end,
      label: `FY${cycleLabel(cycle.startYear, cycle.startMonth)}`,
    },
  });
  return created.id;
}

/** Items made by people (events, follow-ups) take sequences from here up, clear of generated ones. */
const MANUAL_SEQUENCE_BASE = 1_000_000;

async function nextManualSequence(tx: DbTx, where: { obligationId: string; recipientKey: string; cycleId: string }) {
  const last = await tx.calendarItem.findFirst({
    where: { ...where, sequence: { gte: MANUAL_SEQUENCE_BASE } },
    orderBy: { sequence: "desc" },
    select: { sequence: true },
  });
  return (last?.sequence ?? MANUAL_SEQUENCE_BASE) + 1;
}

export interface ManualItem {
  obligationId: string;
  recipientKey: string;
  recipientBoardId: string | null;
  recipientPostId: string | null;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  origin: "event" | "follow-up";
  title: string;
  parentItemId?: string;
  ownerBoardId?: string;
}

/**
 * Creates an item people made (an event or a follow-up) in the cycle of `cycleOf.boardId` holding
 * `cycleOf.date`, with the next manual sequence, its log entry (on `onItemId`, else on itself) and
 * its audit entry, in one transaction. Two made at once collide on the natural key (or on a new
 * reporting cycle): ALREADY_EXISTS, saying that someone was `busy` at the same moment.
 */
export async function createManualItem(
  ctx: WorkflowCtx,
  cycleOf: { boardId: string; date: string },
  fields: ManualItem,
  record: { onItemId?: string; action: LogAction; after: Record<string, unknown> },
  busy: string,
  /** More to write in the same transaction, once the item exists (a notice of it). */
  also?: (tx: DbTx, created: { id: string; title: string | null; dueOn: string }) => Promise<unknown>,
) {
  const day = todayOf(ctx);
  return inTransaction(
    ctx.db,
    async (tx) => {
      const cycleId = await cycleIdFor(tx, cycleOf.boardId, cycleOf.date);
      const sequence = await nextManualSequence(tx, {
        obligationId: fields.obligationId,
        recipientKey: fields.recipientKey,
        cycleId,
      });
      const created = await tx.calendarItem.create({
        data: { ...fields, cycleId, sequence, sequenceIndex: 1, sequenceOf: 1 },
      });
      await tx.itemLogEntry.create({
        data: {
          itemId: record.onItemId ?? created.id,
          actorId: ctx.viewer.userId,
          action: record.action,
          occurredOn: day,
          notes: fields.title,
        },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: `item.${record.action}`,
        entityType: "CalendarItem",
        entityId: created.id,
        after: record.after,
      });
      await also?.(tx, created);
      return created;
    },
    { duplicate: `${busy}. Nothing was saved; submit again.` },
  );
}
