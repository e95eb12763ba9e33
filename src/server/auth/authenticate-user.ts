import type { Db } from "@/server/data/database";
import { dummyHash, verifyPassword } from "./password";

export interface ThrottlePolicy {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  lockoutMinutes: number;
}

/** The throttling limits as the environment sets them (AUTH_MAX_FAILURES_*, AUTH_LOCKOUT_MINUTES). */
export const throttlePolicy = (e: {
  AUTH_MAX_FAILURES_PER_ACCOUNT: number;
  AUTH_MAX_FAILURES_PER_ADDRESS: number;
  AUTH_LOCKOUT_MINUTES: number;
}): ThrottlePolicy => ({
  maxFailuresPerAccount: e.AUTH_MAX_FAILURES_PER_ACCOUNT,
  maxFailuresPerAddress: e.AUTH_MAX_FAILURES_PER_ADDRESS,
  lockoutMinutes: e.AUTH_LOCKOUT_MINUTES,
});

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMinutes: number };

const accountKey = (email: string) => `email:${email}`;
const addressKey = (address: string) => `ip:${address}`;

/**
 * Checks an email and password. Failures are counted per account and per client address in the
 * database (so a lock survives restarts and holds across instances); past the limit the key is
 * locked for `lockoutMinutes` and the password is not even checked. Unknown accounts are counted
 * and timed like real ones, so the answer never tells whether an address has an account.
 */
export async function authenticateUser(
  ctx: { db: Db; now: Date; policy: ThrottlePolicy },
  input: { email: string; password: string; address: string | null },
): Promise<AuthenticationResult> {
  const { db, now, policy } = ctx;
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ...(input.address ? [addressKey(input.address)] : [])];

  const throttles = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const lockedUntil = throttles
    .map((t) => t.lockedUntil)
    .filter((d): d is Date => d !== null && d > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (lockedUntil) {
    return {
      ok: false,
      reason: "locked",
      retryAfterMinutes: Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000),
    };
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid =
    user && !user.disabled && user.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await dummyHash(), input.password), false);

  if (valid && user) {
    await db.loginThrottle.deleteMany({ where: { key: accountKey(email) } });
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
  }

  const windowStart = new Date(now.getTime() - policy.lockoutMinutes * 60_000);
  let locked = false;
  for (const key of keys) {
    const limit = key.startsWith("email:") ? policy.maxFailuresPerAccount : policy.maxFailuresPerAddress;
    const failures = await db.$transaction(async (tx) => {
      const current = await tx.loginThrottle.findUnique({ where: { key } });
      // Failures older than the window are forgotten: the count starts again.
      const fresh = !current || current.firstAt < windowStart;
      const row = await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures: 1, firstAt: now },
        update: fresh ? { failures: 1, firstAt: now, lockedUntil: null } : { failures: { increment: 1 } },
      });
      if (row.failures >= limit) {
        await tx.loginThrottle.update({
          where: { key },
          data: { lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) },
        });
      }
      return row.failures;
    });
    if (failures >= limit) locked = true;
  }
  return locked
    ? { ok: false, reason: "locked", retryAfterMinutes: policy.lockoutMinutes }
    : { ok: false, reason: "invalid" };
}
