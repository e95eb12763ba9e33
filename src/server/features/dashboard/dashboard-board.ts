import type { DisplayStatus } from "@/domain/calendar/status";
import { dashboardBoardSchema } from "@/lib/schemas/dashboard";
import { cycleStartYear, londonToday } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { boardKeyIn } from "@/server/core/board-key";
import { partyLabel, type BoardItem } from "../items/board-items";

/** What the home pages by role (chair, secretariat, member) share: the board they show, and its items as listed. */

export type DashboardCtx = { db: DbTx; viewer: Viewer; now?: Date };

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

export interface BoardRef {
  id: string;
  name: string;
  key: string;
  areaSlug: string;
  yearStartMonth: number;
}

/** The board a home page is for, authorised for reading, with its home area, today and this cycle's start year. */
export async function loadDashboardBoard(ctx: DashboardCtx, raw: unknown) {
  const { boardId } = parse(dashboardBoardSchema, raw, "Choose a board");
  const found = await authorizeBoard(ctx.db, ctx.viewer, boardId, "board:read");
  const home = found.areas.find((a) => a.home) ?? found.areas[0];
  const area = home ? await ctx.db.area.findUnique({ where: { id: home.areaId }, select: { slug: true } }) : null;
  if (!home || !area) throw new AppError("NOT_FOUND", "The board was not found");
  const board: BoardRef = {
    id: found.id,
    name: found.name,
    key: boardKeyIn(found, home.areaId),
    areaSlug: area.slug,
    yearStartMonth: found.yearStartMonth,
  };
  const today = londonToday(ctx.now ?? new Date());
  return { board, homeAreaId: home.areaId, today, thisYear: cycleStartYear(today, board.yearStartMonth) };
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

export const dashItem = (item: BoardItem, board: BoardRef): DashItem => ({
  id: item.id,
  href: `/areas/${board.areaSlug}/items/${item.id}`,
  title: item.title,
  clause: item.clause,
  dueOn: item.dueOn,
  status: item.status,
  counterparty: counterpartyOf(item, board),
  meetingDate: item.meeting?.date ?? null,
});
