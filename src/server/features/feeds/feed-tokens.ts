import { createHash, randomBytes } from "node:crypto";
import { feedTokenSchema } from "@/lib/schemas/feed-token";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { feedEnv } from "@/server/core/env";
import { inTransaction } from "@/server/core/transaction";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";

/**
 * A user's calendar-feed secret (the token in their feed addresses): renewed, revoked, looked up.
 * Only its hash is stored; the secret itself is shown once, when it is issued.
 */

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY = 24 * 60 * 60 * 1000;

/**
 * Issues a new feed secret for the user, revoking any earlier one. Returned once; only its hash is
 * kept. With CALENDAR_FEED_TOKEN_DAYS set (issue 14), it stops working that many days from now.
 */
export async function renewFeedToken(
  db: Db,
  viewer: Viewer,
  now = new Date(),
  days: number | null = feedEnv().CALENDAR_FEED_TOKEN_DAYS ?? null,
): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = days === null ? null : new Date(now.getTime() + days * DAY);
  await inTransaction(db, async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({
      where: { userId: viewer.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    const row = await tx.calendarFeedToken.create({
      data: { userId: viewer.userId, tokenHash: hash(token), createdAt: now, expiresAt },
    });
    // Never the secret or its hash: only that one was issued and how many earlier ones stopped.
    await appendAudit(tx, actorOf(viewer), {
      action: "feed-token.renew",
      entityType: "CalendarFeedToken",
      entityId: row.id,
      after: { issued: true, revokedEarlier: count, expiresAt },
    });
  });
  return token;
}

export async function revokeFeedTokens(db: Db, viewer: Viewer, now = new Date()) {
  await inTransaction(db, async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({
      where: { userId: viewer.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count > 0)
      await appendAudit(tx, actorOf(viewer), {
        action: "feed-token.revoke",
        entityType: "User",
        entityId: viewer.userId,
        after: { revoked: count },
      });
  });
}

/**
 * The account page's one form: renew (a new secret, which stops the old addresses) or revoke. The
 * secret is the user's own and touches no board, so being signed in is the authorisation.
 */
export async function changeFeedToken(
  ctx: { db: Db; viewer: Viewer; now?: Date },
  raw: unknown,
): Promise<{ intent: "renew"; token: string; expiresAt: Date | null } | { intent: "revoke" }> {
  const { intent } = parse(feedTokenSchema, raw, "Choose what to do with your calendar addresses");
  if (intent === "renew") {
    const token = await renewFeedToken(ctx.db, ctx.viewer, ctx.now);
    const row = await ctx.db.calendarFeedToken.findUniqueOrThrow({ where: { tokenHash: hash(token) } });
    return { intent: "renew", token, expiresAt: row.expiresAt };
  }
  await revokeFeedTokens(ctx.db, ctx.viewer, ctx.now);
  return { intent: "revoke" };
}

/** Whether a token row still opens feeds at `now`: not revoked, and not past its expiry. */
const live = (now: Date) => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

export async function hasFeedToken(db: DbTx, userId: string, now = new Date()) {
  return (await db.calendarFeedToken.count({ where: { userId, ...live(now) } })) > 0;
}

/**
 * The account page's view of the user's feed secret: whether one works now and when it stops
 * (null: never), or, when the latest has run out unrevoked, when it expired.
 */
export async function feedTokenStatus(db: DbTx, userId: string, now = new Date()) {
  const latest = await db.calendarFeedToken.findFirst({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!latest) return { active: false as const, expiresAt: null, expiredAt: null };
  if (latest.expiresAt && latest.expiresAt <= now)
    return { active: false as const, expiresAt: null, expiredAt: latest.expiresAt };
  return { active: true as const, expiresAt: latest.expiresAt, expiredAt: null };
}

/** The viewer a feed URL's secret stands for, or null: revoked, expired, unknown, or a disabled account. */
export async function viewerForFeedToken(db: DbTx, token: string | null, now = new Date()): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const row = await db.calendarFeedToken.findUnique({ where: { tokenHash: hash(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  return loadViewer(db, row.userId);
}
