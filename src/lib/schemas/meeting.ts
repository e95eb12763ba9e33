import { z } from "zod";
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
