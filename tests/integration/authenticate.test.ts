import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/server/data/database";
import { authenticateUser, type ThrottlePolicy } from "@/server/auth/authenticate-user";
import { accountKey, addressKey, purgeLoginThrottles } from "@/server/auth/login-throttle";
import { makeUser } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase();
const policy: ThrottlePolicy = { maxFailuresPerAccount: 3, maxFailuresPerAddress: 8, lockoutMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 9, 0) + minutes * 60_000);
const HOME = "192.0.2.10";
const BEA = "192.0.2.12";
const attempt = (email: string, password: string, minutes: number, address: string | null = HOME, db = t.db) =>
  authenticateUser({ db, now: at(minutes), policy }, { email, password, address });
const audits = (action: string) => t.db.auditEntry.findMany({ where: { action }, orderBy: { at: "asc" } });

const users: Record<string, string> = {};
beforeAll(async () => {
  for (const email of ["ada", "bea", "cy", "dot", "eve", "fay", "gil"].map((n) => `${n}@example.org`)) {
    users[email] = (await makeUser(t.db, { email, name: email, password: "right-password" })).id;
  }
  await makeUser(t.db, { email: "gone@example.org", name: "Gone", password: "right-password", disabled: true });
});

describe("sign-in", () => {
  it("accepts the right password, whatever the case of the address, and audits the sign-in", async () => {
    const result = await attempt("  ADA@example.org ", "right-password", 0);
    expect(result).toMatchObject({ ok: true, user: { email: "ada@example.org", sessionVersion: 1 } });
    const [entry] = await audits("auth.sign-in");
    expect(entry).toMatchObject({ actorId: users["ada@example.org"], entityType: "User" });
    expect(JSON.parse(entry!.after!)).toEqual({ address: HOME });
  });

  it("gives the same answer for a wrong password, an unknown address and a disabled account", async () => {
    expect(await attempt("ada@example.org", "wrong", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.org", "right-password", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("gone@example.org", "right-password", 0)).toEqual({ ok: false, reason: "invalid" });
  });

  it("audits a failure by the account's id, and one for no account without what was typed, never a password", async () => {
    await attempt("dot@example.org", "dot-secret-guess", 1, "192.0.2.11");
    await attempt("typed-by-mistake@example.org", "another-secret", 1, "192.0.2.11");
    const failures = (await audits("auth.sign-in-failed")).filter((a) => a.at.getTime() === at(1).getTime());
    expect(failures.map((a) => [a.entityType, a.entityId, a.actorId])).toEqual([
      ["User", users["dot@example.org"], null],
      ["SignIn", "unknown-account", null],
    ]);
    const text = JSON.stringify(await t.db.auditEntry.findMany());
    for (const secret of ["dot-secret-guess", "another-secret", "right-password", "typed-by-mistake"])
      expect(text).not.toContain(secret);
  });
});

describe("lock-out per account and address", () => {
  it("makes each try after the limit wait 1, 2, 4 ... minutes, even with the right password", async () => {
    expect(await attempt("bea@example.org", "wrong-1", 1, BEA)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("bea@example.org", "wrong-2", 2, BEA)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("bea@example.org", "wrong-3", 3, BEA)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 1,
    });
    expect(await attempt("bea@example.org", "right-password", 3.5, BEA)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 1,
    });
    expect(await attempt("bea@example.org", "wrong-4", 4, BEA)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 2,
    });
    expect(await attempt("bea@example.org", "wrong-5", 6, BEA)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 4,
    });
    // A second client on the same database (another instance, or the app after a restart) sees the lock.
    const restarted = createDatabase(t.url);
    try {
      expect(await attempt("bea@example.org", "right-password", 9, BEA, restarted)).toMatchObject({
        ok: false,
        reason: "locked",
      });
    } finally {
      await restarted.$disconnect();
    }
    const locks = (await audits("auth.lock-out")).filter((a) => a.entityId === users["bea@example.org"]);
    expect(locks.map((a) => (JSON.parse(a.after!) as { failures: number }).failures)).toEqual([3, 4, 5]);
    // After the wait the right password works and the count for this address starts again.
    expect(await attempt("bea@example.org", "right-password", 10, BEA)).toMatchObject({ ok: true });
    expect(await t.db.loginThrottle.findUnique({ where: { key: accountKey("bea@example.org", BEA) } })).toBeNull();
  });

  it("caps the wait at AUTH_LOCKOUT_MINUTES", async () => {
    let minute = 20;
    let last: Awaited<ReturnType<typeof attempt>> = { ok: false, reason: "invalid" };
    for (let i = 0; i < 9; i++) {
      last = await attempt("gil@example.org", "wrong", minute, "192.0.2.13");
      minute += last.ok === false && last.reason === "locked" ? last.retryAfterMinutes : 0;
    }
    expect(last).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 15 });
  });

  it("does not lock the owner out from their own address: an attacker's failures count only for theirs", async () => {
    // Ten wrong passwords for Eve from the attacker's address, each after the wait the one before set.
    for (let i = 0; i < 10; i++) await attempt("eve@example.org", `guess-${i}`, 30 + i * 20, "203.0.113.66");
    expect(await attempt("eve@example.org", "right-password", 215, "203.0.113.66")).toMatchObject({
      reason: "locked",
    });
    expect(await attempt("eve@example.org", "right-password", 215, "192.0.2.77")).toMatchObject({ ok: true });
  });

  it("gives 20 concurrent wrong tries no more guesses than the limit", async () => {
    const address = "198.51.100.20";
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt("fay@example.org", `parallel-${i}`, 400, address)),
    );
    // Every password checked and wrong leaves one failure entry; a refused try leaves none.
    const checked = (await audits("auth.sign-in-failed")).filter(
      (a) => a.entityId === users["fay@example.org"] && a.at.getTime() === at(400).getTime(),
    );
    expect(checked).toHaveLength(policy.maxFailuresPerAccount);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(policy.maxFailuresPerAccount - 1);
    const row = await t.db.loginThrottle.findUniqueOrThrow({ where: { key: accountKey("fay@example.org", address) } });
    expect(row.failures).toBe(policy.maxFailuresPerAccount);
  });
});

describe("the per-address ceiling", () => {
  it("locks a client address that tries many accounts, for every account, and not other addresses", async () => {
    for (let i = 0; i < policy.maxFailuresPerAddress - 1; i++) {
      expect(await attempt(`guess${i}@example.org`, "x", 500, "203.0.113.9")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attempt("guess-last@example.org", "x", 500, "203.0.113.9")).toMatchObject({
      reason: "locked",
      retryAfterMinutes: 15,
    });
    expect(await attempt("ada@example.org", "right-password", 501, "203.0.113.9")).toMatchObject({ reason: "locked" });
    expect(await attempt("ada@example.org", "right-password", 501, "198.51.100.7")).toMatchObject({ ok: true });
    // After the lock the window starts again.
    expect(await attempt("ada@example.org", "right-password", 516, "203.0.113.9")).toMatchObject({ ok: true });
  });

  it("does not count successful sign-ins: many officers behind one address all get in", async () => {
    for (let i = 0; i < 3 * policy.maxFailuresPerAddress; i++)
      expect(await attempt("cy@example.org", "right-password", 600, "198.51.100.99")).toMatchObject({ ok: true });
    expect(await t.db.loginThrottle.findUnique({ where: { key: addressKey("198.51.100.99") } })).toMatchObject({
      failures: 0,
      lockedUntil: null,
    });
  });
});

describe("throttle rows", () => {
  it("are purged once a day has passed without a failure and no lock holds", async () => {
    const old = at(700 - 25 * 60);
    await t.db.loginThrottle.createMany({
      data: [
        { key: "account:192.0.2.1|stale@example.org", failures: 2, firstAt: old, updatedAt: old },
        { key: "address:192.0.2.2", failures: 9, firstAt: old, updatedAt: old, lockedUntil: at(650) },
        { key: "address:192.0.2.3", failures: 9, firstAt: old, updatedAt: old, lockedUntil: at(720) },
        { key: "account:192.0.2.4|fresh@example.org", failures: 2, firstAt: at(690), updatedAt: at(690) },
      ],
    });
    expect(await purgeLoginThrottles(t.db, at(700))).toBeGreaterThanOrEqual(2);
    const left = await t.db.loginThrottle.findMany({
      where: {
        key: {
          in: [
            "account:192.0.2.1|stale@example.org",
            "address:192.0.2.2",
            "address:192.0.2.3",
            "account:192.0.2.4|fresh@example.org",
          ],
        },
      },
    });
    expect(left.map((r) => r.key).sort()).toEqual(["account:192.0.2.4|fresh@example.org", "address:192.0.2.3"]);
  });

  it("are purged by a sign-in, which forgets failures older than a day", async () => {
    await attempt("cy@example.org", "wrong", 800, "192.0.2.50");
    await attempt("cy@example.org", "wrong", 801, "192.0.2.50");
    await attempt("ada@example.org", "right-password", 801 + 25 * 60);
    expect(
      await t.db.loginThrottle.findUnique({ where: { key: accountKey("cy@example.org", "192.0.2.50") } }),
    ).toBeNull();
    expect(await attempt("cy@example.org", "wrong", 802 + 25 * 60, "192.0.2.50")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
