"use server";

import { formText } from "@/lib/form-data";
import {
  AREA_FILE_MAX_CHARS,
  areaSlugOfText,
  confirmAreaImportSchema,
  previewAreaImportSchema,
} from "@/lib/schemas/area-import";
import { authorizeAreaImport } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { confirmAreaImport, previewAreaImport } from "@/server/features/areas/preview-area-import";

/** The uploaded file's text (at most one character over the limit, so that the schema can refuse it). */
async function uploaded(form: FormData): Promise<string | undefined> {
  const value = form.get("file");
  if (value instanceof File) return value.size === 0 ? "" : value.slice(0, AREA_FILE_MAX_CHARS + 1).text();
  return typeof value === "string" ? value.slice(0, AREA_FILE_MAX_CHARS + 1) : undefined;
}

/** What importing the uploaded file would change: a dry run, nothing written (see NOT_MUTATIONS). */
export const previewAreaImportAction = formAction({
  read: async (form) => ({ file: await uploaded(form) }),
  schema: previewAreaImportSchema,
  authorize: (ctx, input) => authorizeAreaImport(ctx.db, ctx.viewer, areaSlugOfText(input.file)),
  run: (ctx, raw) => previewAreaImport(ctx, raw),
  done: (preview, { input }) => ({
    data: {
      area: preview.plan.area,
      created: preview.plan.created,
      updated: preview.plan.updated,
      unchanged: preview.plan.unchanged,
      byEntity: preview.byEntity,
      changes: preview.plan.changes.slice(0, 500),
      fingerprint: preview.fingerprint,
      file: input.file,
    },
  }),
});

/** Imports the previewed file, if nothing changed since the preview (administrators of the area or of everything). */
export const confirmAreaImportAction = formAction({
  read: (form) => ({
    file: formText(form, "file", { max: AREA_FILE_MAX_CHARS + 1 }),
    fingerprint: formText(form, "fingerprint", { max: 100 }),
  }),
  schema: confirmAreaImportSchema,
  authorize: (ctx, input) => authorizeAreaImport(ctx.db, ctx.viewer, areaSlugOfText(input.file)),
  run: (ctx, raw) => confirmAreaImport(ctx, raw),
  done: (result) => ({
    message: `Imported ${result.area}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
  }),
  revalidate: { path: "/", type: "layout" },
});
