import { z } from "zod";
import { NATIONS } from "@/domain/working-days";
import { nonEmptyText, slug } from "./common";

/**
 * Whose bank holidays the area's working days skip (decision 019). Optional: absent or "" means
 * England and Wales for a new area, and no change for an existing one.
 */
const nation = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.enum(NATIONS, { error: "Choose the bank holidays of England and Wales, Scotland or Northern Ireland" }).optional(),
);

/** A new area: its key (used in URLs, e.g. /areas/kent), its name and its bank holidays. */
export const createAreaSchema = z
  .object({
    slug: slug.describe("The area's key in URLs, e.g. kent"),
    name: nonEmptyText("Area name", 100),
    nation,
  })
  .strict();
export type CreateAreaInput = z.input<typeof createAreaSchema>;

const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" });
const areaId = z
  .string({ error: "Choose an area" })
  .trim()
  .min(1, { error: "Choose an area" })
  .max(64, { error: "Choose an area" });

/** A new name for an area (its key stays: it is in every link to the area), and its bank holidays. */
export const renameAreaSchema = z.object({ areaId, name: nonEmptyText("Area name", 100), nation, version }).strict();

/** Archive an area (hidden from lists, refuses changes) or bring it back. */
export const archiveAreaSchema = z
  .object({
    areaId,
    archived: z.enum(["archive", "restore"], { error: "Choose whether to archive the area or bring it back" }),
    version,
  })
  .strict();
