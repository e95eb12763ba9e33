import { generateCalendarSchema } from "@/lib/schemas/calendar";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import type { Db } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import { applyCalendarPlan, planCalendar, type GenerationSummary } from "./generate-calendar";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";

/**
 * Confirms a previewed generation of one board's year: validates, authorises (calendar:generate on
 * the board), plans again and refuses if the plan moved since the preview's fingerprint, then writes.
 * "area" is one board of an administrator's area-wide run: generating an earlier board of the area
 * can settle shared items of this one, which is not a conflict.
 */
export async function confirmCalendarGeneration(
  ctx: { db: Db; viewer: Viewer; now?: Date },
  raw: unknown,
  mode: "board" | "area" = "board",
): Promise<GenerationSummary & { boardId: string; fy: number }> {
  const parsed = generateCalendarSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError("VALIDATION", "Preview the calendar again before confirming", fieldErrorsOf(parsed.error));
  const board = await authorizeBoard(ctx.db, ctx.viewer, parsed.data.boardId, "calendar:generate");
  const plan = await planCalendar(ctx.db, [board.id], parsed.data.fy);
  if (plan.fingerprint !== parsed.data.fingerprint) {
    const settledByArea =
      mode === "area" &&
      plan.diff.create.length === 0 &&
      plan.diff.update.length === 0 &&
      plan.diff.retire.length === 0;
    if (!settledByArea) {
      throw new AppError(
        "CONFLICT",
        mode === "area"
          ? "This board's calendar changed since the preview. Nothing was written for it; preview again."
          : "The calendar changed since this preview (a rule, a meeting or another user's generation). Nothing was written; review the new preview below.",
      );
    }
  }
  const summary = await applyCalendarPlan(ctx.db, { type: "user", userId: ctx.viewer.userId }, plan, ctx.now);
  return { ...summary, boardId: board.id, fy: parsed.data.fy };
}
