import { addMeetingSchema, type AddMeetingInput } from "@/lib/schemas/meeting";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";

/**
 * Adds a meeting to a board's schedule. Authorised here too, whatever the page showed. A board has
 * one meeting at a date and time (a unique key): a second is refused as ALREADY_EXISTS.
 */
export async function addMeeting(ctx: { db: Db; viewer: Viewer }, raw: AddMeetingInput) {
  const input = parse(addMeetingSchema, raw, "Check the meeting details");
  await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "meeting:manage");
  return inTransaction(
    ctx.db,
    async (tx) => {
      const meeting = await tx.meeting.create({
        data: {
          boardId: input.boardId,
          date: input.date,
          startTime: input.startTime,
          location: input.location ?? null,
        },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "meeting.create",
        entityType: "Meeting",
        entityId: meeting.id,
        after: {
          boardId: meeting.boardId,
          date: meeting.date,
          startTime: meeting.startTime,
          location: meeting.location,
        },
      });
      return meeting;
    },
    {
      duplicate: {
        message: "The board already has a meeting then",
        fieldErrors: { date: ["The board already has a meeting on that date at that time"] },
      },
    },
  );
}
