"use server";

import { z } from "zod";
import { formFields } from "@/lib/form-data";
import { meetingSeriesSchema } from "@/lib/schemas/meeting";
import { formatCivilDate } from "@/lib/dates";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction } from "@/server/core/action";
import { addMeetingSeries } from "@/server/features/meetings/add-meeting-series";

const returnTo = z
  .string()
  .regex(/^\/areas\/[a-z0-9-]+\/boards\/[A-Za-z0-9&%-]+\/meetings$/)
  .optional();

const SERIES_FIELDS = [
  "boardId",
  "frequency",
  "interval",
  "weekday",
  "week",
  "dayOfMonth",
  "from",
  "until",
  "startTime",
  "location",
] as const;

/** Adds the free dates of a previewed series of meetings to the board (meeting:manage). */
export const addMeetingSeriesAction = formAction({
  read: (form) => formFields(form, [...SERIES_FIELDS, "returnTo"]),
  schema: meetingSeriesSchema.and(z.object({ returnTo })),
  invalid: "Check the series details",
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "meeting:manage"),
  run: (ctx, _raw, input) => addMeetingSeries(ctx, input),
  done: (result) => ({
    message:
      `Added ${result.added.length} meeting${result.added.length === 1 ? "" : "s"}: ${result.description}.` +
      (result.skipped.length > 0
        ? ` Not added, as the board already meets then: ${result.skipped.map(formatCivilDate).join(", ")}.`
        : ""),
  }),
  revalidate: (input) => (input.returnTo ? { path: input.returnTo } : undefined),
  keep: SERIES_FIELDS,
  keepMax: 300,
});
