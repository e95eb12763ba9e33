import { decode, encode, type JWT } from "next-auth/jwt";
import type { Db, DbTx } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";

/**
 * What a session token carries besides next-auth's own claims: `sv`, the user's sessionVersion
 * when it was issued (a bump at sign-out, disabling or a new password refuses every older token),
 * and `authTime`, the sign-in in seconds. next-auth re-issues the JWT with a fresh `iat` and `exp`
 * whenever its session endpoint is polled; `authTime` is copied along, so the session still ends
 * SESSION_MAX_AGE_HOURS after the sign-in, however often it is refreshed.
 */
export interface SessionClaims {
  sv: number;
  authTime: number;
}

/** The claims for a session starting now, or null for a user who cannot have one. */
export async function sessionClaims(db: DbTx, userId: string | undefined, now = new Date()) {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { sv: user.sessionVersion, authTime: Math.floor(now.getTime() / 1000) } satisfies SessionClaims;
}

export async function encodeSession(
  db: DbTx,
  user: { id: string; email: string; name: string },
  settings: { secret: string; maxAgeHours: number },
  now = new Date(),
): Promise<string | null> {
  const claims = await sessionClaims(db, user.id, now);
  if (!claims) return null;
  const token: JWT = { sub: user.id, email: user.email, name: user.name, ...claims };
  return encode({ token, secret: settings.secret, maxAge: settings.maxAgeHours * 3600 });
}

/**
 * The viewer a session token stands for, or null: an undecodable or expired token, one without
 * our claims (none we issue), one older than the absolute lifetime, or one whose version the
 * user's sessionVersion has moved past.
 */
export async function viewerFromToken(
  db: DbTx,
  token: string,
  settings: { secret: string; maxAgeHours: number },
  now = new Date(),
): Promise<Viewer | null> {
  const claims = await decode({ token, secret: settings.secret }).catch(() => null);
  if (!claims?.sub || typeof claims.sv !== "number" || typeof claims.authTime !== "number") return null;
  if (now.getTime() >= (claims.authTime + settings.maxAgeHours * 3600) * 1000) return null;
  return loadViewer(db, claims.sub, { sessionVersion: claims.sv });
}

/**
 * Ends every session of the user (all carry the old version), in the caller's transaction. Used
 * at sign-out (the cookie alone is not the session: a copy of it would still work), disabling
 * and setting a password.
 */
export async function revokeSessions(tx: DbTx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Sign-out: the user's sessions end server-side, and it is audited. */
export async function signOutUser(db: Db, userId: string) {
  await db.$transaction(async (tx) => {
    await revokeSessions(tx, userId);
    await appendAudit(tx, { type: "user", userId }, { action: "auth.sign-out", entityType: "User", entityId: userId });
  });
}
