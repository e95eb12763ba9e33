import { z } from "zod";
import { boardKey, civilDate, monthNumber, nonEmptyText } from "./common";

/**
 * How often a duty falls due. Each variant is one row of the cadence table in DESIGN.md;
 * the clause in brackets is the seed text that needs it.
 */
export const FREQUENCIES = [
  "annual", // any time in the year (Kent 3.6) or inside named months (Medway 8.2, Kent 4.2)
  "quarterly", // Halton 14, 31, 33
  "six-monthly", // at least every six months (Halton 36)
  "min-per-year", // at least N times a year (Harrow 11)
  "after-every-meeting", // after every meeting of a board (Knowsley 8.1)
  "anniversary", // annually from an anchor date (Halton 2)
  "once", // a single dated occurrence
  "on-event", // when something happens (Halton 11, Knowsley 9.1)
  "as-needed", // at any time, as the need arises (Kent 4.1, Harrow 9)
  "standing", // a continuing duty with no occurrences of its own (Kent 3.4)
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const monthWindowSchema = z
  .object(
    {
      fromMonth: monthNumber("Window start month").optional(),
      toMonth: monthNumber("Window end month").optional(),
    },
    { error: "A window must be an object with fromMonth and toMonth" },
  )
  .strict()
  .superRefine((window, ctx) => {
    if (window.fromMonth === undefined || window.toMonth === undefined) {
      ctx.addIssue({
        code: "custom",
        path: window.fromMonth === undefined ? ["fromMonth"] : ["toMonth"],
        message:
          "A window needs both a fromMonth and a toMonth (use the same month twice for a single month, or no window for any time in the year)",
      });
    }
  })
  .transform((window) => ({ fromMonth: window.fromMonth!, toMonth: window.toMonth! }));
export type MonthWindow = z.output<typeof monthWindowSchema>;

const noWindow = z.null({ error: "Only an annual duty can have a month window" }).optional();

export const cadenceSchema = z.discriminatedUnion(
  "frequency",
  [
    z.object({ frequency: z.literal("annual"), window: monthWindowSchema.nullable().optional() }).strict(),
    z.object({ frequency: z.literal("quarterly"), window: noWindow }).strict(),
    z.object({ frequency: z.literal("six-monthly"), window: noWindow }).strict(),
    z
      .object({
        frequency: z.literal("min-per-year"),
        window: noWindow,
        minPerYear: z
          .number({ error: "min-per-year needs minPerYear: how many times a year, at least 1" })
          .int({ error: "minPerYear must be a whole number" })
          .min(1, { error: "minPerYear must be at least 1" })
          .max(52, { error: "minPerYear must be 52 or fewer (at most weekly)" }),
      })
      .strict(),
    z
      .object({
        frequency: z.literal("after-every-meeting"),
        window: noWindow,
        afterMeetingsOf: boardKey.describe("the board whose meetings this duty follows"),
        daysAfter: z
          .number()
          .int({ error: "daysAfter must be a whole number of days" })
          .min(0, { error: "daysAfter cannot be negative" })
          .max(90, { error: "daysAfter must be 90 days or fewer" })
          .optional(),
      })
      .strict(),
    z
      .object({
        frequency: z.literal("anniversary"),
        window: noWindow,
        anchorDate: civilDate.describe("the date the years are counted from"),
      })
      .strict(),
    z.object({ frequency: z.literal("once"), window: noWindow, anchorDate: civilDate }).strict(),
    z
      .object({
        frequency: z.literal("on-event"),
        window: noWindow,
        trigger: nonEmptyText("The triggering event", 500),
      })
      .strict(),
    z
      .object({
        frequency: z.literal("as-needed"),
        window: noWindow,
        trigger: nonEmptyText("The circumstance", 500).optional(),
      })
      .strict(),
    z.object({ frequency: z.literal("standing"), window: noWindow }).strict(),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" ? `frequency must be one of: ${FREQUENCIES.join(", ")}` : undefined,
  },
);
export type Cadence = z.output<typeof cadenceSchema>;
export type CadenceInput = z.input<typeof cadenceSchema>;

/** Days after a meeting that an after-every-meeting duty falls due when the rule does not say. */
export const DEFAULT_DAYS_AFTER_MEETING = 14;

/** Whether a cadence produces dated calendar items by itself (on-event, as-needed and standing do not). */
export function isDated(frequency: Frequency): boolean {
  return !(frequency === "on-event" || frequency === "as-needed" || frequency === "standing");
}
