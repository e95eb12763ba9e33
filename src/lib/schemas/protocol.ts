import { z } from "zod";
import { OFFSET_UNITS } from "./cadence";
import { nonEmptyText, slug } from "./common";
import { routeLinesSchema } from "./resolution-route";

/** A protocol version, to copy into a new draft (issue 5). */
export const protocolIdSchema = z.object({ protocolId: z.string().min(1, { error: "Choose a protocol" }).max(64) });

/** A party's chair signing a draft off for their board. */
export const signOffSchema = protocolIdSchema.extend({
  boardId: z.string().min(1, { error: "Choose the board you sign for" }).max(64),
});

const id = (message: string) => z.string({ error: message }).min(1, { error: message }).max(64, { error: message });
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * A protocol written from scratch (issue 10): a draft between two or more boards (docs/decisions/018),
 * at least one of them of the area it is created in. The key is made from the title when left blank;
 * the resolution route is one step a line, each with an optional time limit after a vertical bar.
 */
export const newProtocolSchema = z.object({
  area: slug,
  title: nonEmptyText("Title", 300).min(3, { error: "Enter the protocol's title as printed: at least 3 characters" }),
  key: z
    .string({ error: "A key must be text" })
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(slug.optional()),
  version: nonEmptyText("Version", 20).regex(/^[A-Za-z0-9][A-Za-z0-9. -]*$/, {
    error: "Enter a version label such as 1.0: letters, digits, dots, spaces and hyphens",
  }),
  parties: z
    .array(id("Choose the boards that are party to the protocol"), {
      error: "Choose the boards that are party to the protocol",
    })
    .min(2, { error: "Choose at least two boards: a protocol is an agreement between boards" })
    .max(20, { error: "Choose at most 20 boards" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Choose each board once" }),
  sourceDocument: optionalText("The source document's name", 200),
  notes: optionalText("Notes", 4000),
  /** One step a line; a step's time limit after a vertical bar ("Director of Public Health | 1 month"). */
  resolutionRoute: routeLinesSchema,
  /** The time for the formal response; blank: 20 working days (decision 019). */
  respondWithinAmount: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    z.coerce
      .number({ error: "Enter the time for the formal response as a whole number, such as 20" })
      .int({ error: "Enter the time for the formal response as a whole number, such as 20" })
      .min(1, { error: "The time for the formal response must be at least 1: leave it blank for 20 working days" })
      .max(400, { error: "The time for the formal response must be 400 or fewer" })
      .optional(),
  ),
  respondWithinUnit: z
    .enum(OFFSET_UNITS, { error: "Choose days, working days, weeks or months for the formal response" })
    .optional(),
});
export type NewProtocolInput = z.input<typeof newProtocolSchema>;

/** A clause of a draft: its reference exactly as printed ("3.1", "5.1(c)", "App. 1 2.1(a)"), heading and text. */
const clauseFields = {
  ref: nonEmptyText("The clause reference", 40),
  heading: optionalText("The heading", 200),
  text: nonEmptyText("The clause's text", 20000),
};
export const addClauseSchema = z.object({ protocolId: id("Choose a protocol"), ...clauseFields });
export const editClauseSchema = z.object({ clauseId: id("Choose a clause"), ...clauseFields });
export const moveClauseSchema = z.object({
  clauseId: id("Choose a clause"),
  direction: z.enum(["up", "down"], { error: "Choose to move the clause up or down" }),
});
export const clauseIdSchema = z.object({ clauseId: id("Choose a clause") });
