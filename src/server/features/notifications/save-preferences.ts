import { immediateField, notificationPreferencesSchema } from "@/server/features/notifications/preferences-schema";
import type { Db } from "@/server/data/database";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateOnce } from "@/server/core/versioned";
import { IMMEDIATE_KINDS, type ImmediateKind } from "./kinds";
import { preferencesOf, type Preferences } from "./preferences";

/**
 * A person's own choice of what they are sent (issue 13, build item 3). The row is theirs alone, so
 * being signed in is the authorisation. With no row yet they saw their roles' defaults as version 1;
 * the first save creates the row at version 2, so a second form opened on the defaults is refused.
 */
const CONFLICT =
  "Your notification settings were changed in another window or by an unsubscribe link. Reload the page and try again.";

/** What the page shows as the row's version: the defaults count as version 1. */
export const shownVersion = (p: Preferences) => (p.saved ? p.version : 1);

export function storedImmediate(immediate: Record<ImmediateKind, boolean>): string {
  return JSON.stringify(Object.fromEntries(IMMEDIATE_KINDS.map((k) => [k, immediate[k]])));
}

export async function myNotificationPreferences(db: Db, viewer: Viewer): Promise<Preferences> {
  return (await preferencesOf(db, [viewer.userId])).get(viewer.userId)!;
}

export async function saveNotificationPreferences(ctx: { db: Db; viewer: Viewer }, raw: unknown): Promise<Preferences> {
  const input = parse(notificationPreferencesSchema, raw, "Check your notification settings");
  const userId = ctx.viewer.userId;
  const immediate = Object.fromEntries(IMMEDIATE_KINDS.map((k) => [k, input[immediateField(k)]])) as Record<
    ImmediateKind,
    boolean
  >;
  const data = {
    digest: input.digest,
    leadDays: input.leadDays,
    meetingDigest: input.meetingDigest,
    immediate: storedImmediate(immediate),
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const before = (await preferencesOf(tx, [userId])).get(userId)!;
      await requireVersion({ version: shownVersion(before) }, input.version, CONFLICT);
      if (before.saved)
        await updateOnce(
          tx.notificationPreference,
          { userId, version: input.version },
          { ...data, version: { increment: 1 } },
          CONFLICT,
        );
      else await tx.notificationPreference.create({ data: { userId, ...data, version: 2 } });
      const after = (await preferencesOf(tx, [userId])).get(userId)!;
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "notification-preferences.save",
        entityType: "NotificationPreference",
        entityId: userId,
        before: before.saved ? describe(before) : null,
        after: describe(after),
      });
      return after;
    },
    { duplicate: CONFLICT },
  );
}

/** The audit's view of a choice (no versions). */
export const describe = (p: Preferences) => ({
  digest: p.digest,
  leadDays: p.leadDays,
  meetingDigest: p.meetingDigest,
  immediate: p.immediate,
});
