"use server";

import { formFields } from "@/lib/form-data";
import { archiveAreaSchema, createAreaSchema, renameAreaSchema } from "@/lib/schemas/area";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { archiveArea } from "@/server/features/areas/archive-area";
import { createArea } from "@/server/features/areas/create-area";
import { renameArea } from "@/server/features/areas/rename-area";

const revalidate = { path: "/", type: "layout" } as const;

/** Creates an area (administrators of the whole portal). */
export const createAreaAction = formAction({
  read: (form) => formFields(form, ["slug", "name", "nation"], { max: 500 }),
  schema: createAreaSchema,
  invalid: "Check the area's key and name",
  authorize: (ctx) => Promise.resolve(requireGlobalAdministrator(ctx.viewer, "create an area")),
  run: (ctx, raw) => createArea(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate,
  keep: ["slug", "name", "nation"],
  keepMax: 200,
});

/** Renames an area and sets its bank holidays (administrators of the whole portal). */
export const renameAreaAction = formAction({
  read: (form) => formFields(form, ["areaId", "name", "nation", "version"], { max: 500 }),
  schema: renameAreaSchema,
  invalid: "Check the area's name and bank holidays",
  authorize: (ctx) => Promise.resolve(requireGlobalAdministrator(ctx.viewer, "rename an area")),
  run: (ctx, raw) => renameArea(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate,
  keep: ["name", "nation"],
  keepMax: 200,
});

/** Archives an area or brings it back (administrators of the whole portal). */
export const archiveAreaAction = formAction({
  read: (form) => formFields(form, ["areaId", "archived", "version"]),
  schema: archiveAreaSchema,
  authorize: (ctx) => Promise.resolve(requireGlobalAdministrator(ctx.viewer, "archive an area")),
  run: (ctx, raw) => archiveArea(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate,
});
