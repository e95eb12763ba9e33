"use server";

import { generateCalendarSchema } from "@/lib/schemas/calendar";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { AppError, toActionFailure, type ActionResult } from "@/server/errors";
import { applyCalendarPlan, planCalendar, type GenerationSummary } from "@/server/services/generate-calendar";
import { authorizeBoard } from "@/server/services/load-viewer";

/** One board of an area-wide generation; the page calls it board by board to show progress. */
export async function generateBoardAction(input: { boardId: string; fy: number; fingerprint: string }): Promise<ActionResult<GenerationSummary>> {
  try {
    const viewer = await requireActionUser();
    const parsed = generateCalendarSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    const board = await authorizeBoard(db, viewer, parsed.data.boardId, "calendar:generate");
    const plan = await planCalendar(db, [board.id], parsed.data.fy);
    if (plan.fingerprint !== parsed.data.fingerprint) {
      // Generating an earlier board of the area can settle shared items of this one: that is not
      // a conflict. Anything else that moved since the preview is.
      const settledByArea = plan.diff.create.length === 0 && plan.diff.update.length === 0 && plan.diff.retire.length === 0;
      if (!settledByArea) throw new AppError("CONFLICT", "This board's calendar changed since the preview. Nothing was written for it; preview again.");
    }
    return { ok: true, data: await applyCalendarPlan(db, { type: "user", userId: viewer.userId }, plan) };
  } catch (error) {
    return toActionFailure(error);
  }
}
