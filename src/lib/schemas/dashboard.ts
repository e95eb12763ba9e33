import { z } from "zod";
import { fyParam } from "./calendar";
import { civilDate } from "./common";

/** A board whose dashboard section is asked for. */
export const dashboardBoardSchema = z.object({
  boardId: z
    .string({ error: "Choose a board" })
    .min(1, { error: "Choose a board" })
    .max(64, { error: "Choose a board" }),
});

/** A board's items for a cycle, as CSV or a forward plan: the board as the URL names it. */
export const boardCycleSchema = z.object({
  area: z.string({ error: "Choose an area" }).min(1, { error: "Choose an area" }).max(80, { error: "Choose an area" }),
  board: z.string({ error: "Choose a board" }).min(1, { error: "Choose a board" }).max(20, { error: "Choose a board" }),
  fy: fyParam.optional(),
});

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((v) => (v ? v : undefined));

/** An empty date field is no filter. */
const optionalDate = z.preprocess((v) => (v === "" ? undefined : v), civilDate.optional());

/** The audit page's filters, from its GET form: every one optional. */
export const auditFilterSchema = z
  .object({
    actor: optionalText(200, "Enter at most 200 characters of an email address").transform((v) => v?.toLowerCase()),
    action: optionalText(100, "Enter at most 100 characters of an action, e.g. item.schedule"),
    entityType: optionalText(60, "Enter an entity type of at most 60 characters, e.g. CalendarItem"),
    entityId: optionalText(100, "Enter an entity id of at most 100 characters"),
    from: optionalDate,
    to: optionalDate,
    page: z.coerce
      .number({ error: "Enter a page number" })
      .int({ error: "Enter a whole page number" })
      .min(1, { error: "Pages start at 1" })
      .max(100_000, { error: "Enter a page number up to 100000" })
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    error: "The 'to' date must be on or after the 'from' date",
    path: ["to"],
  });
export type AuditFilters = z.infer<typeof auditFilterSchema>;
