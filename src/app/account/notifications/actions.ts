"use server";

import { formFields } from "@/lib/form-data";
import { immediateField, notificationPreferencesSchema } from "@/server/features/notifications/preferences-schema";
import { formAction } from "@/server/core/action";
import { IMMEDIATE_KINDS } from "@/server/features/notifications/kinds";
import { saveNotificationPreferences } from "@/server/features/notifications/save-preferences";

const FIELDS = ["digest", "leadDays", "meetingDigest", "version", ...IMMEDIATE_KINDS.map(immediateField)] as const;

/** Saves what the signed-in user is sent. */
export const saveNotificationPreferencesAction = formAction({
  read: (form) => formFields(form, FIELDS, { max: 200 }),
  schema: notificationPreferencesSchema,
  invalid: "Check your notification settings",
  // The settings are the user's own: no board is touched, so the session is the authorisation.
  authorize: () => Promise.resolve(),
  run: (ctx, raw) => saveNotificationPreferences(ctx, raw),
  done: (result) => ({ message: "Your notification settings are saved.", data: { version: result.version } }),
  revalidate: { path: "/account/notifications" },
  keep: ["digest", "leadDays", "meetingDigest", ...IMMEDIATE_KINDS.map(immediateField)],
  keepMax: 200,
});
