import { escapeHtml } from "@/server/mail/send-mail";
import type { UnsubscribeCheck } from "./apply-unsubscribe";

/**
 * The small pages of the unsubscribe link (issue 13): served by a route handler, because the same
 * address must take the RFC 8058 one-click POST, so they carry their own plain, high-contrast styles
 * (the portal's colours, a visible focus ring) rather than the portal's layout. No sign-in, no script.
 */
const STYLE = `body{margin:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.5;color:#0b0c0c;background:#fff}
header{background:#0f2e59;color:#fff;padding:12px 16px;font-size:24px;font-weight:bold}
main{max-width:40rem;padding:24px 16px}h1{font-size:32px;margin:0 0 16px}
a{color:#1d4f91}button{min-height:44px;padding:8px 16px;font-size:19px;font-weight:bold;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;cursor:pointer}
a:focus,button:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}`;

function page(title: string, body: string): string {
  return [
    "<!doctype html>",
    `<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)} – Board governance portal</title><style>${STYLE}</style></head>`,
    `<body><header>Board governance portal</header><main id="main"><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  ].join("");
}

const settings =
  '<p>You can choose what you are sent on your <a href="/account/notifications">notification settings</a> page (sign-in needed).</p>';

/** The page a GET shows: what the link turns off, and a button to confirm (a GET never changes anything). */
export function confirmPage(check: UnsubscribeCheck, action: string): string {
  if (!check.ok) return refusedPage(check.reason);
  return page(
    "Stop these messages",
    `<p>This turns off one kind of message for ${escapeHtml(check.email)}:</p><p><strong>${escapeHtml(check.label)}</strong></p>` +
      `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
      `<button type="submit">Stop these messages</button></form>${settings}`,
  );
}

export function donePage(check: Extract<UnsubscribeCheck, { ok: true }>): string {
  return page(
    "You will no longer get these messages",
    `<p>Turned off for ${escapeHtml(check.email)}: <strong>${escapeHtml(check.label)}</strong>. Nothing else was changed.</p>${settings}`,
  );
}

export function refusedPage(reason: "invalid" | "used" | "bad-request"): string {
  const text = {
    invalid: ["This link is not valid", "Check that you copied the whole address from the message."],
    used: [
      "This link has already been used",
      "Each link works once. If you still get messages you do not want, use the link in the latest one.",
    ],
    "bad-request": ["This request was not understood", "Open the link from the message and use the button."],
  }[reason];
  return page(text[0]!, `<p>${escapeHtml(text[1]!)}</p>${settings}`);
}
