"use server";

import { generateCalendarSchema } from "@/lib/schemas/calendar";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { defineAction } from "@/server/core/action";
import { confirmCalendarGeneration } from "@/server/features/calendar/confirm-calendar-generation";

/** One board of an area-wide generation (calendar:generate); the page calls it board by board to show progress. */
export const generateBoardAction = defineAction({
  read: (input: { boardId: string; fy: number; fingerprint: string }) => input,
  schema: generateCalendarSchema,
  invalid: "Preview the calendar again before confirming",
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "calendar:generate"),
  run: (ctx, raw) => confirmCalendarGeneration(ctx, raw, "area"),
  done: (summary) => ({ data: summary }),
});
