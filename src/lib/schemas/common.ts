import { z } from "zod";

/** A calendar date with no time or zone, as `YYYY-MM-DD`. Every civil date in the portal is one. */
export const civilDate = z
  .string({ error: "Enter a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a date as YYYY-MM-DD, for example 2026-09-30" })
  .refine(
    (value) => {
      const [y, m, d] = value.split("-").map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: "That date does not exist" },
  );

/** A month of the year, 1 (January) to 12 (December). */
export const monthNumber = (label: string) =>
  z
    .number({ error: `${label} must be a month number from 1 (January) to 12 (December)` })
    .int({ error: `${label} must be a whole month number from 1 to 12` })
    .min(1, { error: `${label} must be a month number from 1 (January) to 12 (December)` })
    .max(12, { error: `${label} must be a month number from 1 (January) to 12 (December)` });

/** A stable machine key: letters, digits and hyphens, as used in URLs and seed data. */
export const slug = z
  .string()
  .min(1, { error: "A key is required" })
  .max(80, { error: "A key must be 80 characters or fewer" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "A key may contain only lower-case letters, digits and single hyphens",
  });

/** A board key as the protocols print it (KSCB, HWBB, CAN): unique within an area, not globally. */
export const boardKey = z
  .string()
  .min(1, { error: "A board key is required" })
  .max(20, { error: "A board key must be 20 characters or fewer" })
  .regex(/^[A-Z][A-Z0-9&-]*$/, { error: "A board key is upper-case letters and digits, e.g. KSCB" });

/** A post key within an area (DCS, DPH, LEAD-MEMBER-CHILDREN). */
export const postKey = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Z][A-Z0-9-]*$/, { error: "A post key is upper-case letters, digits and hyphens, e.g. DCS" });

export const nonEmptyText = (label: string, max = 2000) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be ${max} characters or fewer` });
