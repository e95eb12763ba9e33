import type { ViewerReader } from "@/server/authz/reader";
import type { DbTx } from "@/server/data/database";

/** How many of a user's notices are unread: the count in the header. */
export const countUnread = (db: DbTx, userId: string) => db.notification.count({ where: { userId, readAt: null } });

export const NOTICES_SHOWN = 100;

/** The signed-in user's notices, newest first (the latest NOTICES_SHOWN), with their unread count and total. */
export async function listMyNotifications(reader: ViewerReader) {
  const userId = reader.viewer.userId;
  const [notices, unread, total] = await Promise.all([
    reader.db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTICES_SHOWN,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    countUnread(reader.db, userId),
    reader.db.notification.count({ where: { userId } }),
  ]);
  return { notices, unread, total };
}
