import type { MailSender } from "@/server/mail/send-mail";
import { invitationLink, invitationMail } from "./invitation-token";

/**
 * Sends an invitation's link by email, after the invitation is saved. A failed send changes
 * nothing saved: the administrator is shown the link and why it was not emailed.
 */
export async function sendInvitation(
  options: { mail: MailSender | null; baseUrl: string },
  input: { user: { email: string; name: string }; token: string; expiresAt: Date; by: string | null },
): Promise<{ link: string; emailed: boolean; problem?: string }> {
  const link = invitationLink(options.baseUrl, input.token);
  if (!options.mail) return { link, emailed: false };
  try {
    await options.mail.send(
      invitationMail({ to: input.user.email, name: input.user.name, link, expiresAt: input.expiresAt, by: input.by }),
    );
    return { link, emailed: true };
  } catch (error) {
    console.warn(`Invitation email to ${input.user.email} not sent: ${(error as Error).message}`);
    return { link, emailed: false, problem: "The invitation email could not be sent" };
  }
}
