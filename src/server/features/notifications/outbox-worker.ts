import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "@/server/data/database";
import type { MailSender } from "@/server/mail/send-mail";

/**
 * Sending the outbox (issue 13, decision 021). Each row is claimed alone by a conditional update:
 * it is queued and due, or another worker's claim (its lease) has run out. The update says how many
 * rows it changed, so a count of 1 means this worker owns the row and no other will send it while the
 * lease lasts: the same on SQLite and PostgreSQL, with no locking statement of either. Then the
 * message is sent and marked sent. A failure is recorded and retried later (BACKOFF_MINUTES), until
 * MAX_ATTEMPTS, when the row stays as failed for an administrator to see. No row is ever deleted.
 */

/** Minutes before the 2nd, 3rd... attempt; the last figure repeats. */
export const BACKOFF_MINUTES = [1, 5, 30, 120, 480] as const;
/** Attempts before a row is left as failed. */
export const MAX_ATTEMPTS = 6;
export const DEFAULT_LEASE_SECONDS = 300;
export const DEFAULT_BATCH = 1000;

export const OUTBOX_STATUSES = ["queued", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface SendOutboxOptions {
  sender: MailSender;
  /** The clock (tests fix it); by default the real time, read at each claim. */
  now?: Date | (() => Date);
  /** Names this worker in `claimedBy` (host, process and a random part by default). */
  workerId?: string;
  /** At most this many rows per run. */
  batch?: number;
  leaseSeconds?: number;
  maxAttempts?: number;
  /** The right-hand side of each Message-ID: the sender's domain. */
  messageIdDomain?: string;
}

export interface SendOutboxResult {
  /** Messages sent in this run. */
  sent: number;
  /** Sends that failed in this run: retried later, or left as failed after the last attempt. */
  failed: number;
  /** Rows another worker claimed first. */
  skipped: number;
}

/** Minutes to wait after the nth failed attempt (1-based). */
export const backoffMinutes = (attempts: number) =>
  BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1] ?? BACKOFF_MINUTES[0];

/**
 * One Message-ID per idempotency key: a message sent twice (a worker killed between the send and
 * the mark) carries the same id both times, so a mail server or client can recognise it.
 */
export function messageIdOf(idempotencyKey: string, domain = "portal.localhost") {
  const digest = createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32);
  return `<notice.${digest}@${domain}>`;
}

/** The domain of an address such as "Portal <no-reply@council.gov.uk>". */
export function domainOf(from: string) {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "portal.localhost";
}

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/** The rows a worker may take at `now`: due and queued, or claimed under a lease that has run out. */
const claimable = (now: Date) => ({
  OR: [
    { status: "queued", nextAttemptAt: { lte: now } },
    { status: "sending", claimedUntil: { lt: now } },
  ],
});

export async function sendOutbox(db: Db, options: SendOutboxOptions): Promise<SendOutboxResult> {
  const clock =
    typeof options.now === "function" ? options.now : options.now ? () => options.now as Date : () => new Date();
  const workerId = options.workerId ?? newWorkerId();
  const leaseMs = (options.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const result: SendOutboxResult = { sent: 0, failed: 0, skipped: 0 };

  const candidates = await db.outboxMessage.findMany({
    where: claimable(clock()),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
    take: options.batch ?? DEFAULT_BATCH,
  });
  for (const { id } of candidates) {
    const now = clock();
    // A claim that fails (SQLite busy with another worker's write) is not ours: if it was saved after
    // all, its lease runs out and the row is taken again, so it is skipped here, never lost.
    const claimed = await db.outboxMessage
      .updateMany({
        where: { id, ...claimable(now) },
        data: { status: "sending", claimedBy: workerId, claimedUntil: new Date(now.getTime() + leaseMs) },
      })
      .then((c) => c.count === 1)
      .catch(() => false);
    if (!claimed) {
      result.skipped++;
      continue;
    }
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    try {
      await options.sender.send({
        to: row.toAddress,
        subject: row.subject,
        text: row.text,
        html: row.html,
        headers: parseHeaders(row.headers),
        messageId: messageIdOf(row.idempotencyKey, options.messageIdDomain),
      });
    } catch (error) {
      const attempts = row.attempts + 1;
      const gaveUp = attempts >= maxAttempts;
      await persistently(() =>
        db.outboxMessage.updateMany({
          where: { id, status: "sending", claimedBy: workerId },
          data: {
            status: gaveUp ? "failed" : "queued",
            attempts,
            lastError: describe(error),
            nextAttemptAt: gaveUp ? row.nextAttemptAt : new Date(clock().getTime() + backoffMinutes(attempts) * 60_000),
            claimedBy: null,
            claimedUntil: null,
          },
        }),
      );
      result.failed++;
      continue;
    }
    // Marked sent whoever holds the row now: it has gone, and must not go again.
    await persistently(() =>
      db.outboxMessage.updateMany({
        where: { id, status: { not: "sent" } },
        data: {
          status: "sent",
          sentAt: clock(),
          attempts: row.attempts + 1,
          lastError: null,
          claimedBy: null,
          claimedUntil: null,
        },
      }),
    );
    result.sent++;
  }
  return result;
}

/**
 * Records what happened to a claimed row, trying again while the database is busy (SQLite allows one
 * writer): a sent message not marked sent would be sent again when its lease ran out.
 */
async function persistently<T>(write: () => Promise<T>, tries = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

function parseHeaders(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

/** What an administrator reads about a failure: the SMTP reply when there is one, one line, bounded. */
function describe(error: unknown): string {
  const e = error as { message?: string; response?: string; responseCode?: number };
  const text = e?.response ?? e?.message ?? String(error);
  return text.replace(/\s+/g, " ").trim().slice(0, 1000) || "Unknown error";
}
