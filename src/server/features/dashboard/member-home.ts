import { loadBoardItems } from "../items/board-items";
import { dashItem, loadDashboardBoard, type BoardRef, type DashboardCtx, type DashItem } from "./dashboard-board";

export interface MemberHome {
  board: BoardRef;
  meetings: {
    id: string;
    date: string;
    startTime: string;
    title: string | null;
    location: string | null;
    items: DashItem[];
  }[];
}

/** A member's view of a board: its next meetings and the items due at each. */
export async function memberHome(
  ctx: DashboardCtx,
  raw: unknown,
  options: { meetings?: number } = {},
): Promise<MemberHome> {
  const { board, homeAreaId, today, thisYear } = await loadDashboardBoard(ctx, raw);
  const meetings = await ctx.db.meeting.findMany({
    where: { boardId: board.id, cancelledAt: null, date: { gte: today } },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
    take: options.meetings ?? 3,
  });
  const items =
    meetings.length > 0 ? await loadBoardItems(ctx.db, [board.id], [thisYear, thisYear + 1], homeAreaId, today) : [];
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
