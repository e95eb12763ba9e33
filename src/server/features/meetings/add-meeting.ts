import { addMeetingSchema, type AddMeetingInput } from "@/lib/schemas/meeting";
import type { Db } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";

/** Adds a meeting to a board's schedule. Authorised here too, whatever the page showed. */
export async function addMeeting(ctx: { db: Db; viewer: Viewer }, raw: AddMeetingInput) {
  const parsed = addMeetingSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new AppError("VALIDATION", "Check the meeting details", fieldErrors);
  }
  const input = parsed.data;
  await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "meeting:manage");
  return ctx.db.$transaction(async (tx) => {
    const clash = await tx.meeting.findUnique({
      where: { boardId_date_startTime: { boardId: input.boardId, date: input.date, startTime: input.startTime } },
    });
    if (clash) {
      throw new AppError("ALREADY_EXISTS", "The board already has a meeting then", {
        date: ["The board already has a meeting on that date at that time"],
      });
    }
    const meeting = await tx.meeting.create({
      data: { boardId: input.boardId, date: input.date, startTime: input.startTime, location: input.location ?? null },
    });
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, {
      action: "meeting.create",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { boardId: meeting.boardId, date: meeting.date, startTime: meeting.startTime, location: meeting.location },
    });
    return meeting;
  });
}
