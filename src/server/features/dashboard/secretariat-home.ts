import { addDays } from "@/domain/civil-date";
import { isUnscheduled, loadBoardItems, type BoardItem } from "../items/board-items";
import { dashItem, loadDashboardBoard, type BoardRef, type DashboardCtx, type DashItem } from "./dashboard-board";

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
export async function secretariatHome(ctx: DashboardCtx, raw: unknown): Promise<SecretariatHome> {
  const { board, homeAreaId, today, thisYear } = await loadDashboardBoard(ctx, raw);
  const items = await loadBoardItems(ctx.db, [board.id], [thisYear - 1, thisYear], homeAreaId, today);
  const owes = (i: BoardItem) => i.owingBoardIds.includes(board.id);
  const open = (i: BoardItem) => i.status === "planned" || i.status === "scheduled" || i.status === "deferred";
  const in30 = addDays(today, 30);
  const concerns = (i: BoardItem) => owes(i) || i.recipientBoardId === board.id;
  return {
    board,
    overdue: items
      .filter((i) => owes(i) && (i.status === "overdue" || (open(i) && i.dueOn < today)))
      .map((i) => dashItem(i, board)),
    toSchedule: items
      .filter((i) => concerns(i) && open(i) && i.dueOn >= today && isUnscheduled(i))
      .map((i) => dashItem(i, board)),
    dueSoon: items
      .filter((i) => owes(i) && open(i) && i.dueOn >= today && i.dueOn <= in30)
      .map((i) => dashItem(i, board)),
    awaitingReceipt: items
      .filter((i) => i.recipientBoardId === board.id && i.status === "sent")
      .map((i) => dashItem(i, board)),
  };
}
