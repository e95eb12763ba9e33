import type { Db } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import { NOTICE_LABELS, type NoticeKind } from "./kinds";
import { preferencesOf, type Preferences } from "./preferences";
import { describe, storedImmediate } from "./save-preferences";
import { readUnsubscribeToken, type UnsubscribeClaim } from "./unsubscribe";

/**
 * One-click unsubscribe (issue 13, build item 3; RFC 8058; decision 021): the token alone, with no
 * sign-in, turns off the one preference it names for the one user it names. A forged or malformed
 * token, or one for an unknown or disabled user, is "invalid"; a token whose version is not the row's
 * unsubscribe version (a user with no row is at version 1) was used already, or superseded: "used".
 * Applying bumps that version, so each link works once, and the row's version, so a preferences form
 * opened before it cannot silently undo it.
 */
export type UnsubscribeCheck =
  { ok: true; claim: UnsubscribeClaim; label: string; email: string } | { ok: false; reason: "invalid" | "used" };

export async function checkUnsubscribe(db: Db, secret: string, token: string): Promise<UnsubscribeCheck> {
  const claim = readUnsubscribeToken(secret, token);
  if (!claim) return { ok: false, reason: "invalid" };
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: { email: true, disabled: true } });
  if (!user || user.disabled) return { ok: false, reason: "invalid" };
  const prefs = (await preferencesOf(db, [claim.userId])).get(claim.userId)!;
  if (prefs.unsubscribeVersion !== claim.version) return { ok: false, reason: "used" };
  return { ok: true, claim, label: NOTICE_LABELS[claim.kind], email: user.email };
}

/** The preferences with only `kind` turned off. */
export function without(p: Preferences, kind: NoticeKind): Preferences {
  if (kind === "digest") return { ...p, digest: "off" };
  if (kind === "meeting-digest") return { ...p, meetingDigest: false };
  return { ...p, immediate: { ...p.immediate, [kind]: false } };
}

export async function applyUnsubscribe(db: Db, secret: string, token: string): Promise<UnsubscribeCheck> {
  const check = await checkUnsubscribe(db, secret, token);
  if (!check.ok) return check;
  const { userId, kind, version } = check.claim;
  try {
    await inTransaction(db, async (tx) => {
      const before = (await preferencesOf(tx, [userId])).get(userId)!;
      const after = without(before, kind);
      const data = {
        digest: after.digest,
        leadDays: after.leadDays,
        meetingDigest: after.meetingDigest,
        immediate: storedImmediate(after.immediate),
      };
      const used = new AppError("CONFLICT", "This link has been used already");
      if (before.saved)
        await updateOnce(
          tx.notificationPreference,
          { userId, unsubscribeVersion: version },
          { ...data, unsubscribeVersion: { increment: 1 }, version: { increment: 1 } },
          () => used,
        );
      else if (version === 1)
        // The defaults become a saved row, less this one kind; the next link carries version 2.
        await tx.notificationPreference.create({ data: { userId, ...data, unsubscribeVersion: 2, version: 2 } });
      else throw used;
      await appendAudit(
        tx,
        { type: "system", label: "system" },
        {
          action: "notification-preferences.unsubscribe",
          entityType: "User",
          entityId: userId,
          before: { kind, ...describe(before) },
          after: { kind, ...describe(after) },
        },
      );
    });
  } catch (error) {
    // Two clicks at once: the other one applied it (a conflict, or the row created under us).
    if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "ALREADY_EXISTS"))
      return { ok: false, reason: "used" };
    throw error;
  }
  return check;
}
