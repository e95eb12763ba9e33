import { z } from "zod";
import {
  SERIES_FREQUENCIES,
  WEEKDAYS,
  WEEKS_OF_MONTH,
  type SeriesPattern,
  type SeriesSpec,
} from "@/domain/meeting-series";
import { civilDate } from "./common";

/** Adding a meeting to a board's schedule (form, action and service share it). */
export const addMeetingSchema = z.object({
  boardId: z.string().min(1, { error: "Choose a board" }).max(64, { error: "Choose a board" }),
  date: civilDate.refine((d) => d >= "2000-01-01" && d <= "2099-12-31", {
    error: "Enter a date between 2000 and 2099",
  }),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a start time as HH:mm, for example 14:00" }),
  location: z
    .string()
    .trim()
    .max(200, { error: "Location must be 200 characters or fewer" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type AddMeetingInput = z.input<typeof addMeetingSchema>;

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
const meetingDate = addMeetingSchema.shape.date;
const startTime = addMeetingSchema.shape.startTime;
const location = addMeetingSchema.shape.location;
/** An optional choice: absent or "" means not given; anything else must be one of the options. */
const optionalChoice = <T extends readonly [string, ...string[]]>(options: T, message: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(options, { error: message }).optional());
const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a whole number from ${min} to ${max}` })
    .int({ error: `${label} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${label} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${label} must be a whole number from ${min} to ${max}` });

/**
 * A series of meetings (src/domain/meeting-series.ts): monthly on a weekday of a given week
 * ("the second Tuesday"), monthly on a day of the month, or weekly, every `interval` months or
 * weeks, from one date to another. Every field given is checked, whether or not the pattern uses it.
 */
export const meetingSeriesSchema = z
  .object({
    boardId: id("a board"),
    frequency: z.enum(SERIES_FREQUENCIES, {
      error: "Choose how often: monthly on a weekday, monthly on a day of the month, or weekly",
    }),
    interval: whole("The number of months or weeks between meetings", 1, 12),
    weekday: optionalChoice(WEEKDAYS, "Choose a day of the week"),
    week: optionalChoice(WEEKS_OF_MONTH, "Choose which week of the month: first, second, third, fourth or last"),
    dayOfMonth: z.preprocess((v) => (v === "" ? undefined : v), whole("The day of the month", 1, 28).optional()),
    from: meetingDate,
    until: meetingDate,
    startTime,
    location,
  })
  .superRefine((s, ctx) => {
    if (s.frequency !== "monthly-day" && !s.weekday)
      ctx.addIssue({ code: "custom", path: ["weekday"], message: "Choose a day of the week" });
    if (s.frequency === "monthly-weekday" && !s.week)
      ctx.addIssue({ code: "custom", path: ["week"], message: "Choose which week of the month" });
    if (s.frequency === "monthly-day" && s.dayOfMonth === undefined)
      ctx.addIssue({ code: "custom", path: ["dayOfMonth"], message: "Enter the day of the month, from 1 to 28" });
    if (s.until < s.from)
      ctx.addIssue({ code: "custom", path: ["until"], message: "The last date must be on or after the first date" });
  });
export type MeetingSeriesInput = z.input<typeof meetingSeriesSchema>;
export type MeetingSeries = z.output<typeof meetingSeriesSchema>;

/** A series as the domain expands it. */
export function seriesSpecOf(s: MeetingSeries): SeriesSpec {
  const pattern: SeriesPattern =
    s.frequency === "monthly-day"
      ? { frequency: "monthly-day", interval: s.interval, dayOfMonth: s.dayOfMonth! }
      : s.frequency === "weekly"
        ? { frequency: "weekly", interval: s.interval, weekday: s.weekday! }
        : { frequency: "monthly-weekday", interval: s.interval, weekday: s.weekday!, week: s.week! };
  return { pattern, from: s.from, until: s.until, startTime: s.startTime };
}

/** Moving a meeting, or changing its time or venue (versioned). */
export const editMeetingSchema = z.object({
  meetingId: id("a meeting"),
  version,
  date: meetingDate,
  startTime,
  location,
});
export type EditMeetingInput = z.input<typeof editMeetingSchema>;

/** Cancelling a meeting: it is kept, marked cancelled, with the reason. */
export const cancelMeetingSchema = z.object({
  meetingId: id("a meeting"),
  version,
  reason: z
    .string({ error: "Enter why the meeting is cancelled" })
    .trim()
    .min(1, { error: "Enter why the meeting is cancelled" })
    .max(500, { error: "The reason must be 500 characters or fewer" }),
});
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;
