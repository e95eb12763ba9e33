import type { Db, DbTx } from "@/server/data/database";

export interface ThrottlePolicy {
  /** Failures for one account from one address before each further try waits 1, 2, 4 ... minutes. */
  maxFailuresPerAccount: number;
  /** Failures from one address, for any accounts, inside a window before the address is locked. */
  maxFailuresPerAddress: number;
  /** The longest wait, the per-address lock and window. */
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

/** A row untouched this long (and not locked) is forgotten: its failures no longer count. */
export const FORGET_AFTER_HOURS = 24;

/**
 * One counter per account and client address (so wrong passwords sent from one place never lock
 * the owner out from theirs), and one per address across accounts (the ceiling on spraying).
 * An unknown address has no counter of its own and shares the account's "unknown" counter.
 */
export const accountKey = (email: string, address: string | null) => `account:${address ?? "unknown"}|${email}`;
export const addressKey = (address: string) => `address:${address}`;

const plusMinutes = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** The wait after the nth failure for one account from one address: 0, then 1, 2, 4 ... minutes, capped. */
export function accountDelayMinutes(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.maxFailuresPerAccount) return 0;
  return Math.min(2 ** (failures - policy.maxFailuresPerAccount), policy.lockoutMinutes);
}

export interface ReservedKey {
  key: string;
  kind: "account" | "address";
  failures: number;
  /** The lock this try set, assuming it fails (a success lifts it). */
  lockedUntil: Date | null;
}

export type Reservation = { ok: true; keys: ReservedKey[] } | { ok: false; retryAfterMinutes: number };

class Locked extends Error {
  constructor(readonly until: Date) {
    super("locked");
  }
}

/**
 * Counts a try before its password is checked. Each key's count goes up in one statement
 * (INSERT ... ON CONFLICT DO UPDATE SET failures = failures + 1, Prisma's native upsert), which
 * holds the row's write lock until the transaction ends: concurrent tries for a key are counted one
 * after another, each sees the lock the one before it set, and a try that finds a lock is rolled
 * back (it does not count). So no number of parallel tries gets more guesses than the policy allows.
 */
export async function reserveAttempt(
  db: Db,
  ctx: { now: Date; policy: ThrottlePolicy },
  email: string,
  address: string | null,
): Promise<Reservation> {
  const keys: Pick<ReservedKey, "key" | "kind">[] = [
    { key: accountKey(email, address), kind: "account" },
    ...(address ? [{ key: addressKey(address), kind: "address" as const }] : []),
  ];
  try {
    const reserved = await db.$transaction(async (tx) => {
      const out: ReservedKey[] = [];
      for (const k of keys) out.push(await reserveKey(tx, k, ctx));
      return out;
    });
    return { ok: true, keys: reserved };
  } catch (error) {
    if (!(error instanceof Locked)) throw error;
    return {
      ok: false,
      retryAfterMinutes: Math.max(1, Math.ceil((error.until.getTime() - ctx.now.getTime()) / 60_000)),
    };
  }
}

async function reserveKey(
  tx: DbTx,
  { key, kind }: Pick<ReservedKey, "key" | "kind">,
  { now, policy }: { now: Date; policy: ThrottlePolicy },
): Promise<ReservedKey> {
  const unlocked = [{ lockedUntil: null }, { lockedUntil: { lte: now } }];
  if (kind === "address") {
    // The per-address ceiling counts inside a window; once it (and any lock) is over, the count starts again.
    await tx.loginThrottle.updateMany({
      where: { key, firstAt: { lt: plusMinutes(now, -policy.lockoutMinutes) }, OR: unlocked },
      data: { failures: 0, firstAt: now, lockedUntil: null, updatedAt: now },
    });
  }
  const row = await tx.loginThrottle.upsert({
    where: { key },
    create: { key, failures: 1, firstAt: now, updatedAt: now },
    update: { failures: { increment: 1 }, updatedAt: now },
  });
  if (row.lockedUntil && row.lockedUntil > now) throw new Locked(row.lockedUntil);
  const wait =
    kind === "account"
      ? accountDelayMinutes(row.failures, policy)
      : row.failures >= policy.maxFailuresPerAddress
        ? policy.lockoutMinutes
        : 0;
  const lockedUntil = wait > 0 ? plusMinutes(now, wait) : null;
  if (lockedUntil) await tx.loginThrottle.update({ where: { key }, data: { lockedUntil } });
  return { key, kind, failures: row.failures, lockedUntil };
}

/**
 * After the right password: the account's count from this address starts again, and the try is
 * taken off the address's count (officers signing in behind one NAT never reach its ceiling).
 */
export async function releaseAfterSuccess(db: Db, reserved: ReservedKey[]): Promise<void> {
  for (const r of reserved) {
    if (r.kind === "account") await db.loginThrottle.deleteMany({ where: { key: r.key } });
    else
      await db.loginThrottle.updateMany({
        where: { key: r.key, failures: { gt: 0 } },
        data: { failures: { decrement: 1 }, ...(r.lockedUntil ? { lockedUntil: null } : {}) },
      });
  }
}

/**
 * Deletes counters nobody has touched for FORGET_AFTER_HOURS and that hold no lock (an indexed
 * range on updatedAt). Run before every sign-in, so it is also what makes old failures forgotten.
 */
export async function purgeLoginThrottles(db: DbTx, now: Date): Promise<number> {
  const { count } = await db.loginThrottle.deleteMany({
    where: {
      updatedAt: { lt: new Date(now.getTime() - FORGET_AFTER_HOURS * 3_600_000) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
  });
  return count;
}
