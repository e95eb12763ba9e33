import type { Db } from "@/server/data/database";
import type { MailSender } from "@/server/mail/send-mail";
import { queueDueDigests } from "./digests";
import { sendOutbox, type SendOutboxOptions } from "./outbox-worker";

/** What one run did: `cli notifications run` prints these four names (a contract; see the README). */
export interface NotificationsRunResult {
  /** Digests written to the outbox for this moment. */
  queued: number;
  /** Messages sent. */
  sent: number;
  /** Sends that failed (retried later with backoff, or left as failed after the last attempt). */
  failed: number;
  /** Digests already queued for this moment, and messages another worker took first. */
  skipped: number;
}

/**
 * One run of the notices worker (decision 021): queue the digests due at `asOf`, then send the
 * outbox by the real clock. The CLI, the `next start` timer and the benchmark all call this.
 */
export async function runNotifications(
  db: Db,
  options: { asOf: Date; sender: MailSender } & Omit<SendOutboxOptions, "sender">,
): Promise<NotificationsRunResult> {
  const { asOf, ...send } = options;
  const digests = await queueDueDigests(db, asOf);
  const outbox = await sendOutbox(db, send);
  return {
    queued: digests.queued,
    sent: outbox.sent,
    failed: outbox.failed,
    skipped: digests.skipped + outbox.skipped,
  };
}
