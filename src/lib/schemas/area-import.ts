import { z } from "zod";

/** The largest area file the import page takes (the five demo areas are each well under it). */
export const AREA_FILE_MAX_CHARS = 2_000_000;

const fileText = z
  .string({ error: "Choose the area's file (the JSON that cli area export writes)" })
  .min(1, { error: "Choose the area's file (the JSON that cli area export writes)" })
  .max(AREA_FILE_MAX_CHARS, { error: "The file is larger than 2 MB: is it an area file?" })
  .refine((text) => text.trim().length > 0, { error: "The file is empty: choose the area's file" });

/** An uploaded area file, to preview what importing it would change. */
export const previewAreaImportSchema = z.object({ file: fileText }).strict();

/** The previewed file again, and the preview's fingerprint: the confirm refuses if the plan moved. */
export const confirmAreaImportSchema = z
  .object({
    file: fileText,
    fingerprint: z
      .string({ error: "Preview the import again before confirming" })
      .regex(/^[0-9a-f]{16}$/, { error: "Preview the import again before confirming" }),
  })
  .strict();

/** The area a file's text names (`area.slug`), or null when the text is not an area file. */
export function areaSlugOfText(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    const area = (parsed as { area?: { slug?: unknown } } | null)?.area;
    return typeof area?.slug === "string" ? area.slug : null;
  } catch {
    return null;
  }
}
