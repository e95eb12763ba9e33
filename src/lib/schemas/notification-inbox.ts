import { z } from "zod";

const id = (message: string) => z.string({ error: message }).min(1, { error: message }).max(64, { error: message });

/** Opening one of the signed-in user's notices (it is marked read, then its page opens). */
export const openNotificationSchema = z.object({
  notificationId: id("Choose a notice from your list"),
});

/**
 * Marking the user's notices read: every unread one up to the newest the list showed, so that a
 * notice arriving after the page was drawn stays unread until it has been seen.
 */
export const markAllReadSchema = z.object({
  newestId: id("Reload the list of notices and try again"),
});
