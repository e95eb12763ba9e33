import type { DbTx } from "@/server/data/database";
import { notFound } from "@/server/core/errors";
import type { Viewer } from "./load-viewer";

/** A notice is its owner's alone: anyone else's (or one that does not exist) is simply not found. */
export async function authorizeNotification(db: DbTx, viewer: Viewer, notificationId: string) {
  const notification = await db.notification.findUnique({ where: { id: notificationId } });
  if (!notification || notification.userId !== viewer.userId) throw notFound("The notice");
  return notification;
}
