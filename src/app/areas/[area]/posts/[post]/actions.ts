"use server";

import { formatCivilDate } from "@/lib/dates";
import { formFields } from "@/lib/form-data";
import { editPostSchema } from "@/lib/schemas/directory";
import { recordPostHolderSchema } from "@/lib/schemas/membership";
import { authorizePostEdit } from "@/server/authz/authorize-area";
import { authorizePostById } from "@/server/authz/authorize-post";
import { formAction } from "@/server/core/action";
import { editPost } from "@/server/features/membership/edit-post";
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

/** Changes a post's title, organisation or board: an administrator of its area (area:manage). */
export const editPostAction = formAction({
  read: (form) => formFields(form, ["postId", "title", "organisationId", "boardId"], { max: 300, emptyIsAbsent: true }),
  schema: editPostSchema,
  invalid: "Check the post's details",
  authorize: (ctx, input) => authorizePostEdit(ctx.db, ctx.viewer, input.postId),
  run: (ctx, raw) => editPost(ctx, raw),
  done: (post) => ({ message: `${post.title} saved.` }),
  revalidate: { path: "/areas/[area]/posts", type: "layout" },
  keep: ["title", "organisationId", "boardId"],
  keepMax: 300,
});
