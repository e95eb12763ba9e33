import { londonToday } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import { viewPlan } from "./calendar-view";
import { byDue } from "./list-stored-items";
import { applyCalendarPlan, planCalendar, type GenerationSummary } from "./generate-calendar";
import { listBoards } from "@/server/features/boards/list-boards";
import { listStandingDuties } from "@/server/features/protocols/list-standing-duties";
import type { Reader } from "@/server/authz/reader";

/**
 * `cli calendar`: a year's calendar for an area's boards (or one board), computed by the engine
 * and, with `write`, persisted exactly as the pages' "Generate" does.
 */
export async function calendarCommand(
  db: Db,
  input: { area: string; fy: number; board?: string; write: boolean },
  now = new Date(),
) {
  const reader: Reader = { db, viewer: null };
  const boards = await listBoards(reader, input.area);
  const chosen = input.board ? boards.filter((b) => b.key === input.board) : boards;
  if (chosen.length === 0) {
    throw new AppError(
      "NOT_FOUND",
      `Unknown board "${input.board}" in ${input.area}. Valid boards: ${boards.map((b) => b.key).join(", ")}`,
    );
  }
  const areaId = (await db.area.findUniqueOrThrow({ where: { slug: input.area } })).id;
  const plan = await planCalendar(
    db,
    chosen.map((b) => b.id),
    input.fy,
  );
  let written: GenerationSummary | null = null;
  if (input.write) written = await applyCalendarPlan(db, { type: "system", label: "cli" }, plan, now);
  const items = (await viewPlan(db, plan, areaId, londonToday(now))).sort(byDue);
  const standing = await listStandingDuties(reader, input.area, plan);
  return { items, standing, written };
}
