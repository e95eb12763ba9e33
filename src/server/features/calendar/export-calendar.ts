import { cycleFor } from "@/domain/calendar/generate";
import { STATUS_LABELS } from "@/domain/calendar/status";
import { cycleLabel, cycleStartYear, londonToday, monthName } from "@/lib/dates";
import { boardCycleSchema } from "@/lib/schemas/dashboard";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import type { DbTx } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { evidenceRules } from "@/server/authz/authorize-evidence";
import { findArea } from "@/server/features/areas/find-area";
import { isUnscheduled, loadBoardItems, type BoardItem } from "../items/board-items";
import { toCsv } from "@/lib/csv";

type Ctx = { db: DbTx; viewer: Viewer; now?: Date };

/** A board's stored items for one cycle, if the viewer may read the board (else NOT_FOUND). */
export async function boardCycleItems(ctx: Ctx, raw: unknown, options: { evidence?: boolean } = {}) {
  const parsed = boardCycleSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the board and year", fieldErrorsOf(parsed.error));
  const area = await findArea(ctx, parsed.data.area);
  const link = await ctx.db.boardArea.findUnique({
    where: { areaId_key: { areaId: area.id, key: parsed.data.board } },
  });
  if (!link) throw new AppError("NOT_FOUND", `No board ${parsed.data.board} in ${area.name}`);
  const board = await authorizeBoard(ctx.db, ctx.viewer, link.boardId, "board:read");
  const today = londonToday(ctx.now ?? new Date());
  const year = parsed.data.fy ?? cycleStartYear(today, board.yearStartMonth);
  const cycle = cycleFor(year, board.yearStartMonth);
  const items = await loadBoardItems(ctx.db, [board.id], [year], area.id, today, options);
  return {
    area,
    board: { id: board.id, name: board.name, key: link.key, slug: board.slug },
    year,
    label: `FY${cycleLabel(year, board.yearStartMonth)}`,
    cycle,
    today,
    items,
  };
}

const keys = (parties: { key: string }[]) => parties.map((p) => p.key).join("; ");

/**
 * The board's items for a cycle as CSV (issue 4, build item 7): dates as YYYY-MM-DD for
 * spreadsheets; evidence as its URL (links) or its download path (files), only what the viewer may
 * see of it (issue 14: the item's boards, restricted pieces their secretariats and chairs). Cells are
 * neutralised against formula injection by toCsv.
 */
export async function exportBoardCalendarCsv(ctx: Ctx, raw: unknown) {
  const found = await boardCycleItems(ctx, raw, { evidence: true });
  const boardsOf = (i: BoardItem) =>
    [...i.owingBoardIds, i.recipientBoardId, found.board.id].filter((b): b is string => b !== null);
  const maySee = await evidenceRules(ctx.db, ctx.viewer, found.items.flatMap(boardsOf));
  const rows = found.items.map((i) => ({
    due: i.dueOn,
    window: `${i.windowStart} to ${i.windowEnd}`,
    duty: i.title,
    clause: i.clause,
    "owing board(s)": keys(i.owing),
    recipient: i.recipient?.key ?? "",
    meeting: i.meeting?.date ?? "",
    status: STATUS_LABELS[i.status],
    "last logged": i.lastLoggedOn ?? "",
    "minute ref": i.minuteRef ?? "",
    evidence: i.evidence
      .filter((e) => maySee(boardsOf(i), e.restricted))
      .map((e) => (e.kind === "link" && e.url ? e.url : `/evidence/${e.id}`))
      .join(" "),
  }));
  const header = "due,window,duty,clause,owing board(s),recipient,meeting,status,last logged,minute ref,evidence\r\n";
  return {
    filename: `calendar-${found.board.slug}-${found.label.replace("/", "-")}.csv`,
    csv: rows.length === 0 ? header : toCsv(rows),
    count: rows.length,
  };
}

/**
 * A printable forward plan: the cycle's items by the date of the meeting they are planned for
 * (or their due date when they are sent outside a meeting), month by month, then those still to
 * schedule.
 */
export async function forwardPlan(ctx: Ctx, raw: unknown) {
  const found = await boardCycleItems(ctx, raw);
  const listed = found.items.filter((i) => i.status !== "waived");
  const toSchedule = listed.filter((i) => isUnscheduled(i) && (i.status === "planned" || i.status === "overdue"));
  const dated = listed.filter((i) => !toSchedule.includes(i));
  const dayOf = (i: BoardItem) => i.meeting?.date ?? i.dueOn;
  dated.sort((a, b) => (dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : a.title.localeCompare(b.title)));
  const months: { key: string; label: string; days: { date: string; meeting: boolean; items: BoardItem[] }[] }[] = [];
  for (const item of dated) {
    const key = dayOf(item).slice(0, 7);
    let month = months[months.length - 1];
    if (!month || month.key !== key)
      months.push((month = { key, label: `${monthName(Number(key.slice(5)))} ${key.slice(0, 4)}`, days: [] }));
    const date = dayOf(item);
    const meeting = item.meeting !== null;
    let day = month.days.find((d) => d.date === date && d.meeting === meeting);
    if (!day) month.days.push((day = { date, meeting, items: [] }));
    day.items.push(item);
  }
  return { ...found, months, toSchedule };
}
