import { randomUUID } from "node:crypto";
import { planDemoHistory, type HistoryItem } from "@/domain/demo-history";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { calendarStore, type Db } from "@/server/data/database";
import type { Actor } from "@/server/core/audit";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";

export interface DemoHistorySummary {
  calendars: { area: string; fy: number; created: number; updated: number; retired: number; unchanged: number }[];
  /** Null when history was not seeded because items had already been logged. */
  history: { items: number; entries: number } | null;
}

/**
 * The demo's past (`npm run db:seed` and `cli seed`, never the tests' seedAll): every board's
 * calendar for the previous and the current financial year, generated as `cli calendar --write`
 * does, then a plausible log for items due before today (src/domain/demo-history.ts), written in
 * one transaction with one audit entry. Idempotent: the calendars are already there the second
 * time, and history is only written while nothing at all has been logged.
 */
export async function seedDemoHistory(
  db: Db,
  input: { areas: string[]; now?: Date; actor?: Actor },
): Promise<DemoHistorySummary> {
  const now = input.now ?? new Date();
  const actor: Actor = input.actor ?? { type: "system", label: "seed" };
  const today = londonToday(now);
  const current = cycleStartYear(today, 4);
  const calendars: DemoHistorySummary["calendars"] = [];
  for (const slug of input.areas) {
    const links = await db.boardArea.findMany({ where: { area: { slug } }, select: { boardId: true } });
    if (links.length === 0) continue;
    for (const fy of [current - 1, current]) {
      const plan = await planCalendar(
        db,
        links.map((l) => l.boardId),
        fy,
      );
      const written = await applyCalendarPlan(db, actor, plan, now);
      calendars.push({
        area: slug,
        fy,
        created: written.created,
        updated: written.updated,
        retired: written.retired,
        unchanged: written.unchanged,
      });
    }
  }
  const logged =
    (await db.itemLogEntry.count()) > 0 || (await db.calendarItem.count({ where: { status: { not: "planned" } } })) > 0;
  if (logged) return { calendars, history: null };

  const rows = await db.calendarItem.findMany({
    where: { retiredAt: null, origin: "rule", status: "planned", dueOn: { lt: today } },
    select: {
      id: true,
      dueOn: true,
      meetingId: true,
      meeting: { select: { id: true, date: true } },
      recipientBoardId: true,
      recipientPost: { select: { boardId: true } },
      ownerBoardId: true,
      obligation: {
        select: {
          parties: {
            where: { role: "from" },
            orderBy: { position: "asc" },
            select: { boardId: true, post: { select: { boardId: true } } },
          },
        },
      },
    },
  });
  const acronyms = new Map(
    (await db.board.findMany({ select: { id: true, acronym: true } })).map((b) => [b.id, b.acronym]),
  );
  const secretariat = new Map<string, string>();
  for (const r of await db.roleAssignment.findMany({
    where: { role: "secretariat", boardId: { not: null } },
    orderBy: { id: "asc" },
  })) {
    if (!secretariat.has(r.boardId!)) secretariat.set(r.boardId!, r.userId);
  }
  const items: HistoryItem[] = rows.map((r) => {
    const owing = r.ownerBoardId
      ? [r.ownerBoardId]
      : [
          ...new Set(
            r.obligation.parties
              .map((p) => p.boardId ?? p.post?.boardId ?? null)
              .filter((b): b is string => b !== null),
          ),
        ];
    const presenting = r.recipientBoardId ?? r.recipientPost?.boardId ?? owing[0] ?? null;
    return {
      id: r.id,
      dueOn: r.dueOn,
      meeting: r.meeting,
      owingBoardIds: owing,
      presentingBoardId: presenting,
      presentingLabel: presenting ? (acronyms.get(presenting) ?? "Board") : "Joint meeting",
    };
  });
  const before = new Map(rows.map((r) => [r.id, r]));
  // Only boards with a demo secretariat can have logged anything.
  const plan = planDemoHistory(items, today).filter((h) =>
    h.entries.every((e) => e.actorBoardId && secretariat.has(e.actorBoardId)),
  );
  const entries = plan.flatMap((h) =>
    h.entries.map((e) => {
      const item = before.get(h.itemId)!;
      return {
        id: randomUUID(),
        itemId: h.itemId,
        actorId: secretariat.get(e.actorBoardId!)!,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        occurredOn: e.occurredOn,
        meetingId: e.meetingId,
        minuteRef: e.minuteRef,
        previous: JSON.stringify({ status: e.fromStatus, meetingId: item.meetingId, dueOn: item.dueOn }),
      };
    }),
  );
  const audit = {
    action: "seed.demo-history",
    entityType: "ItemLogEntry",
    entityId: `demo-history-${today}`,
    after: { items: plan.length, entries: entries.length, before: today },
  };
  if (plan.length === 0) return { calendars, history: { items: 0, entries: 0 } };

  await calendarStore(db).writeItemHistory({
    now,
    entries,
    moves: plan.map((h) => ({ itemId: h.itemId, status: h.status, steps: h.entries.length })),
    audit: { actor, entry: audit },
  });
  // Duties that follow a logged one take their dates from its logged date (decision 019), as they do
  // when the secretariat logs in the portal: re-plan the years, so a later seed finds nothing to change.
  for (const slug of input.areas) {
    const links = await db.boardArea.findMany({ where: { area: { slug } }, select: { boardId: true } });
    if (links.length === 0) continue;
    for (const fy of [current - 1, current]) {
      const replan = await planCalendar(
        db,
        links.map((l) => l.boardId),
        fy,
      );
      await applyCalendarPlan(db, actor, replan, now);
    }
  }
  return { calendars, history: { items: plan.length, entries: entries.length } };
}
