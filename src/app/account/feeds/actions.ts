"use server";

import { formatCivilDate, londonToday } from "@/lib/dates";
import { formFields } from "@/lib/form-data";
import { feedTokenSchema } from "@/lib/schemas/feed-token";
import { formAction } from "@/server/core/action";
import { changeFeedToken } from "@/server/features/feeds/feed-tokens";

/** Renews (issuing a new secret, which stops the old addresses) or revokes the user's feed secret. */
export const feedTokenAction = formAction({
  read: (form) => formFields(form, ["intent"]),
  schema: feedTokenSchema,
  invalid: "Choose what to do with your calendar addresses",
  // The feed secret is the user's own: no board is touched, so the session is the authorisation.
  authorize: () => Promise.resolve(),
  run: (ctx, raw) => changeFeedToken(ctx, raw),
  done: (result) =>
    result.intent === "renew"
      ? {
          message: "New calendar addresses created. Any old addresses have stopped working.",
          data: {
            token: result.token,
            expiresOn: result.expiresAt ? formatCivilDate(londonToday(result.expiresAt)) : null,
          },
        }
      : { message: "Your calendar addresses have stopped working." },
});
