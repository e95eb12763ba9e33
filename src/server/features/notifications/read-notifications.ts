import { markAllReadSchema, openNotificationSchema } from "@/lib/schemas/notification-inbox";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeNotification } from "@/server/authz/authorize-notification";

type Ctx = { db: Db; viewer: Viewer; now?: Date };

/** Only a path inside the portal is followed: a notice never sends anyone to another site. */
export const safeLink = (link: string) =>
  link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : "/notifications";

/**
 * Opening a notice (issue 13): the first opening marks it read, with its audit entry; it answers
 * the page the notice is about. Opening it again changes nothing.
 */
export async function openNotification(ctx: Ctx, raw: unknown) {
  const { notificationId } = parse(openNotificationSchema, raw, "Choose a notice from your list");
  const notice = await authorizeNotification(ctx.db, ctx.viewer, notificationId);
  const link = safeLink(notice.link);
  if (notice.readAt) return { link, marked: false };
  const readAt = ctx.now ?? new Date();
  return inTransaction(ctx.db, async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { id: notice.id, readAt: null }, data: { readAt } });
    // Opened at the same moment in another tab: that one marked it.
    if (count === 0) return { link, marked: false };
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "notification.read",
      entityType: "Notification",
      entityId: notice.id,
      before: { readAt: null },
      after: { readAt },
    });
    return { link, marked: true };
  });
}

/** Marks read every unread notice of the user up to the newest one their list showed; one audit entry. */
export async function markAllRead(ctx: Ctx, raw: unknown) {
  const { newestId } = parse(markAllReadSchema, raw, "Reload the list of notices and try again");
  const newest = await authorizeNotification(ctx.db, ctx.viewer, newestId);
  const readAt = ctx.now ?? new Date();
  return inTransaction(ctx.db, async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: ctx.viewer.userId, readAt: null, createdAt: { lte: newest.createdAt } },
      data: { readAt },
    });
    if (count > 0)
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "notification.read-all",
        entityType: "User",
        entityId: ctx.viewer.userId,
        after: { marked: count, upTo: newest.id, readAt },
      });
    return { count };
  });
}
