"use server";

import { z } from "zod";
import { formFields } from "@/lib/form-data";
import { formatCivilDate } from "@/lib/dates";
import { cancelMeetingSchema, editMeetingSchema } from "@/lib/schemas/meeting";
import { authorizeMeeting } from "@/server/authz/authorize-meeting";
import { formAction } from "@/server/core/action";
import { cancelMeeting } from "@/server/features/meetings/cancel-meeting";
import { editMeeting } from "@/server/features/meetings/edit-meeting";

const area = z.object({
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional(),
});
const page = (input: { area?: string | undefined; meetingId: string }) =>
  input.area ? { path: `/areas/${input.area}/meetings/${input.meetingId}` } : undefined;

/** Moves a meeting, or changes its time or venue (meeting:manage on its board; versioned). */
export const editMeetingAction = formAction({
  read: (form) => formFields(form, ["meetingId", "version", "date", "startTime", "location", "area"]),
  schema: editMeetingSchema.and(area),
  invalid: "Check the meeting details",
  authorize: (ctx, input) => authorizeMeeting(ctx.db, ctx.viewer, input.meetingId, "meeting:manage"),
  run: (ctx, _raw, input) => editMeeting(ctx, input),
  done: (m) => ({ message: `Meeting changed: now ${formatCivilDate(m.date)} at ${m.startTime}` }),
  revalidate: page,
  keep: ["date", "startTime", "location"],
  keepMax: 300,
});

/** Cancels a meeting, with the reason (meeting:manage on its board). It is kept, marked cancelled. */
export const cancelMeetingAction = formAction({
  read: (form) => formFields(form, ["meetingId", "version", "reason", "area"]),
  schema: cancelMeetingSchema.and(area),
  invalid: "Check the cancellation",
  authorize: (ctx, input) => authorizeMeeting(ctx.db, ctx.viewer, input.meetingId, "meeting:manage"),
  run: (ctx, _raw, input) => cancelMeeting(ctx, input),
  done: (m) => ({ message: `The meeting of ${formatCivilDate(m.date)} is cancelled` }),
  revalidate: page,
  keep: ["reason"],
  keepMax: 600,
});
