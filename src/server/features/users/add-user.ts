import { addUserSchema } from "@/lib/schemas/users";
import { authorizeRoleScope, requireAdministrator } from "@/server/authz/authorize-user";
import type { Viewer } from "@/server/authz/load-viewer";
import { hashPassword } from "@/server/auth/password";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import type { MailSender } from "@/server/mail/send-mail";
import { formatLondonDateTime } from "@/lib/london-time";
import { createUser, grantRole } from "@/server/seed/builders";
import { describeRole } from "./describe-role";
import { createInvitation } from "./invitation-token";
import { sendInvitation } from "./send-invitation";

export interface InviteOptions {
  /** Sends the invitation by email; null (no SMTP_URL, or the CLI) shows the link instead. */
  mail: MailSender | null;
  /** The portal's public URL (NEXTAUTH_URL), for the link. */
  baseUrl: string;
}

/**
 * Adds a user (the invitation page; `cli user add`): with a role if given, and either a password
 * (the CLI's `--password-stdin`) or a one-time link to choose one. Administrators only, for roles
 * where they administer; `viewer: null` is the trusted command line at the server's console.
 */
export async function addUser(ctx: { db: Db; viewer: Viewer | null }, raw: unknown, options: InviteOptions) {
  const input = parse(addUserSchema, raw, "Check the new user's details");
  if (ctx.viewer) {
    if (input.scope) await authorizeRoleScope(ctx.db, ctx.viewer, input.scope);
    else requireAdministrator(ctx.viewer);
  }
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  const now = new Date();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const duplicate = {
    message: `There is already a user with the email address ${input.email}. Open their page to change their roles.`,
    fieldErrors: { email: ["There is already a user with this email address"] },
  };
  const role = input.role && input.scope ? await describeRole(ctx.db, input.role, input.scope) : null;
  const created = await inTransaction(
    ctx.db,
    async (tx) => {
      const user = await createUser(tx, { email: input.email, name: input.name, passwordHash });
      if (input.role && input.scope)
        await grantRole(tx, {
          userId: user.id,
          role: input.role,
          boardId: input.scope.type === "board" ? input.scope.boardId : null,
          areaId: input.scope.type === "area" ? input.scope.areaId : null,
        });
      const invitation = passwordHash
        ? null
        : await createInvitation(tx, {
            userId: user.id,
            purpose: ctx.viewer ? "invitation" : "sign-in",
            days: input.days,
            createdById: ctx.viewer?.userId ?? null,
            now,
          });
      await appendAudit(tx, actor, {
        action: passwordHash ? "user.create" : "user.invite",
        entityType: "User",
        entityId: user.id,
        after: {
          email: user.email,
          name: user.name,
          role,
          ...(invitation ? { invitationExpiresAt: invitation.invitation.expiresAt.toISOString() } : {}),
        },
      });
      return { user, invitation };
    },
    { duplicate },
  );
  const { user, invitation } = created;
  const summary = `${user.name} (${user.email})${role ? ` added as ${role}` : " added"}`;
  if (!invitation)
    return {
      user: { id: user.id, email: user.email, name: user.name },
      link: null,
      emailed: false,
      message: `${summary}. They can sign in with the password given.`,
    };
  const sent = await sendInvitation(options, {
    user,
    token: invitation.token,
    expiresAt: invitation.invitation.expiresAt,
    by: ctx.viewer?.name ?? null,
  });
  const until = formatLondonDateTime(invitation.invitation.expiresAt);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    link: sent.emailed ? null : sent.link,
    emailed: sent.emailed,
    expiresAt: invitation.invitation.expiresAt,
    message: sent.emailed
      ? `${summary}. Their invitation was emailed; the link works once, until ${until}.`
      : !ctx.viewer
        ? `${summary}. Their one-time sign-in link (on standard output) works once, until ${until}.`
        : `${summary}. ${sent.problem ?? "No mail server is set up (SMTP_URL)"}: give them this one-time link yourself. It works once, until ${until}.`,
  };
}
