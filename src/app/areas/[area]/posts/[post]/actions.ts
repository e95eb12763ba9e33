"use server";

import { formatCivilDate } from "@/lib/dates";
import { formFields } from "@/lib/form-data";
import { recordPostHolderSchema } from "@/lib/schemas/membership";
import { authorizePostById } from "@/server/authz/authorize-post";
import { formAction } from "@/server/core/action";
import { recordPostHolder } from "@/server/features/membership/record-post-holder";

/**
 * Records a new holder of a post from a date: a board's post needs membership:manage on that
 * board, an area-wide post an administrator of the area.
 */
export const recordPostHolderAction = formAction({
  read: (form) => formFields(form, ["postId", "personId", "from"], { max: 300, emptyIsAbsent: true }),
  schema: recordPostHolderSchema,
  invalid: "Check the new post holder",
  authorize: (ctx, input) => authorizePostById(ctx.db, ctx.viewer, input.postId),
  run: (ctx, raw) => recordPostHolder(ctx, raw),
  done: (holding) => ({
    message: `${holding.personName} is recorded as the holder from ${formatCivilDate(holding.startsOn)}. The previous holder's term ends the day before.`,
  }),
  revalidate: { path: "/areas/[area]/posts", type: "layout" },
  keep: ["personId", "from"],
  keepMax: 300,
});
