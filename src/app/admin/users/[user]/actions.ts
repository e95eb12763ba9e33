"use server";

import { formFields } from "@/lib/form-data";
import {
  grantRoleSchema,
  linkPersonSchema,
  renewInvitationSchema,
  revokeInvitationSchema,
  revokeRoleSchema,
  setUserDisabledSchema,
} from "@/lib/schemas/users";
import { authorizeGrant, authorizeInvitation, authorizeRoleScope, authorizeUser } from "@/server/authz/authorize-user";
import { formAction, type Revalidation } from "@/server/core/action";
import { grantUserRole, revokeUserRole } from "@/server/features/users/grant-role";
import { renewInvitation, revokeInvitation } from "@/server/features/users/manage-invitation";
import { linkUserPerson, setUserDisabled } from "@/server/features/users/set-user-disabled";
import { inviteOptionsFromEnv } from "@/server/mail/mail-settings";

/** Each action: an administrator of where the role lies (roles), or of every role the user holds (the account). */
const read = (keys: readonly string[]) => (form: FormData) => formFields(form, keys, { max: 300, emptyIsAbsent: true });
const page: Revalidation = { path: "/admin/users/[user]", type: "page" };
const said = (result: { message: string }) => ({ message: result.message });

export const grantRoleAction = formAction({
  read: read(["userId", "role", "scope"]),
  schema: grantRoleSchema,
  invalid: "Check the role and where it applies",
  authorize: (ctx, input) => authorizeRoleScope(ctx.db, ctx.viewer, input.scope),
  run: (ctx, raw) => grantUserRole(ctx, raw),
  done: said,
  revalidate: page,
  keep: ["role", "scope"],
  keepMax: 300,
});

export const revokeRoleAction = formAction({
  read: read(["userId", "grantId"]),
  schema: revokeRoleSchema,
  invalid: "Choose the role to remove",
  authorize: (ctx, input) => authorizeGrant(ctx.db, ctx.viewer, input.grantId, input.userId),
  run: (ctx, raw) => revokeUserRole(ctx, raw),
  done: said,
  revalidate: page,
});

export const disableUserAction = formAction({
  read: read(["userId", "version"]),
  schema: setUserDisabledSchema,
  invalid: "Could not disable the user",
  authorize: (ctx, input) => authorizeUser(ctx.db, ctx.viewer, input.userId),
  run: (ctx, raw) => setUserDisabled(ctx, raw, true),
  done: said,
  revalidate: page,
});

export const enableUserAction = formAction({
  read: read(["userId", "version"]),
  schema: setUserDisabledSchema,
  invalid: "Could not enable the user",
  authorize: (ctx, input) => authorizeUser(ctx.db, ctx.viewer, input.userId),
  run: (ctx, raw) => setUserDisabled(ctx, raw, false),
  done: said,
  revalidate: page,
});

export const linkPersonAction = formAction({
  read: read(["userId", "personId", "version"]),
  schema: linkPersonSchema,
  invalid: "Could not link the person",
  authorize: (ctx, input) => authorizeUser(ctx.db, ctx.viewer, input.userId),
  run: (ctx, raw) => linkUserPerson(ctx, raw),
  done: said,
  revalidate: page,
  keep: ["personId"],
  keepMax: 300,
});

export const renewInvitationAction = formAction({
  read: read(["userId", "days"]),
  schema: renewInvitationSchema,
  invalid: "Could not send a new link",
  authorize: (ctx, input) => authorizeUser(ctx.db, ctx.viewer, input.userId),
  run: (ctx, raw) => renewInvitation(ctx, raw, inviteOptionsFromEnv()),
  done: (result) => ({ message: result.message, data: { link: result.link } }),
  revalidate: page,
  keep: ["days"],
  keepMax: 300,
});

export const revokeInvitationAction = formAction({
  read: read(["invitationId"]),
  schema: revokeInvitationSchema,
  invalid: "Could not withdraw the invitation",
  authorize: (ctx, input) => authorizeInvitation(ctx.db, ctx.viewer, input.invitationId),
  run: (ctx, raw) => revokeInvitation(ctx, raw),
  done: said,
  revalidate: page,
});
