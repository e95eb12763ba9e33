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
