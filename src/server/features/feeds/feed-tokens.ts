import { createHash, randomBytes } from "node:crypto";
import { feedTokenSchema } from "@/lib/schemas/feed-token";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";

/**
 * A user's calendar-feed secret (the token in their feed addresses): renewed, revoked, looked up.
 * Only its hash is stored; the secret itself is shown once, when it is issued.
 */

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a new feed secret for the user, revoking any earlier one. Returned once; only its hash is kept. */
export async function renewFeedToken(db: Db, viewer: Viewer, now = new Date()): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await inTransaction(db, async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({
      where: { userId: viewer.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    const row = await tx.calendarFeedToken.create({ data: { userId: viewer.userId, tokenHash: hash(token) } });
    // Never the secret or its hash: only that one was issued and how many earlier ones stopped.
    await appendAudit(tx, actorOf(viewer), {
      action: "feed-token.renew",
      entityType: "CalendarFeedToken",
      entityId: row.id,
      after: { issued: true, revokedEarlier: count },
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
): Promise<{ intent: "renew"; token: string } | { intent: "revoke" }> {
  const { intent } = parse(feedTokenSchema, raw, "Choose what to do with your calendar addresses");
  if (intent === "renew") return { intent: "renew", token: await renewFeedToken(ctx.db, ctx.viewer, ctx.now) };
  await revokeFeedTokens(ctx.db, ctx.viewer, ctx.now);
  return { intent: "revoke" };
}

export async function hasFeedToken(db: DbTx, userId: string) {
  return (await db.calendarFeedToken.count({ where: { userId, revokedAt: null } })) > 0;
}

/** The viewer a feed URL's secret stands for, or null: revoked, unknown, or a disabled account. */
export async function viewerForFeedToken(db: DbTx, token: string | null): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const row = await db.calendarFeedToken.findUnique({ where: { tokenHash: hash(token) } });
  if (!row || row.revokedAt) return null;
  return loadViewer(db, row.userId);
}
