import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTICE_KINDS, type NoticeKind } from "./kinds";

/**
 * One-click unsubscribe (RFC 8058): a link that needs no sign-in and touches only one preference of
 * one user. The token is the user, the kind and the preference row's unsubscribe version, signed with
 * HMAC-SHA-256 under the portal's secret; a forged token fails the signature, and a used one fails
 * the version (using it bumps the version), so a replay is refused.
 */
export interface UnsubscribeClaim {
  userId: string;
  kind: NoticeKind;
  version: number;
}

const sign = (secret: string, payload: string) =>
  createHmac("sha256", `unsubscribe:${secret}`).update(payload).digest("base64url");

export function unsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(`${claim.userId}.${claim.kind}.${claim.version}`).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

/** The claim a token makes, if its signature holds; null for anything forged or malformed. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 400) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, kind, version] = Buffer.from(payload, "base64url").toString("utf8").split(".");
  if (!userId || !kind || !version || !(NOTICE_KINDS as readonly string[]).includes(kind) || !/^\d{1,9}$/.test(version))
    return null;
  return { userId, kind: kind as NoticeKind, version: Number(version) };
}

export function unsubscribeHeaders(baseUrl: string, secret: string, claim: UnsubscribeClaim) {
  const url = `${baseUrl.replace(/\/$/, "")}/unsubscribe/${unsubscribeToken(secret, claim)}`;
  return {
    url,
    headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
