import { BUCKETS, bucketOf, groupBy, onTimeRate, type Bucket, type OnTimeRate } from "@/domain/dashboard";
import type { DisplayStatus } from "@/domain/calendar/status";
import { addDays } from "@/domain/civil-date";
import { dashboardBoardSchema } from "@/lib/schemas/dashboard";
import { cycleStartYear, londonToday } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { boardKeyIn } from "@/server/features/boards/board-key";
import { isUnscheduled, loadBoardItems, partyLabel, type BoardItem } from "../items/board-items";
import { canReadAudit } from "../audit/audit-log";

type Ctx = { db: DbTx; viewer: Viewer; now?: Date };

/** An item as a home page lists it, with the link to its page. */
export interface DashItem {
  id: string;
  href: string;
  title: string;
  clause: string;
  dueOn: string;
  status: DisplayStatus;
  counterparty: string;
  meetingDate: string | null;
}

interface BoardRef {
  id: string;
  name: string;
  key: string;
  areaSlug: string;
  yearStartMonth: number;
}

async function loadBoard(ctx: Ctx, raw: unknown): Promise<BoardRef> {
  const { boardId } = parse(dashboardBoardSchema, raw, "Choose a board");
  const board = await authorizeBoard(ctx.db, ctx.viewer, boardId, "board:read");
  const home = board.areas.find((a) => a.home) ?? board.areas[0];
  const area = home ? await ctx.db.area.findUnique({ where: { id: home.areaId }, select: { slug: true } }) : null;
  if (!home || !area) throw new AppError("NOT_FOUND", "The board was not found");
  return { id: board.id, name: board.name, key: boardKeyIn(board, home.areaId), areaSlug: area.slug, yearStartMonth: board.yearStartMonth };
}

/** Who is on the other side: for what we owe, the recipient; for what we are owed, the owing boards. */
function counterpartyOf(item: BoardItem, board: BoardRef): string {
  if (item.owingBoardIds.includes(board.id)) {
    if (item.recipient) return partyLabel(item.recipient);
    const others = item.owing.filter((p) => !(p.type === "board" && p.key === board.key));
    return others.length > 0 ? `Jointly with ${others.map(partyLabel).join(", ")}` : "No receiving board";
  }
  return item.owing.map(partyLabel).join(", ") || "Unknown";
}

const dashItem = (item: BoardItem, board: BoardRef): DashItem => ({
  id: item.id,
  href: `/areas/${board.areaSlug}/items/${item.id}`,
  title: item.title,
  clause: item.clause,
  dueOn: item.dueOn,
  status: item.status,
  counterparty: counterpartyOf(item, board),
  meetingDate: item.meeting?.date ?? null,
});

export interface Direction {
  total: number;
  /** Each bucket's items grouped by counterparty. */
  buckets: { bucket: Bucket; count: number; groups: { label: string; items: DashItem[] }[] }[];
  /** Counterparty by bucket, for the summary table. */
  summary: { counterparty: string; counts: Record<Bucket, number> }[];
}

function direction(items: BoardItem[], board: BoardRef, today: string): Direction {
  const bucketed = items.flatMap((item) => {
    const bucket = bucketOf({ status: item.status, dueOn: item.dueOn, unscheduled: isUnscheduled(item), doneOn: item.lastDoneOn }, today);
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
    counts: Object.fromEntries(BUCKETS.map((bucket) => [bucket, g.items.filter((b) => b.bucket === bucket).length])) as Record<Bucket, number>,
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
  challenges: { id: string; href: string; subject: string; from: string; to: string; raisedByUs: boolean; status: string; responseDueOn: string; clause: string | null }[];
}

/**
 * The chair's dashboard for one board (issue 4, build item 5): what the board owes and is owed,
 * overdue, due in 30 and 60 days, to schedule, recently done, grouped by counterparty; on-time
 * rates this cycle and last; open challenges from or to the board.
 */
export async function chairDashboard(ctx: Ctx, raw: unknown): Promise<ChairDashboard> {
  const board = await loadBoard(ctx, raw);
  const today = londonToday(ctx.now ?? new Date());
  const thisYear = cycleStartYear(today, board.yearStartMonth);
  const home = await ctx.db.area.findUniqueOrThrow({ where: { slug: board.areaSlug }, select: { id: true } });
  const items = await loadBoardItems(ctx.db, [board.id], [thisYear - 1, thisYear], home.id, today);
  const owedBy = items.filter((i) => i.owingBoardIds.includes(board.id));
  const owedTo = items.filter((i) => i.recipientBoardId === board.id && !i.owingBoardIds.includes(board.id));
  const rates = (list: BoardItem[], year: number) => onTimeRate(list.filter((i) => i.cycleStartYear === year));
  const challenges = await ctx.db.challenge.findMany({
    where: { OR: [{ fromBoardId: board.id }, { toBoardId: board.id }], status: { not: "resolved" } },
    include: { fromBoard: { include: { areas: true } }, toBoard: { include: { areas: true } }, clause: { select: { ref: true } } },
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
      from: `${c.fromBoard.name} (${boardKeyIn(c.fromBoard, home.id)})`,
      to: `${c.toBoard.name} (${boardKeyIn(c.toBoard, home.id)})`,
      raisedByUs: c.fromBoardId === board.id,
      status: c.status,
      responseDueOn: c.responseDueOn,
      clause: c.clause?.ref ?? null,
    })),
  };
}

export interface SecretariatHome {
  board: BoardRef;
  overdue: DashItem[];
  toSchedule: DashItem[];
  dueSoon: DashItem[];
  awaitingReceipt: DashItem[];
}

/**
 * What a board's secretariat must do next: what the board owes that is overdue or due in 30 days,
 * items it owes or is owed that still need a meeting, and items sent to it awaiting receipt.
 */
export async function secretariatHome(ctx: Ctx, raw: unknown): Promise<SecretariatHome> {
  const board = await loadBoard(ctx, raw);
  const today = londonToday(ctx.now ?? new Date());
  const thisYear = cycleStartYear(today, board.yearStartMonth);
  const home = await ctx.db.area.findUniqueOrThrow({ where: { slug: board.areaSlug }, select: { id: true } });
  const items = await loadBoardItems(ctx.db, [board.id], [thisYear - 1, thisYear], home.id, today);
  const owes = (i: BoardItem) => i.owingBoardIds.includes(board.id);
  const open = (i: BoardItem) => i.status === "planned" || i.status === "scheduled" || i.status === "deferred";
  const in30 = addDays(today, 30);
  const concerns = (i: BoardItem) => owes(i) || i.recipientBoardId === board.id;
  return {
    board,
    overdue: items.filter((i) => owes(i) && (i.status === "overdue" || (open(i) && i.dueOn < today))).map((i) => dashItem(i, board)),
    toSchedule: items.filter((i) => concerns(i) && open(i) && i.dueOn >= today && isUnscheduled(i)).map((i) => dashItem(i, board)),
    dueSoon: items.filter((i) => owes(i) && open(i) && i.dueOn >= today && i.dueOn <= in30).map((i) => dashItem(i, board)),
    awaitingReceipt: items.filter((i) => i.recipientBoardId === board.id && i.status === "sent").map((i) => dashItem(i, board)),
  };
}

export interface MemberHome {
  board: BoardRef;
  meetings: { id: string; date: string; startTime: string; title: string | null; location: string | null; items: DashItem[] }[];
}

/** A member's view of a board: its next meetings and the items due at each. */
export async function memberHome(ctx: Ctx, raw: unknown, options: { meetings?: number } = {}): Promise<MemberHome> {
  const board = await loadBoard(ctx, raw);
  const today = londonToday(ctx.now ?? new Date());
  const thisYear = cycleStartYear(today, board.yearStartMonth);
  const meetings = await ctx.db.meeting.findMany({ where: { boardId: board.id, date: { gte: today } }, orderBy: [{ date: "asc" }, { startTime: "asc" }], take: options.meetings ?? 3 });
  const home = await ctx.db.area.findUniqueOrThrow({ where: { slug: board.areaSlug }, select: { id: true } });
  const items = meetings.length > 0 ? await loadBoardItems(ctx.db, [board.id], [thisYear, thisYear + 1], home.id, today) : [];
  return {
    board,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      startTime: m.startTime,
      title: m.title,
      location: m.location,
      items: items.filter((i) => i.meeting?.id === m.id).map((i) => dashItem(i, board)),
    })),
  };
}

/** Everything the home page shows, by the roles the viewer holds (a user may hold several). */
export async function getHome(ctx: Ctx) {
  const boardsWith = (role: string) => [...new Set(ctx.viewer.grants.filter((g) => g.role === role && g.boardId).map((g) => g.boardId!))];
  const [chair, secretariat, member] = await Promise.all([
    Promise.all(boardsWith("chair").map((boardId) => chairDashboard(ctx, { boardId }))),
    Promise.all(boardsWith("secretariat").map((boardId) => secretariatHome(ctx, { boardId }))),
    Promise.all(boardsWith("member").map((boardId) => memberHome(ctx, { boardId }))),
  ]);
  return { chair, secretariat, member, isAdmin: ctx.viewer.grants.some((g) => g.role === "administrator"), canReadAudit: canReadAudit(ctx.viewer) };
}
