import { describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { encodeSession, viewerFromToken } from "@/server/auth/session-token";
import { sessionCookieName } from "@/server/auth/cookies";
import { authOptions } from "@/server/auth/options";
import { acceptInvitation } from "@/server/features/users/accept-invitation";
import { createInvitation } from "@/server/features/users/invitation-token";
import { loadViewer } from "@/server/authz/load-viewer";
import { signOutAction } from "@/app/sign-in/actions";
import { makeUser } from "../factories";
import { signIn, useActionHarness } from "./support/action-harness";
import { withTestDatabase } from "./support/test-db";

vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

const t = withTestDatabase();
useActionHarness(t, new Date());
const HOUR = 3_600_000;
const settings = () => ({ secret: process.env.NEXTAUTH_SECRET!, maxAgeHours: 12 });
const account = async () => {
  const user = await makeUser(t.db);
  return { id: user.id, email: user.email, name: user.name };
};

/** What next-auth's session endpoint does when polled: the jwt callback, then a fresh JWT (new iat and exp). */
async function refreshAsNextAuth(token: string) {
  const claims = (await decode({ token, secret: settings().secret }))!;
  const jwt = authOptions().callbacks!.jwt!;
  const next = await jwt({ token: claims, trigger: "update" } as Parameters<typeof jwt>[0]);
  return encode({ token: next, secret: settings().secret, maxAge: 12 * 3600 });
}

describe("session lifetime", () => {
  it("ends SESSION_MAX_AGE_HOURS after sign-in, however often the token is refreshed", async () => {
    const user = await account();
    const signedInAt = new Date(Date.now() - 11 * HOUR);
    let token = (await encodeSession(t.db, user, settings(), signedInAt))!;
    for (let i = 0; i < 3; i++) token = await refreshAsNextAuth(token);
    const soon = new Date(signedInAt.getTime() + 12 * HOUR - 60_000);
    expect(await viewerFromToken(t.db, token, settings(), soon)).toMatchObject({ userId: user.id });
    const late = new Date(signedInAt.getTime() + 12 * HOUR);
    expect(await viewerFromToken(t.db, token, settings(), late)).toBeNull();
  });

  it("refuses a token without the session version and sign-in time (a next-auth JWT we did not issue)", async () => {
    const user = await account();
    const bare = await encode({ token: { sub: user.id, email: user.email }, secret: settings().secret });
    expect(await viewerFromToken(t.db, bare, settings())).toBeNull();
  });

  it("stamps the version and sign-in time when next-auth's own route signs a user in", async () => {
    const user = await account();
    const jwt = authOptions().callbacks!.jwt!;
    const claims = await jwt({ token: { sub: user.id }, user: { id: user.id } } as Parameters<typeof jwt>[0]);
    expect(claims).toMatchObject({ sv: 1, authTime: expect.any(Number) as number });
    const token = await encode({ token: claims, secret: settings().secret });
    expect(await viewerFromToken(t.db, token, settings())).toMatchObject({ userId: user.id });
  });
});

describe("revoking sessions", () => {
  it("sign-out ends the session server-side: a copy of the cookie no longer works, and it is audited", async () => {
    const user = await account();
    await signIn((await loadViewer(t.db, user.id))!);
    const { cookies } = await import("next/headers");
    const copy = (await cookies()).get(sessionCookieName())!.value;
    expect(await viewerFromToken(t.db, copy, settings())).toMatchObject({ userId: user.id });

    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) as string });
    expect((await cookies()).get(sessionCookieName())).toBeUndefined();
    expect(await viewerFromToken(t.db, copy, settings())).toBeNull();
    expect(await t.db.auditEntry.findMany({ where: { action: "auth.sign-out", entityId: user.id } })).toHaveLength(1);
    // Signing in again gives a session that works.
    const again = (await encodeSession(t.db, user, settings()))!;
    expect(await viewerFromToken(t.db, again, settings())).toMatchObject({ userId: user.id });
  });

  it("a new password (an accepted invitation or reset link) ends the sessions held before it", async () => {
    const user = await account();
    const before = (await encodeSession(t.db, user, settings()))!;
    const { token } = await createInvitation(t.db, {
      userId: user.id,
      purpose: "sign-in",
      days: 1,
      createdById: null,
      now: new Date(),
    });
    await acceptInvitation(t.db, { token, password: "a brand new passphrase", confirm: "a brand new passphrase" });
    expect(await viewerFromToken(t.db, before, settings())).toBeNull();
    const after = (await encodeSession(t.db, user, settings()))!;
    expect(await viewerFromToken(t.db, after, settings())).toMatchObject({ userId: user.id });
  });

  it("a disabled account gets no new session", async () => {
    const user = await makeUser(t.db, { disabled: true });
    expect(await encodeSession(t.db, user, settings())).toBeNull();
  });
});
