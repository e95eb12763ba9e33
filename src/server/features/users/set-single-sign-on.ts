import { appendAudit, type Actor } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { revokeSessions } from "@/server/auth/session-token";

const CLI: Actor = { type: "system", label: "cli" };

/**
 * Marks an account for single sign-on, or takes the mark away (`cli user sso-on | sso-off`). Taking
 * it away also forgets the bound identity (issuer + subject), so marking it again lets the next
 * verified sign-in bind afresh: the way to move a user to a new provider account. It also ends the
 * user's sessions, since one may have come from the identity just forgotten.
 */
export async function setSingleSignOn(ctx: { db: Db }, userId: string, on: boolean) {
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "The user was not found");
  if (user.singleSignOn === on)
    throw new AppError(
      "CONFLICT",
      `${user.name}'s account is already ${on ? "marked" : "not marked"} for single sign-on. Nothing was changed.`,
    );
  return inTransaction(ctx.db, async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: on ? { singleSignOn: true } : { singleSignOn: false, oidcIssuer: null, oidcSubject: null },
    });
    if (!on) await revokeSessions(tx, user.id);
    await appendAudit(tx, CLI, {
      action: on ? "user.sso-on" : "user.sso-off",
      entityType: "User",
      entityId: user.id,
      before: {
        email: user.email,
        singleSignOn: user.singleSignOn,
        issuer: user.oidcIssuer,
        subject: user.oidcSubject,
      },
      after: { email: user.email, singleSignOn: on },
    });
    return {
      message: on
        ? `${user.name} may sign in with single sign-on; the first verified sign-in binds their identity.`
        : `${user.name} may no longer sign in with single sign-on; their bound identity is forgotten.`,
    };
  });
}
