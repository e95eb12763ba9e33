import { env } from "@/server/core/env";
import { db } from "@/server/data/db";
import { applyUnsubscribe, checkUnsubscribe } from "@/server/features/notifications/apply-unsubscribe";
import { confirmPage, donePage, refusedPage } from "@/server/features/notifications/unsubscribe-page";

/**
 * The unsubscribe link of every message (issue 13, RFC 8058). No sign-in: the signed token is the
 * authority, for one preference of one user. GET shows what it turns off and a button; POST with the
 * body `List-Unsubscribe=One-Click` (a mail client's one-click, or that button) applies it, once.
 */
type Params = { params: Promise<{ token: string }> };

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });

const REFUSED_STATUS = { invalid: 404, used: 410 } as const;

export async function GET(_request: Request, { params }: Params) {
  const { token } = await params;
  const check = await checkUnsubscribe(db, env().NEXTAUTH_SECRET, token);
  if (!check.ok) return html(refusedPage(check.reason), REFUSED_STATUS[check.reason]);
  return html(confirmPage(check, `/unsubscribe/${encodeURIComponent(token)}`));
}

/** Whether the body is RFC 8058's `List-Unsubscribe=One-Click` (form-encoded or multipart). */
async function isOneClick(request: Request): Promise<boolean> {
  if (Number(request.headers.get("content-length") ?? 0) > 10_000) return false;
  try {
    const form = await request.formData();
    return form.get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

export async function POST(request: Request, { params }: Params) {
  const { token } = await params;
  if (!(await isOneClick(request))) return html(refusedPage("bad-request"), 400);
  const result = await applyUnsubscribe(db, env().NEXTAUTH_SECRET, token);
  if (!result.ok) return html(refusedPage(result.reason), REFUSED_STATUS[result.reason]);
  return html(donePage(result));
}
