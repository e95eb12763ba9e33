import { currentStepTimed, parseRoute } from "@/domain/challenges";
import { BUCKETS, bucketOf, groupBy, onTimeRate, type Bucket, type OnTimeRate } from "@/domain/dashboard";
import { boardKeyIn } from "@/server/core/board-key";
import { isUnscheduled, loadBoardItems, type BoardItem } from "../items/board-items";
import { dashItem, loadDashboardBoard, type BoardRef, type DashboardCtx, type DashItem } from "./dashboard-board";

export interface Direction {
  total: number;
  /** Each bucket's items grouped by counterparty. */
  buckets: { bucket: Bucket; count: number; groups: { label: string; items: DashItem[] }[] }[];
  /** Counterparty by bucket, for the summary table. */
  summary: { counterparty: string; counts: Record<Bucket, number> }[];
}

function direction(items: BoardItem[], board: BoardRef, today: string): Direction {
  const bucketed = items.flatMap((item) => {
    const bucket = bucketOf(
      { status: item.status, dueOn: item.dueOn, unscheduled: isUnscheduled(item), doneOn: item.lastDoneOn },
      today,
    );
    return bucket ? [{ bucket, item: dashItem(item, board) }] : [];
  });
  const buckets = BUCKETS.map((bucket) => {
    const inBucket = bucketed.filter((b) => b.bucket === bucket).map((b) => b.item);
    // Recently done: newest first; the rest: soonest due first.
    if (bucket === "done-recently") inBucket.reverse();
    return { bucket, count: inBucket.length, groups: groupBy(inBucket, (i) => i.counterparty) };
  });
  const summary = groupBy(bucketed, (b) => b.item.counterparty).map((g) => ({
    counterparty: g.label,
    counts: Object.fromEntries(
      BUCKETS.map((bucket) => [bucket, g.items.filter((b) => b.bucket === bucket).length]),
    ) as Record<Bucket, number>,
  }));
  return { total: bucketed.length, buckets, summary };
}

export interface ChairDashboard {
  board: BoardRef;
  today: string;
  thisYear: number;
  lastYear: number;
  owedBy: Direction;
  owedTo: Direction;
  onTime: { direction: "owed-by" | "owed-to"; thisCycle: OnTimeRate; lastCycle: OnTimeRate }[];
  challenges: {
    id: string;
    href: string;
    subject: string;
    from: string;
    to: string;
    raisedByUs: boolean;
    status: string;
    /** The current step's due date; null when the route gives the step no time. */
    responseDueOn: string | null;
    clause: string | null;
  }[];
}

/**
 * The chair's dashboard for one board (issue 4, build item 5): what the board owes and is owed,
 * overdue, due in 30 and 60 days, to schedule, recently done, grouped by counterparty; on-time
 * rates this cycle and last; open challenges from or to the board.
 */
export async function chairDashboard(ctx: DashboardCtx, raw: unknown): Promise<ChairDashboard> {
  const { board, homeAreaId, today, thisYear } = await loadDashboardBoard(ctx, raw);
  const items = await loadBoardItems(ctx.db, [board.id], [thisYear - 1, thisYear], homeAreaId, today);
  const owedBy = items.filter((i) => i.owingBoardIds.includes(board.id));
  const owedTo = items.filter((i) => i.recipientBoardId === board.id && !i.owingBoardIds.includes(board.id));
  const rates = (list: BoardItem[], year: number) => onTimeRate(list.filter((i) => i.cycleStartYear === year));
  const challenges = await ctx.db.challenge.findMany({
    where: { OR: [{ fromBoardId: board.id }, { toBoardId: board.id }], status: { not: "resolved" } },
    include: {
      fromBoard: { include: { areas: true } },
      toBoard: { include: { areas: true } },
      clause: { select: { ref: true } },
      protocol: { select: { resolutionRoute: true } },
    },
    orderBy: [{ responseDueOn: "asc" }, { id: "asc" }],
  });
  return {
    board,
    today,
    thisYear,
    lastYear: thisYear - 1,
    owedBy: direction(owedBy, board, today),
    owedTo: direction(owedTo, board, today),
    onTime: [
      { direction: "owed-by", thisCycle: rates(owedBy, thisYear), lastCycle: rates(owedBy, thisYear - 1) },
      { direction: "owed-to", thisCycle: rates(owedTo, thisYear), lastCycle: rates(owedTo, thisYear - 1) },
    ],
    challenges: challenges.map((c) => ({
      id: c.id,
      href: `/areas/${board.areaSlug}/challenges/${c.id}`,
      subject: c.subject,
      from: `${c.fromBoard.name} (${boardKeyIn(c.fromBoard, homeAreaId)})`,
      to: `${c.toBoard.name} (${boardKeyIn(c.toBoard, homeAreaId)})`,
      raisedByUs: c.fromBoardId === board.id,
      status: c.status,
      // Escalated to a step the route gives no time, the previous step's date no longer applies.
      responseDueOn: currentStepTimed(parseRoute(c.protocol.resolutionRoute), c.escalationLevel)
        ? c.responseDueOn
        : null,
      clause: c.clause?.ref ?? null,
    })),
  };
}
