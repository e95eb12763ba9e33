import { z } from "zod";

export const fyParam = z.coerce
  .number({ error: "Enter the year the financial year starts, e.g. 2026" })
  .int({ error: "Enter the year the financial year starts, e.g. 2026" })
  .min(2000, { error: "Enter a year from 2000 to 2098" })
  .max(2098, { error: "Enter a year from 2000 to 2098" });

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });

export const generateCalendarSchema = z.object({
  boardId: id("a board"),
  fy: fyParam,
  /** The preview's fingerprint: the confirm refuses if the plan changed since it was shown. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, { error: "Preview the calendar again before confirming" }),
});

export const scheduleItemSchema = z.object({
  itemId: id("an item"),
  meetingId: id("a meeting"),
  version: z.coerce
    .number({ error: "Reload the page and try again" })
    .int()
    .min(1, { error: "Reload the page and try again" }),
});
