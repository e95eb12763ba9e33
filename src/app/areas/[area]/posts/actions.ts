"use server";

import { formFields } from "@/lib/form-data";
import { createPostSchema } from "@/lib/schemas/directory";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { createPost } from "@/server/features/membership/create-post";

/** A new post of the area, by an administrator of the area (area:manage). */
export const createPostAction = formAction({
  read: (form) =>
    formFields(form, ["areaId", "key", "title", "organisationId", "boardId"], { max: 300, emptyIsAbsent: true }),
  schema: createPostSchema,
  invalid: "Check the post's details",
  authorize: (ctx, input) => authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId),
  run: (ctx, raw) => createPost(ctx, raw),
  done: (post) => ({ message: `${post.title} (${post.key}) added.` }),
  revalidate: { path: "/areas/[area]/posts", type: "layout" },
  keep: ["key", "title", "organisationId", "boardId"],
  keepMax: 300,
});
