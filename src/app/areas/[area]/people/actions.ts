"use server";

import { formFields } from "@/lib/form-data";
import { createPersonSchema } from "@/lib/schemas/directory";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { createPerson } from "@/server/features/people/create-person";

/** A new person of the area, by an administrator of the area (area:manage); then their page. */
export const createPersonAction = formAction({
  read: (form) => formFields(form, ["areaId", "name", "email"], { max: 300, emptyIsAbsent: true }),
  schema: createPersonSchema,
  invalid: "Check the person's details",
  authorize: (ctx, input) => authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId),
  run: (ctx, raw) => createPerson(ctx, raw),
  done: (person) => ({ redirect: `/areas/${person.areaSlug}/people/${person.slug}?created=1` }),
  revalidate: { path: "/areas/[area]/people", type: "layout" },
  keep: ["name", "email"],
  keepMax: 300,
});
