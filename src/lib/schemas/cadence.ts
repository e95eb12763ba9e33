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
  // Issue 11 (decision 019): the timings real protocols state beyond the seeds.
  "monthly", // "on a monthly basis": one in each month of the year
  "named-months", // "each March and September"
  "interval", // "biennially from the date of signature", "at intervals of no more than 15 months"
  "each-meeting", // "seven clear working days before each meeting", "within 15 working days of the meeting"
  "meeting-of-year", // "at the last meeting of the financial year"
  "first-meeting-after", // "at the first Board meeting following publication on 31 July"
  "follows", // "will form part of the strategic plan" once the annual report is received
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

/** Units an offset or a duration is counted in. Working days skip weekends and the area's bank holidays. */
export const OFFSET_UNITS = ["days", "working-days", "weeks", "months"] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

const amount = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be negative` })
    .max(max, { error: `${label} must be ${max} or fewer` });

/**
 * How far before or after its anchor an occurrence falls due: "three months after the close of the
 * financial year", "seven clear working days before each meeting". `clear` counts whole days between
 * the two dates, leaving out both (local-government usage: "five clear days' notice").
 */
export const offsetSchema = z
  .object(
    {
      amount: amount("The offset", 400),
      unit: z.enum(OFFSET_UNITS, { error: `The offset's unit must be one of: ${OFFSET_UNITS.join(", ")}` }),
      direction: z.enum(["before", "after"], { error: "The offset's direction must be before or after" }),
      clear: z.boolean({ error: "clear must be true or false" }).optional(),
    },
    { error: "An offset must be an object with amount, unit and direction" },
  )
  .strict();
export type Offset = z.output<typeof offsetSchema>;

/** How long the occurrence runs up to its due date: "open for a minimum of 30 days and concluded by 31 October". */
export const durationSchema = z
  .object(
    {
      amount: amount("The duration", 400).min(1, { error: "The duration must be at least 1" }),
      unit: z.enum(OFFSET_UNITS, { error: `The duration's unit must be one of: ${OFFSET_UNITS.join(", ")}` }),
    },
    { error: "A duration must be an object with amount and unit" },
  )
  .strict();
export type Duration = z.output<typeof durationSchema>;

const dayOfMonth = (label: string) =>
  z
    .number({ error: `${label} must be a day of the month from 1 to 31` })
    .int({ error: `${label} must be a whole day of the month` })
    .min(1, { error: `${label} must be a day of the month from 1 to 31` })
    .max(31, { error: `${label} must be a day of the month from 1 to 31` });

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day that recurs every year ("15 December", "31 July"); 29 February falls on 28 February in other years. */
export const dayOfYearSchema = z
  .object(
    { month: monthNumber("The month"), day: dayOfMonth("The day") },
    { error: "A date in the year needs a month and a day" },
  )
  .strict()
  .superRefine((d, ctx) => {
    if (d.day > DAYS_IN_MONTH[d.month - 1]!)
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: `That month has only ${DAYS_IN_MONTH[d.month - 1]} days`,
      });
  });
export type DayOfYear = z.output<typeof dayOfYearSchema>;

/**
 * An annual deadline: a day of the year ("no later than 15 December annually"), or an offset from the
 * start or close of the board's year ("within eight weeks of the start of each year", "no later than
 * three months after the close of the financial year"). The deadline always falls in the cycle: a
 * date counted after the close is counted from the previous year's close.
 */
export const deadlineSchema = z.union(
  [
    dayOfYearSchema,
    z
      .object({
        from: z.enum(["cycle-start", "cycle-end"], { error: "A deadline counts from cycle-start or cycle-end" }),
        offset: offsetSchema,
      })
      .strict(),
  ],
  { error: "A deadline is a month and day, or { from: cycle-start | cycle-end, offset }" },
);
export type Deadline = z.output<typeof deadlineSchema>;

const meetingsOf = boardKey
  .describe("whose meetings; the receiving board's (or, with no recipient, the owing board's) when left out")
  .optional();

export const cadenceSchema = z.discriminatedUnion(
  "frequency",
  [
    z
      .object({
        frequency: z.literal("annual"),
        window: monthWindowSchema.nullable().optional(),
        /** "during the second quarter": the quarter of the board's year, 1 to 4. */
        quarter: z
          .number({ error: "quarter must be 1, 2, 3 or 4" })
          .int({ error: "quarter must be 1, 2, 3 or 4" })
          .min(1, { error: "quarter must be 1, 2, 3 or 4" })
          .max(4, { error: "quarter must be 1, 2, 3 or 4" })
          .optional(),
        deadline: deadlineSchema.optional(),
        duration: durationSchema.optional(),
      })
      .strict()
      .superRefine((c, ctx) => {
        const given = [c.window ? "window" : null, c.quarter ? "quarter" : null, c.deadline ? "deadline" : null];
        const set = given.filter(Boolean);
        if (set.length > 1)
          ctx.addIssue({
            code: "custom",
            path: [set[1]!],
            message: `Give a month window, a quarter or a deadline, not both a ${set[0]} and a ${set[1]}`,
          });
        if (c.duration && !c.deadline)
          ctx.addIssue({
            code: "custom",
            path: ["duration"],
            message: "A duration runs up to a deadline: give the deadline it must be concluded by",
          });
      }),
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
    z
      .object({
        frequency: z.literal("monthly"),
        window: noWindow,
        /** Due on this day of each month; without it, at the first meeting in the month (else its last day). */
        day: dayOfMonth("The day").optional(),
      })
      .strict(),
    z
      .object({
        frequency: z.literal("named-months"),
        window: noWindow,
        months: z
          .array(monthNumber("Each month"), { error: "months must be a list of month numbers, e.g. [3, 9]" })
          .min(1, { error: "Name at least one month" })
          .max(12, { error: "There are only 12 months" })
          .refine((m) => new Set(m).size === m.length, { error: "Name each month once" }),
        day: dayOfMonth("The day").optional(),
        duration: durationSchema.optional(),
      })
      .strict()
      .superRefine((c, ctx) => {
        if (c.duration && c.day === undefined)
          ctx.addIssue({
            code: "custom",
            path: ["duration"],
            message: "A duration runs up to a due date: give the day of the month it must be concluded by",
          });
      }),
    z
      .object({
        frequency: z.literal("interval"),
        window: noWindow,
        every: z
          .number({ error: "every must be a number" })
          .int({ error: "every must be a whole number" })
          .min(1, { error: "every must be at least 1" })
          .max(120, { error: "every must be 120 or fewer" }),
        unit: z.enum(["months", "years"], { error: "An interval is counted in months or years" }),
        /** The date counted from: the date of signature, or the date it was last carried out. */
        anchorDate: civilDate.describe("the date the interval is counted from"),
        /** True when the anchor is itself an occurrence ("the next review falling in October 2028"). */
        anchorIsOccurrence: z.boolean({ error: "anchorIsOccurrence must be true or false" }).optional(),
        /** "day": due on the date; "month": at a meeting in that month (else its last day). */
        precision: z.enum(["day", "month"], { error: "precision must be day or month" }).optional(),
        duration: durationSchema.optional(),
      })
      .strict()
      .superRefine((c, ctx) => {
        if (c.duration && c.precision === "month")
          ctx.addIssue({
            code: "custom",
            path: ["duration"],
            message: "A duration runs up to a due date: make it due on the day, not during the month",
          });
      }),
    z
      .object({
        frequency: z.literal("each-meeting"),
        window: noWindow,
        meetingsOf,
        /** Before or after each meeting; none: at the meeting itself. */
        offset: offsetSchema.optional(),
      })
      .strict(),
    z
      .object({
        frequency: z.literal("meeting-of-year"),
        window: noWindow,
        which: z.enum(["first", "last"], { error: "which must be first or last" }),
        meetingsOf,
      })
      .strict(),
    z
      .object({
        frequency: z.literal("first-meeting-after"),
        window: noWindow,
        /** The yearly date the meeting must follow ("publication on 31 July"). */
        after: dayOfYearSchema,
        meetingsOf,
      })
      .strict(),
    z
      .object({
        frequency: z.literal("follows"),
        window: noWindow,
        /** After the other duty's item ("comes after" names it): by an offset, or at the next meeting. */
        offset: offsetSchema.optional(),
        atNextMeeting: z.boolean({ error: "atNextMeeting must be true or false" }).optional(),
        meetingsOf,
        duration: durationSchema.optional(),
      })
      .strict()
      .superRefine((c, ctx) => {
        if (c.offset && c.atNextMeeting)
          ctx.addIssue({
            code: "custom",
            path: ["atNextMeeting"],
            message: "A following duty is due either an offset after the other, or at the next meeting, not both",
          });
        if (c.meetingsOf && !c.atNextMeeting)
          ctx.addIssue({
            code: "custom",
            path: ["meetingsOf"],
            message: "Whose meeting matters only when the duty falls at the next meeting",
          });
      }),
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
/** Frequencies whose dates come from meetings, so a missing meeting is flagged rather than guessed. */
export const MEETING_FREQUENCIES: readonly Frequency[] = [
  "after-every-meeting",
  "each-meeting",
  "meeting-of-year",
  "first-meeting-after",
];

export function isDated(frequency: Frequency): boolean {
  return !(frequency === "on-event" || frequency === "as-needed" || frequency === "standing");
}
