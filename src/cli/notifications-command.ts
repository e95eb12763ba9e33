import { noticeEnv } from "@/server/core/env";
import type { Db } from "@/server/data/database";
import { domainOf } from "@/server/features/notifications/outbox-worker";
import { runNotifications } from "@/server/features/notifications/run-notifications";
import { noticeSender } from "@/server/mail/send-mail";

/**
 * `cli notifications run`: queue the digests due at a moment, then send the outbox (decision 021).
 * Safe from cron every few minutes and from two machines at once: rows are claimed one at a time.
 */
export const NOTIFICATIONS_USAGE = "notifications run [--as-of <ISO datetime>] [--json]";

export class NotificationsUsageError extends Error {}

export interface NotificationsArgs {
  asOf: Date;
  json: boolean;
}

export function parseNotificationsArgs(argv: readonly string[], now = new Date()): NotificationsArgs {
  const [action, ...args] = argv;
  if (action !== "run")
    throw new NotificationsUsageError(
      `notifications needs "run"${action ? ` (not "${action}")` : ""}: ${NOTIFICATIONS_USAGE}`,
    );
  const parsed: NotificationsArgs = { asOf: now, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") parsed.json = true;
    else if (arg === "--as-of") {
      const value = args[++i];
      if (!value || value.startsWith("--"))
        throw new NotificationsUsageError("--as-of needs a value, e.g. --as-of 2026-11-30T07:00:00Z");
      // A date and time with its offset, so that the moment is never read in the machine's zone.
      const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
      const asOf = new Date(value);
      if (!iso.test(value) || Number.isNaN(asOf.getTime()))
        throw new NotificationsUsageError(
          `--as-of takes an ISO date and time with its offset, e.g. 2026-11-30T07:00:00Z or 2026-11-30T08:00:00+01:00; got "${value}"`,
        );
      parsed.asOf = asOf;
    } else throw new NotificationsUsageError(`Unknown option "${arg}" for notifications run. Options: --as-of, --json`);
  }
  return parsed;
}

/** Runs `notifications run`; exit status 0 done (even when some sends failed: they are retried), 2 bad usage. */
export async function runNotificationsCommand(
  openDb: () => Db,
  argv: readonly string[],
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  let args: NotificationsArgs;
  let settings: ReturnType<typeof noticeEnv>;
  try {
    args = parseNotificationsArgs(argv);
    settings = noticeEnv();
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    io.err(error.message);
    return 2;
  }
  const db = openDb();
  try {
    const result = await runNotifications(db, {
      asOf: args.asOf,
      sender: noticeSender(settings),
      leaseSeconds: settings.NOTIFICATIONS_LEASE_SECONDS,
      messageIdDomain: domainOf(settings.SMTP_FROM),
    });
    if (args.json) io.out(JSON.stringify(result, null, 2));
    else
      io.err(
        `Queued ${result.queued}, sent ${result.sent}, failed ${result.failed}, skipped ${result.skipped}` +
          (settings.SMTP_URL ? "." : ` (no SMTP_URL: messages written to ${settings.MAIL_DIR}).`),
      );
    return 0;
  } finally {
    await db.$disconnect();
  }
}
