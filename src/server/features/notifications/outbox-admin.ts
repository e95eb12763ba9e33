import { retryOutboxMessageSchema } from "@/lib/schemas/outbox";
import type { Viewer } from "@/server/authz/load-viewer";
import { requireGlobalAdministrator } from "@/server/authz/authorize-area";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db, DbTx } from "@/server/data/database";
import { OUTBOX_STATUSES, type OutboxStatus } from "./outbox-worker";

/**
 * The outbox as administrators of everything see it (issue 13, decision 021): how many messages are
 * in each state, the failed ones with their last error, the latest, and one message's text.
 */
const listed = {
  id: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const;

export async function loadOutbox(ctx: { db: DbTx; viewer: Viewer }, options: { recent?: number } = {}) {
  requireGlobalAdministrator(ctx.viewer, "see the outbox");
  const groups = await ctx.db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const g of groups) if (g.status in counts) counts[g.status as OutboxStatus] = g._count._all;
  const [failed, recent] = await Promise.all([
    ctx.db.outboxMessage.findMany({ where: { status: "failed" }, orderBy: { createdAt: "desc" }, select: listed }),
    ctx.db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.recent ?? 50,
      select: listed,
    }),
  ]);
  return { counts, failed, recent };
}

export async function loadOutboxMessage(ctx: { db: DbTx; viewer: Viewer }, id: string) {
  requireGlobalAdministrator(ctx.viewer, "see the outbox");
  const message = await ctx.db.outboxMessage.findUnique({ where: { id } });
  if (!message) throw notFound("The message");
  return message;
}

/**
 * Puts a failed message back in the queue, with its attempts counted afresh, for the next run of the
 * worker (after the mail server has been fixed, say). Only a failed message: one queued, being sent
 * or sent is left alone, so a retry never sends a message twice.
 */
export async function retryOutboxMessage(ctx: { db: Db; viewer: Viewer }, raw: unknown, now = new Date()) {
  requireGlobalAdministrator(ctx.viewer, "send outbox messages again");
  const input = parse(retryOutboxMessageSchema, raw, "Choose the message to send again");
  return inTransaction(ctx.db, async (tx) => {
    const message = await tx.outboxMessage.findUnique({ where: { id: input.id } });
    if (!message) throw notFound("The message");
    const requeued = await tx.outboxMessage.updateMany({
      where: { id: message.id, status: "failed" },
      data: { status: "queued", attempts: 0, nextAttemptAt: now, claimedBy: null, claimedUntil: null },
    });
    if (requeued.count !== 1)
      throw new AppError("CONFLICT", `That message is ${message.status}, not failed: there is nothing to retry`);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "outbox.retry",
      entityType: "OutboxMessage",
      entityId: message.id,
      before: { status: message.status, attempts: message.attempts, lastError: message.lastError },
      after: { status: "queued", attempts: 0 },
    });
    return { message: `The message to ${message.toAddress} will be sent again at the next run.` };
  });
}
