"use server";

import { formatCivilDate } from "@/lib/dates";
import { formFields } from "@/lib/form-data";
import { editPersonSchema, endPostHoldingSchema } from "@/lib/schemas/directory";
import { authorizePersonInArea } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { editPerson } from "@/server/features/people/edit-person";
import { authorizePostHolding } from "@/server/authz/authorize-post";
import { endPostHolding } from "@/server/features/membership/end-post-holding";

/**
 * A person's page. Their memberships are added, ended and re-capacitated with the board members
 * page's actions, and a post holder recorded with the post page's: only these two are the page's own.
 */
const read = (keys: readonly string[]) => (form: FormData) => formFields(form, keys, { max: 300, emptyIsAbsent: true });

export const editPersonAction = formAction({
  read: read(["areaId", "personId", "name", "email", "version"]),
  schema: editPersonSchema,
  invalid: "Check the person's details",
  authorize: (ctx, input) => authorizePersonInArea(ctx.db, ctx.viewer, input.areaId, input.personId),
  run: (ctx, raw) => editPerson(ctx, raw),
  done: (person) => ({ message: `${person.name}'s details saved.` }),
  revalidate: { path: "/areas/[area]/people", type: "layout" },
  keep: ["name", "email"],
  keepMax: 300,
});

/** Ending a post holding: whoever records the post's holder (its board's membership managers, or the area's administrators). */
export const endPostHoldingAction = formAction({
  read: read(["holdingId", "endsOn"]),
  schema: endPostHoldingSchema,
  invalid: "Check the end date",
  authorize: (ctx, input) => authorizePostHolding(ctx.db, ctx.viewer, input.holdingId),
  run: (ctx, raw) => endPostHolding(ctx, raw),
  done: (holding) => ({ message: `Holding of the post ends on ${formatCivilDate(holding.endsOn)}.` }),
  revalidate: { path: "/areas/[area]/people", type: "layout" },
  keep: ["endsOn"],
  keepMax: 300,
});
