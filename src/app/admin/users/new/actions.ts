"use server";

import { formFields } from "@/lib/form-data";
import { inviteUserSchema } from "@/lib/schemas/users";
import { authorizeRoleScope } from "@/server/authz/authorize-user";
import { formAction } from "@/server/core/action";
import { addUser } from "@/server/features/users/add-user";
import { inviteOptionsFromEnv } from "@/server/mail/mail-settings";

/** Invites a user with their first role: administrators, for roles where they administer. */
export const inviteUserAction = formAction({
  read: (form) => formFields(form, ["email", "name", "role", "scope", "days"], { max: 300, emptyIsAbsent: true }),
  schema: inviteUserSchema,
  invalid: "Check the new user's details",
  authorize: (ctx, input) => authorizeRoleScope(ctx.db, ctx.viewer, input.scope),
  run: (ctx, raw) => addUser(ctx, raw, inviteOptionsFromEnv()),
  done: (result) => ({ message: result.message, data: { link: result.link, userId: result.user.id } }),
  revalidate: { path: "/admin/users", type: "page" },
  keep: ["email", "name", "role", "scope", "days"],
  keepMax: 300,
});
