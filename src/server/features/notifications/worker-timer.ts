import { noticeEnv } from "@/server/core/env";
import { createDatabase } from "@/server/data/database";
import { domainOf } from "./outbox-worker";
import { runNotifications } from "./run-notifications";
import { noticeSender } from "@/server/mail/send-mail";

/**
 * The notices worker on a timer inside `next start` (NOTIFICATIONS_WORKER=on), for the single-machine
 * install with no cron. Each run is scheduled when the previous one ends, so runs never overlap;
 * an error is logged and the next run goes ahead. Returns a function that stops it.
 */
export function startNotificationsTimer(source: NodeJS.ProcessEnv = process.env): () => void {
  const settings = noticeEnv(source);
  const db = createDatabase(source.DATABASE_URL);
  const sender = noticeSender(settings);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      const result = await runNotifications(db, {
        asOf: new Date(),
        sender,
        leaseSeconds: settings.NOTIFICATIONS_LEASE_SECONDS,
        messageIdDomain: domainOf(settings.SMTP_FROM),
      });
      if (result.queued + result.sent + result.failed > 0) console.warn("[notifications] run:", JSON.stringify(result));
    } catch (error) {
      console.warn("[notifications] run failed:", error instanceof Error ? error.message : error);
    } finally {
      if (!stopped) {
        timer = setTimeout(() => void tick(), settings.NOTIFICATIONS_INTERVAL_SECONDS * 1000);
        timer.unref();
      }
    }
  };
  // The first run waits a few seconds, so the server is up and serving first.
  timer = setTimeout(() => void tick(), 5_000);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
    void db.$disconnect();
  };
}
