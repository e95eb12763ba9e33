"use server";

import { formFields } from "@/lib/form-data";
import { markAllReadSchema, openNotificationSchema } from "@/lib/schemas/notification-inbox";
import { authorizeNotification } from "@/server/authz/authorize-notification";
import { formAction } from "@/server/core/action";
import { markAllRead, openNotification } from "@/server/features/notifications/read-notifications";

// A notice is the signed-in user's own: authorising is finding it among theirs (another's is not found).

/** Opens a notice: marks it read (the header's count drops), then goes to the page it is about. */
export const openNotificationAction = formAction({
  read: (form) => formFields(form, ["notificationId"]),
  schema: openNotificationSchema,
  invalid: "Choose a notice from your list",
  authorize: (ctx, input) => authorizeNotification(ctx.db, ctx.viewer, input.notificationId),
  run: (ctx, raw) => openNotification(ctx, raw),
  done: (result) => ({ redirect: result.link }),
  revalidate: { path: "/", type: "layout" },
});

/** Marks read every unread notice up to the newest the list showed. */
export const markAllReadAction = formAction({
  read: (form) => formFields(form, ["newestId"]),
  schema: markAllReadSchema,
  invalid: "Reload the list of notices and try again",
  authorize: (ctx, input) => authorizeNotification(ctx.db, ctx.viewer, input.newestId),
  run: (ctx, raw) => markAllRead(ctx, raw),
  done: (result) => ({
    message:
      result.count === 0
        ? "Every notice was already read."
        : `${result.count} notice${result.count === 1 ? "" : "s"} marked as read.`,
  }),
  revalidate: { path: "/", type: "layout" },
});
