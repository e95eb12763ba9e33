import { cancelMeetingSchema, type CancelMeetingInput } from "@/lib/schemas/meeting";
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
 * Cancels a meeting (meeting:manage on its board), with the reason. It is kept, never deleted: the
 * items planned on it and anything logged at it still refer to it. Generation never plans onto a
 * cancelled meeting, and its preview flags the items that sit on one (docs/decisions/017).
 */
export async function cancelMeeting(ctx: { db: Db; viewer: Viewer }, raw: CancelMeetingInput, now = new Date()) {
  const input = parse(cancelMeetingSchema, raw, "Check the cancellation");
  const meeting = await authorizeMeeting(ctx.db, ctx.viewer, input.meetingId, "meeting:manage");
  await requireVersion(meeting, input.version, STALE);
  if (meeting.cancelledAt) throw new AppError("CONFLICT", "The meeting is already cancelled");
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(tx.meeting, meeting, { cancelledAt: now, cancelReason: input.reason }, STALE);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "meeting.cancel",
      entityType: "Meeting",
      entityId: meeting.id,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), cancelReason: input.reason },
    });
    return { ...meeting, cancelledAt: now, cancelReason: input.reason, version: meeting.version + 1 };
  });
}
