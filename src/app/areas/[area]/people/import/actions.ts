"use server";

import { formText } from "@/lib/form-data";
import { IMPORT_MAX_CHARS, confirmPeopleImportSchema, previewPeopleImportSchema } from "@/lib/schemas/directory";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { importPeople } from "@/server/features/people/import-people";
import { previewPeopleImport } from "@/server/features/people/plan-people-import";

/**
 * The file: an uploaded CSV (the preview), else the text sent back by the preview's confirm form.
 * Read one character past the limit, so that the schema refuses an over-long file rather than a cut one.
 */
async function readCsv(form: FormData) {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > IMPORT_MAX_CHARS * 4) return "x".repeat(IMPORT_MAX_CHARS + 1);
    return (await file.text()).slice(0, IMPORT_MAX_CHARS + 1);
  }
  return formText(form, "csv", { max: IMPORT_MAX_CHARS + 1, emptyIsAbsent: true });
}

/** Read-only: what importing the file would do, row by row. An administrator of the area (area:manage). */
export const previewPeopleImportAction = formAction({
  read: async (form) => ({ areaId: formText(form, "areaId", { max: 300 }), csv: await readCsv(form) }),
  schema: previewPeopleImportSchema,
  invalid: "Choose a CSV file to preview",
  authorize: (ctx, input) => authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId),
  run: (ctx, raw) => previewPeopleImport(ctx, raw),
  done: ({ plan, fingerprint }, { input }) => ({ data: { plan, fingerprint, csv: input.csv } }),
});

/** Writes the previewed file: everything in one transaction, or nothing. An administrator of the area. */
export const importPeopleAction = formAction({
  read: async (form) => ({
    areaId: formText(form, "areaId", { max: 300 }),
    csv: await readCsv(form),
    fingerprint: formText(form, "fingerprint", { max: 300 }),
  }),
  schema: confirmPeopleImportSchema,
  invalid: "Check the file",
  authorize: (ctx, input) => authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId),
  run: (ctx, raw) => importPeople(ctx, raw),
  done: ({ counts }) => ({
    message:
      counts.newPeople + counts.newMemberships === 0
        ? `Nothing new to import: all ${counts.rows} rows are already recorded.`
        : `Imported ${counts.newPeople} new ${counts.newPeople === 1 ? "person" : "people"} and ${counts.newMemberships} new ${counts.newMemberships === 1 ? "membership" : "memberships"}${counts.existingMemberships ? ` (${counts.existingMemberships} already recorded)` : ""}.`,
  }),
  revalidate: { path: "/areas/[area]/people", type: "layout" },
});
