import { itemKey } from "@/domain/calendar/types";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { viewPlan } from "./calendar-view";
import { byDue, listStoredItems } from "./list-stored-items";
import { planCalendar } from "./generate-calendar";
import { getBoard } from "../boards/get-board";
import { authorizeBoard } from "@/server/authz/load-viewer";
import type { Reader } from "@/server/authz/reader";

/** The preview of a generation: what would be new, changed and retired, before anything is written. */
export async function previewCalendar(
  reader: Reader & { viewer: NonNullable<Reader["viewer"]> },
  areaSlug: string,
  boardKey: string,
  fy: number | null,
  now = new Date(),
) {
  const { area, board } = await getBoard(reader, areaSlug, boardKey);
  await authorizeBoard(reader.db, reader.viewer, board.id, "calendar:generate");
  const today = londonToday(now);
  const year = fy ?? cycleStartYear(today, board.yearStartMonth);
  const plan = await planCalendar(reader.db, [board.id], year);
  const views = await viewPlan(reader.db, plan, area.id, today);
  const viewByKey = new Map(plan.generated.map((g, i) => [itemKey(g), views[i]!]));
  const pickViews = (keys: string[]) => keys.map((k) => viewByKey.get(k)!).sort(byDue);
  const retiredIds = new Set(plan.diff.retire.map((r) => r.id));
  const retired =
    retiredIds.size > 0
      ? (await listStoredItems(reader.db, [board.id], year, area.id, today)).filter((i) => i.id && retiredIds.has(i.id))
      : [];
  return {
    area,
    board,
    year,
    fingerprint: plan.fingerprint,
    created: pickViews(plan.diff.create.map(itemKey)),
    updated: plan.diff.update.map((u) => ({ before: u.before, after: viewByKey.get(itemKey(u.after))! })),
    retired,
    unchanged: plan.diff.unchanged.length,
  };
}
