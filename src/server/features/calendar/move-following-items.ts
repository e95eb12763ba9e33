import { anchorBoardOf } from "@/domain/calendar/generate";
import type { Actor } from "@/server/core/audit";
import type { Db } from "@/server/data/database";
import { engineParties, protocolFallbackAnchor } from "./calendar-context";
import { applyCalendarPlan, planCalendar, type GenerationSummary } from "./generate-calendar";

/**
 * After an item is logged as done (or such a step is reversed), moves the unlogged items of the
 * duties that follow its duty (decision 019: counted from the other item's logged date once it is
 * logged, from its planned date until then, flagged "provisional"). Regenerates, for the item's
 * year, only those duties' items (and those of duties following them in turn) on their anchor
 * boards' calendars, and only moves items already generated. Logged items never change:
 * regeneration only updates unlogged ones.
 *
 * It runs after the log entry's own transaction has committed, not inside it: the calendar's bulk
 * writes open their own transaction on the client (docs/decisions/011-calendar-data-seam.md), and
 * SQLite's direct store cannot join Prisma's. Regeneration is idempotent, so a failure here is put
 * right by the next generation of that year.
 */
export async function moveFollowingItems(
  db: Db,
  actor: Actor,
  itemId: string,
  now = new Date(),
): Promise<GenerationSummary | null> {
  const item = await db.calendarItem.findUnique({
    where: { id: itemId },
    select: { origin: true, obligationId: true, cycle: { select: { startsOn: true } } },
  });
  if (!item || item.origin !== "rule") return null;

  // The duties in force that follow this one, and those that follow them.
  const followers = new Map<string, Awaited<ReturnType<typeof loadFollowers>>[number]>();
  let frontier = [item.obligationId];
  while (frontier.length > 0) {
    const found = (await loadFollowers(db, frontier)).filter((f) => !followers.has(f.id));
    for (const f of found) followers.set(f.id, f);
    frontier = found.map((f) => f.id);
  }
  if (followers.size === 0) return null;

  const anchors = new Set<string>();
  for (const f of followers.values()) {
    const fallback = protocolFallbackAnchor(f.protocol.parties);
    if (fallback) anchors.add(anchorBoardOf(engineParties(f.parties), fallback));
  }
  const startYear = Number(item.cycle.startsOn.slice(0, 4));
  const plan = await planCalendar(db, [...anchors], startYear);
  const diff = {
    ...plan.diff,
    // Only moves: items a year's generation has not made yet, and items no rule produces any more,
    // wait for an administrator's generation, as do other duties' changes.
    create: [],
    update: plan.diff.update.filter((u) => followers.has(u.after.obligationId)),
    retire: [],
  };
  return applyCalendarPlan(db, actor, { ...plan, diff }, now);
}

function loadFollowers(db: Db, obligationIds: string[]) {
  return db.obligation.findMany({
    where: {
      comesAfterId: { in: obligationIds },
      frequency: "follows",
      retiredAt: null,
      protocol: { status: "agreed" },
    },
    select: {
      id: true,
      parties: {
        select: { role: true, boardId: true, postId: true, post: { select: { boardId: true } } },
        orderBy: [{ role: "asc" }, { position: "asc" }],
      },
      protocol: { select: { parties: { select: { boardId: true, board: { select: { slug: true } } } } } },
    },
  });
}
