import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/server/data/database";
import { authenticateUser, type ThrottlePolicy } from "@/server/auth/authenticate-user";
import { makeUser } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase();
const policy: ThrottlePolicy = { maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, lockoutMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 9, 0) + minutes * 60_000);
const attempt = (email: string, password: string, minutes: number, address: string | null = null, db = t.db) =>
  authenticateUser({ db, now: at(minutes), policy }, { email, password, address });

beforeAll(async () => {
  for (const email of ["ada@example.org", "bea@example.org", "cy@example.org"]) {
    await makeUser(t.db, { email, name: email, password: "right-password" });
  }
  await makeUser(t.db, { email: "gone@example.org", name: "Gone", password: "right-password", disabled: true });
});

describe("sign-in", () => {
  it("accepts the right password, whatever the case of the address", async () => {
    const result = await attempt("  ADA@example.org ", "right-password", 0);
    expect(result).toMatchObject({ ok: true, user: { email: "ada@example.org" } });
  });

  it("gives the same answer for a wrong password, an unknown address and a disabled account", async () => {
    expect(await attempt("ada@example.org", "wrong", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.org", "right-password", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("gone@example.org", "right-password", 0)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after repeated failures, even against the right password, and the lock survives a restart", async () => {
    expect(await attempt("bea@example.org", "wrong-1", 1)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("bea@example.org", "wrong-2", 2)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("bea@example.org", "wrong-3", 3)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 15,
    });
    expect(await attempt("bea@example.org", "right-password", 4)).toMatchObject({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 14,
    });
    // A second client on the same database (another instance, or the app after a restart) sees the lock.
    const restarted = createDatabase(t.url);
    try {
      expect(await attempt("bea@example.org", "right-password", 10, null, restarted)).toMatchObject({
        ok: false,
        reason: "locked",
      });
    } finally {
      await restarted.$disconnect();
    }
    // After the lock expires the right password works again and clears the count.
    expect(await attempt("bea@example.org", "right-password", 19)).toMatchObject({ ok: true });
    expect(await t.db.loginThrottle.findUnique({ where: { key: "email:bea@example.org" } })).toBeNull();
  });

  it("forgets old failures: three failures spread over more than the window do not lock", async () => {
    await attempt("cy@example.org", "wrong", 100);
    await attempt("cy@example.org", "wrong", 101);
    expect(await attempt("cy@example.org", "wrong", 130)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("cy@example.org", "right-password", 131)).toMatchObject({ ok: true });
  });

  it("locks a client address that tries many accounts", async () => {
    for (let i = 0; i < 4; i++) {
      expect(await attempt(`guess${i}@example.org`, "x", 200, "203.0.113.9")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attempt("guess4@example.org", "x", 200, "203.0.113.9")).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt("ada@example.org", "right-password", 201, "203.0.113.9")).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(await attempt("ada@example.org", "right-password", 201, "198.51.100.7")).toMatchObject({ ok: true });
  });
});
