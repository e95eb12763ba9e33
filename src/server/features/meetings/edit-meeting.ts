import { editMeetingSchema, type EditMeetingInput } from "@/lib/schemas/meeting";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import { authorizeMeeting } from "@/server/authz/authorize-meeting";
import type { Viewer } from "@/server/authz/load-viewer";

const STALE = "Someone changed this meeting after you opened the page: reload it and try again";

/**
 * Moves a meeting, or changes its time or venue (meeting:manage on its board). Versioned: a change
 * made against an older version is refused. A board has one meeting at a date and time, so a move
 * onto another meeting's slot is refused at the date. Items planned on the meeting are not touched
 * here: the next generation preview re-plans the unlogged ones (docs/decisions/017).
 */
export async function editMeeting(ctx: { db: Db; viewer: Viewer }, raw: EditMeetingInput) {
  const input = parse(editMeetingSchema, raw, "Check the meeting details");
  const meeting = await authorizeMeeting(ctx.db, ctx.viewer, input.meetingId, "meeting:manage");
  await requireVersion(meeting, input.version, STALE);
  if (meeting.cancelledAt) throw new AppError("CONFLICT", "A cancelled meeting cannot be changed");
  const after = { date: input.date, startTime: input.startTime, location: input.location ?? null };
  const before = { date: meeting.date, startTime: meeting.startTime, location: meeting.location };
  if (after.date === before.date && after.startTime === before.startTime && after.location === before.location)
    throw new AppError("VALIDATION", "Nothing to change", {
      date: ["Change the date, the start time or the location"],
    });
  return inTransaction(
    ctx.db,
    async (tx) => {
      await updateVersioned(tx.meeting, meeting, after, STALE);
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "meeting.update",
        entityType: "Meeting",
        entityId: meeting.id,
        before,
        after,
      });
      return { ...meeting, ...after, version: meeting.version + 1 };
    },
    {
      duplicate: {
        message: "The board already has a meeting then",
        fieldErrors: { date: ["The board already has a meeting on that date at that time"] },
      },
    },
  );
}
