import type { DbTx } from "@/server/data/database";
import type { ImmediateKind, NoticeKind } from "./kinds";
import { preferencesOf } from "./preferences";
import { renderNoticeMail, type NoticeContent } from "./render-notice";
import { unsubscribeHeaders } from "./unsubscribe";

/**
 * Writing notices (issue 13, decision 021). Each is written inside the caller's transaction, so a
 * notice exists exactly when the change that causes it was saved: one Notification (the portal's list)
 * and, for a user with an address, one OutboxMessage (the mail the worker sends). The idempotency key
 * (subject + kind + date, with the user) makes a second write of the same notice a no-op.
 */
export interface Notice {
  kind: NoticeKind;
  content: NoticeContent;
  /** Unique for what the notice is about: "item-sent:<logEntryId>", "digest:weekly:2026-11-30". */
  key: string;
}

export interface NotifyOptions {
  /** The portal's public URL (NEXTAUTH_URL) for links in mail. */
  baseUrl: string;
  /** The unsubscribe secret (NEXTAUTH_SECRET); without it, no unsubscribe link (tests of content only). */
  secret: string | null;
}

/** Writes the notice for one user unless it exists already. Returns whether it was written. */
export async function notifyUser(
  tx: DbTx,
  user: { id: string; email: string; disabled?: boolean },
  notice: Notice,
  options: NotifyOptions,
  unsubscribeVersion = 1,
): Promise<boolean> {
  if (user.disabled) return false;
  const idempotencyKey = `${notice.key}:${user.id}`;
  if (await tx.notification.findUnique({ where: { idempotencyKey }, select: { id: true } })) return false;
  const notification = await tx.notification.create({
    data: {
      userId: user.id,
      kind: notice.kind,
      title: notice.content.title,
      body: notice.content.lines.map((l) => l.text).join("\n"),
      link: notice.content.link,
      idempotencyKey,
    },
  });
  const unsubscribe =
    options.secret !== null
      ? unsubscribeHeaders(options.baseUrl, options.secret, {
          userId: user.id,
          kind: notice.kind,
          version: unsubscribeVersion,
        })
      : null;
  const mail = renderNoticeMail(notice.content, {
    baseUrl: options.baseUrl,
    unsubscribeUrl: unsubscribe?.url ?? null,
  });
  await tx.outboxMessage.create({
    data: {
      notificationId: notification.id,
      userId: user.id,
      toAddress: user.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: JSON.stringify(unsubscribe?.headers ?? {}),
      idempotencyKey,
    },
  });
  return true;
}

/**
 * An immediate notice to whoever holds one of `roles` on one of `boardIds` and has that kind on
 * (by default, secretariat and chairs do). The person who caused it is not told of their own act.
 */
export async function notifyBoardRoles(
  tx: DbTx,
  target: {
    boardIds: readonly string[];
    roles: readonly ("secretariat" | "chair" | "member")[];
    exceptUserId?: string;
  },
  kind: ImmediateKind,
  notice: Omit<Notice, "kind">,
  options: NotifyOptions,
): Promise<number> {
  const grants = await tx.roleAssignment.findMany({
    where: { boardId: { in: [...target.boardIds] }, role: { in: [...target.roles] } },
    include: { user: true },
  });
  const users = [...new Map(grants.map((g) => [g.user.id, g.user])).values()].filter(
    (u) => !u.disabled && u.id !== target.exceptUserId,
  );
  const prefs = await preferencesOf(
    tx,
    users.map((u) => u.id),
  );
  let written = 0;
  for (const user of users) {
    const p = prefs.get(user.id)!;
    if (!p.immediate[kind]) continue;
    if (await notifyUser(tx, user, { ...notice, kind }, options, p.unsubscribeVersion)) written++;
  }
  return written;
}
