"use server";

import { z } from "zod";
import { formFields } from "@/lib/form-data";
import { addMeetingSchema } from "@/lib/schemas/meeting";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction } from "@/server/core/action";
import { addMeeting } from "@/server/features/meetings/add-meeting";

const formSchema = addMeetingSchema.extend({
  returnTo: z
    .string()
    .regex(/^\/areas\/[a-z0-9-]+\/boards\/[A-Za-z0-9&%-]+$/)
    .optional(),
});

/** Adds a meeting to the board's schedule (meeting:manage), then refreshes the page it came from. */
export const addMeetingAction = formAction({
  read: (form) => formFields(form, ["boardId", "date", "startTime", "location", "returnTo"]),
  schema: formSchema,
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "meeting:manage"),
  run: (ctx, _raw, input) => addMeeting(ctx, input),
  done: (meeting) => ({ message: `Meeting added for ${meeting.date} at ${meeting.startTime}` }),
  revalidate: (input) => (input.returnTo ? { path: input.returnTo } : undefined),
  keep: ["date", "startTime", "location"],
  keepMax: 300,
});
