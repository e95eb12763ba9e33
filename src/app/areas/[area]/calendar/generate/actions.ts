"use server";

import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { confirmCalendarGeneration } from "@/server/features/calendar/confirm-calendar-generation";
import type { GenerationSummary } from "@/server/features/calendar/generate-calendar";

/** One board of an area-wide generation; the page calls it board by board to show progress. */
export async function generateBoardAction(input: { boardId: string; fy: number; fingerprint: string }): Promise<ActionResult<GenerationSummary>> {
  try {
    const viewer = await requireActionUser();
    return { ok: true, data: await confirmCalendarGeneration({ db, viewer }, input, "area") };
  } catch (error) {
    return toActionFailure(error);
  }
}
