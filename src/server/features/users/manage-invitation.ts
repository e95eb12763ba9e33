import { renewInvitationSchema, revokeInvitationSchema } from "@/lib/schemas/users";
import { formatLondonDateTime } from "@/lib/london-time";
import { authorizeInvitation, authorizeUser } from "@/server/authz/authorize-user";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";
import type { InviteOptions } from "./add-user";
import { createInvitation } from "./invitation-token";
import { sendInvitation } from "./send-invitation";

type Ctx = { db: Db; viewer: Viewer | null };
const actorFor = (ctx: Ctx): Actor => (ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" });

/** Sends a user a new one-time link (to set up their account, or a new password); any open link stops working. */
export async function renewInvitation(ctx: Ctx, raw: unknown, options: InviteOptions) {
  const input = parse(renewInvitationSchema, raw, "Could not send a new link");
  const user = ctx.viewer
    ? await authorizeUser(ctx.db, ctx.viewer, input.userId)
    : await ctx.db.user.findUnique({ where: { id: input.userId } });
  if (!user) throw notFound("The user");
  if (user.disabled)
    throw new AppError("CONFLICT", `${user.name}'s account is disabled: enable it before sending a link.`);
  const { token, invitation } = await inTransaction(ctx.db, async (tx) => {
    const created = await createInvitation(tx, {
      userId: user.id,
      purpose: "invitation",
      days: input.days,
      createdById: ctx.viewer?.userId ?? null,
      now: new Date(),
    });
    await appendAudit(tx, actorFor(ctx), {
      action: "invitation.create",
      entityType: "Invitation",
      entityId: created.invitation.id,
      after: { email: user.email, expiresAt: created.invitation.expiresAt.toISOString() },
    });
    return created;
  });
  const sent = await sendInvitation(options, {
    user,
    token,
    expiresAt: invitation.expiresAt,
    by: ctx.viewer?.name ?? null,
  });
  const until = formatLondonDateTime(invitation.expiresAt);
  return {
    link: sent.emailed ? null : sent.link,
    emailed: sent.emailed,
    message: sent.emailed
      ? `A new link was emailed to ${user.email}; it works once, until ${until}. Any earlier link no longer works.`
      : `${sent.problem ?? "No mail server is set up (SMTP_URL)"}: give ${user.name} this one-time link yourself. It works once, until ${until}; any earlier link no longer works.`,
  };
}

/** Withdraws an open invitation: its link stops working at once. */
export async function revokeInvitation(ctx: Ctx, raw: unknown) {
  const input = parse(revokeInvitationSchema, raw, "Could not withdraw the invitation");
  const invitation = await authorizeInvitation(ctx.db, ctx.viewer, input.invitationId);
  const closed = "This invitation was already used or withdrawn. Nothing was changed.";
  if (invitation.usedAt || invitation.revokedAt) throw new AppError("CONFLICT", closed);
  return inTransaction(ctx.db, async (tx) => {
    await updateOnce(
      tx.invitation,
      { id: invitation.id, usedAt: null, revokedAt: null },
      { revokedAt: new Date() },
      closed,
    );
    await appendAudit(tx, actorFor(ctx), {
      action: "invitation.revoke",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { email: invitation.user.email, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { message: `The invitation to ${invitation.user.email} was withdrawn: its link no longer works.` };
  });
}
