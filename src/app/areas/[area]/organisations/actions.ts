"use server";

import { formFields } from "@/lib/form-data";
import { createOrganisationSchema, editOrganisationSchema } from "@/lib/schemas/directory";
import { authorizeAreaAdmin, authorizeOrganisationInArea } from "@/server/authz/authorize-area";
import { formAction, type Revalidation } from "@/server/core/action";
import { createOrganisation } from "@/server/features/organisations/create-organisation";
import { editOrganisation } from "@/server/features/organisations/edit-organisation";

/** Each action: an administrator of the area the form was opened in (area:manage). */
const read = (keys: readonly string[]) => (form: FormData) => formFields(form, keys, { max: 300, emptyIsAbsent: true });
const organisations: Revalidation = { path: "/areas/[area]/organisations", type: "layout" };

export const createOrganisationAction = formAction({
  read: read(["areaId", "name", "kindId"]),
  schema: createOrganisationSchema,
  invalid: "Check the organisation's details",
  authorize: (ctx, input) => authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId),
  run: (ctx, raw) => createOrganisation(ctx, raw),
  done: (organisation) => ({ message: `${organisation.name} added.` }),
  revalidate: organisations,
  keep: ["name", "kindId"],
  keepMax: 300,
});

export const editOrganisationAction = formAction({
  read: read(["areaId", "organisationId", "name", "kindId", "version"]),
  schema: editOrganisationSchema,
  invalid: "Check the organisation's details",
  authorize: (ctx, input) => authorizeOrganisationInArea(ctx.db, ctx.viewer, input.areaId, input.organisationId),
  run: (ctx, raw) => editOrganisation(ctx, raw),
  done: (organisation) => ({ message: `${organisation.name} saved.` }),
  revalidate: organisations,
  keep: ["name", "kindId"],
  keepMax: 300,
});
