"use server";

import { formFields } from "@/lib/form-data";
import { addMembershipSchema, changeCapacitySchema, endMembershipSchema } from "@/lib/schemas/membership";
import { authorizeMembership } from "@/server/authz/authorize-membership";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction, type Revalidation } from "@/server/core/action";
import { addMembership } from "@/server/features/membership/add-membership";
import { changeCapacity } from "@/server/features/membership/change-capacity";
import { endMembership } from "@/server/features/membership/end-membership";

/** Each action: membership:manage on the board of the membership (or the board joined). */
const read = (keys: readonly string[]) => (form: FormData) => formFields(form, keys, { max: 300, emptyIsAbsent: true });
const members: Revalidation = { path: "/areas/[area]/boards/[board]/members", type: "page" };

export const addMemberAction = formAction({
  read: read(["boardId", "personId", "capacity", "organisationId", "startsOn", "endsOn"]),
  schema: addMembershipSchema,
  invalid: "Check the new member's details",
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "membership:manage"),
  run: (ctx, raw) => addMembership(ctx, raw),
  done: () => ({ message: "Member added." }),
  revalidate: members,
  keep: ["personId", "capacity", "organisationId", "startsOn", "endsOn"],
  keepMax: 300,
});

export const endMembershipAction = formAction({
  read: read(["membershipId", "endsOn", "version"]),
  schema: endMembershipSchema,
  invalid: "Check the end date",
  authorize: (ctx, input) => authorizeMembership(ctx.db, ctx.viewer, input.membershipId),
  run: (ctx, raw) => endMembership(ctx, raw),
  done: () => ({ message: "Membership ended." }),
  revalidate: members,
  keep: ["endsOn"],
  keepMax: 300,
});

export const changeCapacityAction = formAction({
  read: read(["membershipId", "capacity", "from", "version"]),
  schema: changeCapacitySchema,
  invalid: "Check the new capacity",
  authorize: (ctx, input) => authorizeMembership(ctx.db, ctx.viewer, input.membershipId),
  run: (ctx, raw) => changeCapacity(ctx, raw),
  done: () => ({ message: "Capacity changed." }),
  revalidate: members,
  keep: ["capacity", "from"],
  keepMax: 300,
});
