import { escapeHtml } from "@/server/mail/send-mail";

/**
 * A notice as mail (issue 13): plain text and accessible HTML (a heading, a list with one line per
 * item, links with words rather than bare addresses, no images), the council's name, dates written
 * "30 September 2026". The same content is what the portal's notifications list shows.
 */
export interface NoticeLine {
  text: string;
  /** A path in the portal ("/areas/kent/items/…"). */
  link?: string;
}

export interface NoticeContent {
  /** The council (the area's name), shown in the subject and the footer. */
  council: string;
  title: string;
  /** A sentence before the lines, if any. */
  intro?: string;
  lines: NoticeLine[];
  /** The page the notice is about. */
  link: string;
  /** Why the person gets it, and how to stop it (the footer). */
  reason: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const absolute = (baseUrl: string, path: string) => `${baseUrl.replace(/\/$/, "")}${path}`;

export function renderNoticeMail(
  notice: NoticeContent,
  options: { baseUrl: string; unsubscribeUrl: string | null; preferencesPath?: string },
): RenderedMail {
  const prefs = absolute(options.baseUrl, options.preferencesPath ?? "/account/notifications");
  const text = [
    notice.title,
    "",
    ...(notice.intro ? [notice.intro, ""] : []),
    ...notice.lines.map((l) => `- ${l.text}${l.link ? `: ${absolute(options.baseUrl, l.link)}` : ""}`),
    "",
    `Open in the portal: ${absolute(options.baseUrl, notice.link)}`,
    "",
    "--",
    `${notice.council}. ${notice.reason}`,
    `Change what you are sent: ${prefs}`,
    ...(options.unsubscribeUrl ? [`Stop these messages: ${options.unsubscribeUrl}`] : []),
  ].join("\n");
  const item = (l: NoticeLine) =>
    `<li>${l.link ? `<a href="${escapeHtml(absolute(options.baseUrl, l.link))}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text)}</li>`;
  const html = [
    "<!doctype html>",
    `<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(notice.title)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">',
    `<h1 style="font-size: 22px;">${escapeHtml(notice.title)}</h1>`,
    notice.intro ? `<p>${escapeHtml(notice.intro)}</p>` : "",
    notice.lines.length ? `<ul>${notice.lines.map(item).join("")}</ul>` : "",
    `<p><a href="${escapeHtml(absolute(options.baseUrl, notice.link))}">Open in the portal</a></p>`,
    `<hr><p style="font-size: 14px;">${escapeHtml(notice.council)}. ${escapeHtml(notice.reason)} `,
    `<a href="${escapeHtml(prefs)}">Change what you are sent</a>`,
    options.unsubscribeUrl ? ` or <a href="${escapeHtml(options.unsubscribeUrl)}">stop these messages</a>` : "",
    ".</p></body></html>",
  ].join("");
  return { subject: `${notice.title} (${notice.council})`, text, html };
}
