import type { Db } from "@/server/data/database";
import { appendAudit, type Actor } from "@/server/core/audit";
import { dummyHash, verifyPassword } from "./password";
import { purgeLoginThrottles, releaseAfterSuccess, reserveAttempt, type ThrottlePolicy } from "./login-throttle";

export { throttlePolicy, type ThrottlePolicy } from "./login-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMinutes: number };

const SYSTEM: Actor = { type: "system", label: "system" };

/**
 * Checks an email and password. Each try is counted before its password is checked, per account
 * and client address and per address (login-throttle.ts), in the database, so a lock survives
 * restarts and holds across instances; a locked try is refused without checking the password.
 * Unknown accounts are counted and timed like real ones, so the answer never tells whether an
 * address has an account. Sign-ins, failures and lock-outs are audited: the user's id when the
 * email is an account's (never the email as typed otherwise, nor any password) and the address.
 */
export async function authenticateUser(
  ctx: { db: Db; now: Date; policy: ThrottlePolicy },
  input: { email: string; password: string; address: string | null },
): Promise<AuthenticationResult> {
  const { db, now, policy } = ctx;
  const email = input.email.trim().toLowerCase();
  const address = input.address;
  await purgeLoginThrottles(db, now);

  const reservation = await reserveAttempt(db, { now, policy }, email, address);
  if (!reservation.ok) return { ok: false, reason: "locked", retryAfterMinutes: reservation.retryAfterMinutes };

  const user = await db.user.findUnique({ where: { email } });
  const valid =
    user && !user.disabled && user.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await dummyHash(), input.password), false);

  if (valid && user) {
    await releaseAfterSuccess(db, reservation.keys);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await appendAudit(
        tx,
        { type: "user", userId: user.id },
        { action: "auth.sign-in", entityType: "User", entityId: user.id, after: { address } },
        now,
      );
    });
    return {
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
    };
  }

  // A failure whose email is no account's is recorded without it: what was typed may be anything.
  const entity = user
    ? { entityType: "User", entityId: user.id }
    : { entityType: "SignIn", entityId: "unknown-account" };
  const locks = reservation.keys.filter((k) => k.lockedUntil);
  await db.$transaction(async (tx) => {
    await appendAudit(tx, SYSTEM, { action: "auth.sign-in-failed", ...entity, after: { address } }, now);
    for (const lock of locks)
      await appendAudit(
        tx,
        SYSTEM,
        {
          action: "auth.lock-out",
          ...entity,
          after: { address, scope: lock.kind, failures: lock.failures, until: lock.lockedUntil!.toISOString() },
        },
        now,
      );
  });
  const longest = Math.max(0, ...locks.map((k) => k.lockedUntil!.getTime()));
  return locks.length > 0
    ? { ok: false, reason: "locked", retryAfterMinutes: Math.ceil((longest - now.getTime()) / 60_000) }
    : { ok: false, reason: "invalid" };
}
