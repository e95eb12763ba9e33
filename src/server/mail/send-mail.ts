import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer from "nodemailer";

/** One message: plain text for every mail client, HTML for those that show it. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (a notice's List-Unsubscribe and List-Unsubscribe-Post). */
  headers?: Record<string, string>;
  /** "<id@domain>": the outbox gives each message a stable one, so a resend can be recognised. */
  messageId?: string;
}

/** What sends mail. Invitations use it; the notices' outbox worker reuses it. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

/**
 * Short timeouts: a notice's claim on its outbox row (its lease) must outlast one send, so a send
 * may never hang for nodemailer's default ten minutes.
 */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * A sender over SMTP (nodemailer), e.g. `smtp://user:pass@mail.example.org:587` or `smtps://...:465`.
 * Returns null when no SMTP_URL is set: callers then show a link to the administrator instead.
 */
export function smtpSender(settings: { SMTP_URL?: string | undefined; SMTP_FROM: string }): MailSender | null {
  if (!settings.SMTP_URL) return null;
  const transport = nodemailer.createTransport({ url: settings.SMTP_URL, ...TIMEOUTS });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.SMTP_FROM, ...mail });
    },
  };
}

/**
 * A sender that writes each message as an `.eml` file (the demo, with no SMTP server): any mail
 * client opens one. The file is named after the Message-ID, so writing one message twice keeps one file.
 */
export function emlSender(settings: { MAIL_DIR: string; SMTP_FROM: string }): MailSender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: settings.SMTP_FROM, ...mail });
      const id = (mail.messageId ?? info.messageId).replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^_+|_+$/g, "");
      mkdirSync(settings.MAIL_DIR, { recursive: true });
      writeFileSync(join(settings.MAIL_DIR, `${id}.eml`), info.message as Buffer);
    },
  };
}

/** The notices' sender: SMTP when SMTP_URL is set, otherwise `.eml` files in MAIL_DIR. */
export function noticeSender(settings: { SMTP_URL?: string | undefined; SMTP_FROM: string; MAIL_DIR: string }) {
  return smtpSender(settings) ?? emlSender(settings);
}

/** Text put into HTML as text. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
