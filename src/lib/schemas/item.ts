import { z } from "zod";
import { civilDate, nonEmptyText } from "./common";

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });
const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" })
  .max(1_000_000, { error: "Reload the page and try again" });
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** A real date, not before 2000 and not in the future: things are logged when they have happened. */
export const happenedOn = (today: string) =>
  civilDate
    .refine((d) => d >= "2000-01-01", { error: "Enter a date from 2000 onwards" })
    .refine((d) => d <= today, { error: "The date cannot be in the future: log it once it has happened" });

/** Document links: one per line, each an http(s) URL; at most 10. */
export const documentLinks = z
  .string({ error: "Enter document links as text, one per line" })
  .max(10_000, { error: "Enter at most 10 links of up to 2,000 characters each" })
  .optional()
  .transform((v, ctx) => {
    const lines = (v ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length > 10) {
      ctx.addIssue({ code: "custom", message: "Enter at most 10 document links" });
      return z.NEVER;
    }
    for (const line of lines) {
      let url: URL | null = null;
      try {
        url = new URL(line);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || line.length > 2000) {
        ctx.addIssue({
          code: "custom",
          message: `"${line.slice(0, 60)}" is not a web address: enter a full link starting https://`,
        });
        return z.NEVER;
      }
    }
    return lines;
  });

export const logStepSchema = (today: string) =>
  z.object({
    itemId: id("an item"),
    version,
    step: z.enum(["send", "receive", "close"], { error: "Choose what happened: sent, received or closed" }),
    occurredOn: happenedOn(today),
    meetingId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => (v ? v : undefined)),
    minuteRef: optionalText("The minute reference", 100),
    notes: optionalText("Notes", 2000),
    links: documentLinks,
  });

export const waiveSchema = z.object({
  itemId: id("an item"),
  version,
  reason: nonEmptyText("The reason for waiving", 2000),
});

export const deferSchema = (today: string) =>
  z.object({
    itemId: id("an item"),
    version,
    dueOn: civilDate
      .refine((d) => d > today, { error: "The new due date must be after today" })
      .refine((d) => d <= "2099-12-31", { error: "Enter a due date before 2100" }),
    reason: nonEmptyText("The reason for deferring", 2000),
  });

export const reverseSchema = z.object({
  itemId: id("an item"),
  version,
  entryId: id("the entry to reverse"),
  reason: nonEmptyText("The reason for reversing", 2000),
});

export const followUpSchema = (today: string) =>
  z.object({
    itemId: id("an item"),
    version,
    recommendation: nonEmptyText("The recommendation", 2000),
    ownerBoardId: id("the board that must act"),
    dueOn: civilDate
      .refine((d) => d >= today, { error: "The due date cannot be in the past" })
      .refine((d) => d <= "2099-12-31", { error: "Enter a due date before 2100" }),
  });

export const recordEventSchema = z.object({
  obligationId: id("the duty"),
  boardId: id("the board recording it"),
  recipient: z
    .string()
    .max(80)
    .optional()
    .transform((v) => (v ? v : undefined)),
  description: nonEmptyText("What happened", 500),
  eventOn: civilDate.refine((d) => d >= "2000-01-01" && d <= "2099-12-31", { error: "Enter a date from 2000 to 2099" }),
  dueOn: civilDate
    .refine((d) => d >= "2000-01-01" && d <= "2099-12-31", { error: "Enter a date from 2000 to 2099" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

/** Marking a piece of evidence restricted (issue 14), or opening it again to the item's boards. */
export const evidenceRestrictionSchema = z.object({
  evidenceId: id("a file or link"),
  mark: z.enum(["restrict", "unrestrict"], {
    error: "Choose to restrict the evidence or to open it to the item's boards again",
  }),
});
