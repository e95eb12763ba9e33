import { z } from "zod";
import { nonEmptyText, slug } from "./common";

/** A new area: its key (used in URLs, e.g. /areas/kent) and its name. */
export const createAreaSchema = z
  .object({
    slug: slug.describe("The area's key in URLs, e.g. kent"),
    name: nonEmptyText("Area name", 100),
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

/** A new name for an area (its key stays: it is in every link to the area). */
export const renameAreaSchema = z.object({ areaId, name: nonEmptyText("Area name", 100), version }).strict();

/** Archive an area (hidden from lists, refuses changes) or bring it back. */
export const archiveAreaSchema = z
  .object({
    areaId,
    archived: z.enum(["archive", "restore"], { error: "Choose whether to archive the area or bring it back" }),
    version,
  })
  .strict();
