import { z } from "zod";

/** An outbox message an administrator sends again (issue 13): its id only. */
export const retryOutboxMessageSchema = z
  .object({
    id: z
      .string({ error: "Choose the message to send again" })
      .trim()
      .min(1, { error: "Choose the message to send again" })
      .max(64, { error: "Choose the message to send again" }),
  })
  .strict();
