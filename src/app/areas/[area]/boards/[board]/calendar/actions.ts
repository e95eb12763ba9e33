"use server";

import { z } from "zod";
import { formFields } from "@/lib/form-data";
import { generateCalendarSchema, scheduleItemSchema } from "@/lib/schemas/calendar";
import { authorizeItem } from "@/server/authz/authorize-item";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction } from "@/server/core/action";
import { boardHome } from "@/server/features/boards/board-home";
import { confirmCalendarGeneration } from "@/server/features/calendar/confirm-calendar-generation";
import { scheduleItem } from "@/server/features/items/schedule-item";

/** Confirms a previewed generation (calendar:generate). Refused if the plan changed since the preview was shown. */
export const generateCalendarAction = formAction({
  read: (form) => formFields(form, ["boardId", "fy", "fingerprint"]),
  schema: generateCalendarSchema,
  invalid: "Preview the calendar again before confirming",
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "calendar:generate"),
  run: (ctx, raw) => confirmCalendarGeneration(ctx, raw),
  done: async (summary, { ctx }) => {
    const home = await boardHome(ctx.db, summary.boardId);
    const counts = `created=${summary.created}&updated=${summary.updated}&retired=${summary.retired}`;
    return {
      redirect: `/areas/${home.areaSlug}/boards/${encodeURIComponent(home.key)}/calendar?fy=${summary.fy}&${counts}`,
    };
  },
});

const returnTo = z.string().regex(/^\/areas\/[a-z0-9-]+\/boards\/[A-Za-z0-9&%-]+\/calendar\?fy=\d{4}$/);

/** Picks the meeting for a "to schedule" item (item:schedule), then returns to the calendar with a confirmation. */
export const scheduleItemAction = formAction({
  read: (form) => formFields(form, ["itemId", "meetingId", "version", "returnTo"]),
  schema: scheduleItemSchema.extend({ returnTo }),
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:schedule"),
  run: (ctx, raw) => scheduleItem(ctx, raw),
  done: ({ meeting }, { input }) => ({ redirect: `${input.returnTo}&scheduled=${meeting.date}` }),
  revalidate: { path: "/areas/[area]/boards/[board]/calendar", type: "page" },
});
