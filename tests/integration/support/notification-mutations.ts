/**
 * The notifications list's rows of the mutation registry (mutations.ts spreads them in): each setup
 * gives the acting viewer a fresh unread notice of their own, and `foreign` offers other people's
 * notices, which must be refused as not found (a user opens and marks only their own).
 */
import type { Db } from "@/server/data/database";
import { markAllReadAction, openNotificationAction } from "@/app/notifications/actions";
import { viaForm } from "./action-harness";
import type { Mutation } from "./mutations";

let counter = 0;
const unique = () => `${process.pid}-${++counter}`;
const FILE = "src/app/notifications/actions.ts";

const ownNotices = {
  why: "a user's own notices touch no board: any signed-in user opens and marks theirs, and only theirs",
  allows: () => true,
};

/** A fresh unread notice for the user, about a page of the portal. */
export async function freshNotice(db: Db, userId: string) {
  const n = unique();
  return db.notification.create({
    data: {
      userId,
      kind: "item-sent",
      title: `Test notice ${n}`,
      body: "A line about it",
      link: "/areas/halton",
      idempotencyKey: `matrix-notice:${n}:${userId}`,
    },
  });
}

/** Notices that exist but are someone else's. */
async function othersNotices(db: Db, viewerId: string) {
  const other = await db.user.findFirstOrThrow({ where: { id: { not: viewerId } }, orderBy: { email: "asc" } });
  const notices = [await freshNotice(db, other.id), await freshNotice(db, other.id)];
  return notices.map((x) => x.id);
}

export const NOTIFICATION_ROWS: Mutation[] = [
  {
    name: "openNotificationAction",
    file: FILE,
    access: { rule: ownNotices },
    setup: async (db, { boardId, viewer }) => ({
      boardId,
      viewerId: viewer.userId,
      notificationId: (await freshNotice(db, viewer.userId)).id,
    }),
    valid: (t) => ({ notificationId: t.notificationId }),
    endpoint: viaForm(openNotificationAction),
    fields: { notificationId: "id" },
    foreign: async (db, t) => ({ notificationId: await othersNotices(db, String(t.viewerId)) }),
    audit: (t) => ({ action: "notification.read", entityType: "Notification", entityId: String(t.notificationId) }),
  },
  {
    name: "markAllReadAction",
    file: FILE,
    access: { rule: ownNotices },
    setup: async (db, { boardId, viewer }) => ({
      boardId,
      viewerId: viewer.userId,
      newestId: (await freshNotice(db, viewer.userId)).id,
    }),
    valid: (t) => ({ newestId: t.newestId }),
    endpoint: viaForm(markAllReadAction),
    fields: { newestId: "id" },
    foreign: async (db, t) => ({ newestId: await othersNotices(db, String(t.viewerId)) }),
    audit: (t) => ({ action: "notification.read-all", entityType: "User", entityId: String(t.viewerId) }),
  },
];
