import type { Permission } from "@/domain/permissions";
import type { DbTx } from "@/server/data/database";
import { notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/** A meeting, for the viewer acting on it: the permission on the meeting's own board. */
export async function authorizeMeeting(db: DbTx, viewer: Viewer, meetingId: string, permission: Permission) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting) throw notFound("The meeting");
  await authorizeBoard(db, viewer, meeting.boardId, permission);
  return meeting;
}
