import { z } from "zod";
import { civilDate, nonEmptyText, postKey } from "./common";

/**
 * An area's directory (issue 10, item 3): organisations, people and posts, created and edited by
 * the area's administrators. Each form carries the area it was opened in (`areaId`), which the
 * action authorises against.
 */

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .trim()
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });
const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" });
const areaId = id("an area");

/** An email address, optional: absent or blank means none; anything else must look like one. */
export const optionalEmail = z
  .string({ error: "Enter an email address, like name@example.org" })
  .trim()
  .max(254, { error: "An email address must be 254 characters or fewer" })
  .transform((v) => (v === "" ? undefined : v.toLowerCase()))
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }).optional())
  .optional();

export const createOrganisationSchema = z
  .object({ areaId, name: nonEmptyText("Organisation name", 160), kindId: id("the kind of organisation") })
  .strict();

export const editOrganisationSchema = z
  .object({
    areaId,
    organisationId: id("an organisation"),
    name: nonEmptyText("Organisation name", 160),
    kindId: id("the kind of organisation"),
    version,
  })
  .strict();

export const createPersonSchema = z.object({ areaId, name: nonEmptyText("Name", 120), email: optionalEmail }).strict();

export const editPersonSchema = z
  .object({ areaId, personId: id("a person"), name: nonEmptyText("Name", 120), email: optionalEmail, version })
  .strict();

export const createPostSchema = z
  .object({
    areaId,
    key: z
      .string({ error: "Enter a key for the post, e.g. DCS" })
      .trim()
      .toUpperCase()
      .min(1, { error: "Enter a key for the post, e.g. DCS" })
      .max(40, { error: "A post key must be 40 characters or fewer" })
      .pipe(postKey),
    title: nonEmptyText("Title", 160),
    organisationId: id("the organisation the post belongs to"),
    boardId: id("a board").optional(),
  })
  .strict();

export const editPostSchema = z
  .object({
    postId: id("a post"),
    title: nonEmptyText("Title", 160),
    organisationId: id("the organisation the post belongs to"),
    boardId: id("a board").optional(),
  })
  .strict();

export const endPostHoldingSchema = z
  .object({
    holdingId: id("a post holding"),
    endsOn: civilDate.refine((d) => d >= "1990-01-01" && d <= "2099-12-31", {
      error: "Enter a date between 1990 and 2099",
    }),
  })
  .strict();

/** The largest CSV file accepted for a bulk import of people (about 5,000 rows). */
export const IMPORT_MAX_CHARS = 500_000;

const csv = z
  .string({ error: "Choose a CSV file" })
  .min(1, { error: "Choose a CSV file: this one is empty" })
  .max(IMPORT_MAX_CHARS, { error: "The file is too large: import at most 500,000 characters at once" });

export const previewPeopleImportSchema = z.object({ areaId, csv }).strict();

export const confirmPeopleImportSchema = z
  .object({
    areaId,
    csv,
    fingerprint: z
      .string({ error: "Preview the file again" })
      .regex(/^[0-9a-f]{16}$/, { error: "Preview the file again" }),
  })
  .strict();
