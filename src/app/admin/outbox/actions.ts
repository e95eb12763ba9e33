"use server";

import { formFields } from "@/lib/form-data";
import { retryOutboxMessageSchema } from "@/lib/schemas/outbox";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { retryOutboxMessage } from "@/server/features/notifications/outbox-admin";

/** Puts a failed message back in the queue (administrators of the whole portal). */
export const retryOutboxMessageAction = formAction({
  read: (form) => formFields(form, ["id"]),
  schema: retryOutboxMessageSchema,
  authorize: (ctx) => Promise.resolve(requireGlobalAdministrator(ctx.viewer, "send outbox messages again")),
  run: (ctx, raw) => retryOutboxMessage(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate: { path: "/admin/outbox" },
});
