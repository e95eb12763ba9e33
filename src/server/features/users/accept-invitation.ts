import { acceptInvitationSchema } from "@/lib/schemas/users";
import { hashPassword } from "@/server/auth/password";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import type { Db, DbTx } from "@/server/data/database";
import { hashToken } from "./invitation-token";

/** Why a link cannot be used, in words that say nothing about whose it was. */
export const UNUSABLE = {
  unknown: "This link is not valid. Check that you copied all of it, or ask your administrator for a new one.",
  used: "This link has already been used. Sign in with the password you chose, or ask your administrator for a new link.",
  expired: "This link has expired. Ask your administrator to send you a new one.",
  revoked: "This link has been withdrawn. Ask your administrator for a new one if you still need it.",
} as const;
export type Unusable = keyof typeof UNUSABLE;

/** A link as its page shows it: who it is for while it is open, else only why it cannot be used. */
export async function openInvitation(db: DbTx, token: string, now: Date) {
  const invitation =
    token.length >= 20 && token.length <= 200
      ? await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } })
      : null;
  const reason: Unusable | null = !invitation
    ? "unknown"
    : invitation.usedAt
      ? "used"
      : invitation.revokedAt || invitation.user.disabled
        ? "revoked"
        : invitation.expiresAt <= now
          ? "expired"
          : null;
  if (!invitation || reason)
    return { open: false as const, reason: reason ?? "unknown", message: UNUSABLE[reason ?? "unknown"] };
  return {
    open: true as const,
    invitationId: invitation.id,
    name: invitation.user.name,
    email: invitation.user.email,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Accepts an invitation: sets the password chosen, marks the link used (once: of two requests at
 * the same moment only one succeeds) and records the sign-in. The caller starts the session.
 */
export async function acceptInvitation(db: Db, raw: unknown, now = new Date()) {
  const input = parse(acceptInvitationSchema, raw, "Check the password you chose");
  const found = await openInvitation(db, input.token, now);
  if (!found.open) throw new AppError("CONFLICT", found.message);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    await updateOnce(
      tx.invitation,
      { id: found.invitationId, usedAt: null, revokedAt: null },
      { usedAt: now },
      UNUSABLE.used,
    );
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: found.invitationId } });
    const user = await tx.user.update({
      where: { id: invitation.userId },
      // A new password ends every session held before it (sessionVersion).
      data: { passwordHash, lastSignInAt: now, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    await appendAudit(
      tx,
      { type: "user", userId: user.id },
      {
        action: "invitation.accept",
        entityType: "Invitation",
        entityId: invitation.id,
        after: { email: user.email, purpose: invitation.purpose },
      },
    );
    return { user: { id: user.id, email: user.email, name: user.name } };
  });
}
