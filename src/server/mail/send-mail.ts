import nodemailer from "nodemailer";

/** One message: plain text for every mail client, HTML for those that show it. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What sends mail. Invitations use it now; later notices (reminders, overdue items) reuse it. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

/**
 * A sender over SMTP (nodemailer), e.g. `smtp://user:pass@mail.example.org:587` or `smtps://...:465`.
 * Returns null when no SMTP_URL is set: callers then show a link to the administrator instead.
 */
export function smtpSender(settings: { SMTP_URL?: string | undefined; SMTP_FROM: string }): MailSender | null {
  if (!settings.SMTP_URL) return null;
  const transport = nodemailer.createTransport(settings.SMTP_URL);
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.SMTP_FROM, ...mail });
    },
  };
}

/** Text put into HTML as text. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
