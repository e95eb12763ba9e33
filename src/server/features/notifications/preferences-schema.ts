import { z } from "zod";
import { DIGEST_FREQUENCIES, IMMEDIATE_KINDS, type ImmediateKind } from "./kinds";

/** The range of a digest's lead time, in days (issue 13: "due within their lead time"). */
export const MIN_LEAD_DAYS = 1;
export const MAX_LEAD_DAYS = 90;

/** The form field of an immediate kind's tick box. */
export const immediateField = (kind: ImmediateKind) => `immediate-${kind}` as const;

/** A tick box: "on" when ticked, absent (or blank) when not. */
const tick = z
  .enum(["on", ""], { error: "Tick the box or leave it empty" })
  .optional()
  .transform((v) => v === "on");

const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" });

/** The preferences page's form: what a person is sent (issue 13, build item 3). */
export const notificationPreferencesSchema = z.object({
  digest: z.enum(DIGEST_FREQUENCIES, { error: "Choose how often to get the digest: never, daily or weekly" }),
  leadDays: z.coerce
    .number({ error: `Enter a number of days from ${MIN_LEAD_DAYS} to ${MAX_LEAD_DAYS}` })
    .int({ error: `Enter a whole number of days from ${MIN_LEAD_DAYS} to ${MAX_LEAD_DAYS}` })
    .min(MIN_LEAD_DAYS, { error: `Enter a number of days from ${MIN_LEAD_DAYS} to ${MAX_LEAD_DAYS}` })
    .max(MAX_LEAD_DAYS, { error: `Enter a number of days from ${MIN_LEAD_DAYS} to ${MAX_LEAD_DAYS}` }),
  meetingDigest: tick,
  ...(Object.fromEntries(IMMEDIATE_KINDS.map((k) => [immediateField(k), tick])) as Record<
    ReturnType<typeof immediateField>,
    typeof tick
  >),
  version,
});
export type NotificationPreferencesInput = z.output<typeof notificationPreferencesSchema>;
