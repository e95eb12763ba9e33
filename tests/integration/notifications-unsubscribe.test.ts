import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadViewer } from "@/server/authz/load-viewer";
import { preferencesOf } from "@/server/features/notifications/preferences";
import { saveNotificationPreferences } from "@/server/features/notifications/save-preferences";
import { unsubscribeToken } from "@/server/features/notifications/unsubscribe";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { GET, POST } from "@/app/unsubscribe/[token]/route";
import { signOut, useActionHarness } from "./support/action-harness";
import { withTestDatabase } from "./support/test-db";

// The route handler as under Next, with no session at all: the token is the only authority.
vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

const t = withTestDatabase({ seeded: true });
useActionHarness(t, new Date("2026-11-30T09:00:00Z"));
const secret = () => process.env.NEXTAUTH_SECRET!;
let chair: string;
let secretariat: string;

const idOf = async (email: string) => (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
const params = (token: string) => ({ params: Promise.resolve({ token }) });
const oneClick = (token: string, body = "List-Unsubscribe=One-Click") =>
  POST(
    new Request(`http://localhost/unsubscribe/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    }),
    params(token),
  );
const prefsOf = async (userId: string) => (await preferencesOf(t.db, [userId])).get(userId)!;

beforeAll(async () => {
  chair = await idOf(demoEmail("halton", "HSCB", "chair"));
  secretariat = await idOf(demoEmail("halton", "HSCB", "secretariat"));
  signOut();
});

describe(`one-click unsubscribe on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("GET shows what the link turns off and changes nothing", async () => {
    const token = unsubscribeToken(secret(), { userId: chair, kind: "digest", version: 1 });
    const response = await GET(new Request(`http://localhost/unsubscribe/${token}`), params(token));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain("The digest of overdue and due-soon items");
    expect(page).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await t.db.notificationPreference.count()).toBe(0);
  });

  it("POST without a session turns off only that preference of only that user, once, audited as the system", async () => {
    const othersBefore = await prefsOf(secretariat);
    const token = unsubscribeToken(secret(), { userId: chair, kind: "challenge-raised", version: 1 });
    const response = await oneClick(token);
    expect(response.status).toBe(200);
    const after = await prefsOf(chair);
    expect(after.immediate["challenge-raised"]).toBe(false);
    // Everything else as the chair's defaults were: the weekly digest and every other notice.
    expect(after.digest).toBe("weekly");
    expect(Object.entries(after.immediate).filter(([, on]) => !on)).toEqual([["challenge-raised", false]]);
    expect(after.unsubscribeVersion).toBe(2);
    expect(await prefsOf(secretariat)).toEqual(othersBefore);
    const audit = await t.db.auditEntry.findMany({ where: { action: "notification-preferences.unsubscribe" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, actorLabel: "system", entityType: "User", entityId: chair });

    // The same link again (a replay), by GET or POST: refused, nothing changes.
    expect((await oneClick(token)).status).toBe(410);
    expect((await GET(new Request("http://localhost/"), params(token))).status).toBe(410);
    expect(await prefsOf(chair)).toEqual(after);

    // The next message's link (version 2) works, for its own kind.
    const digest = unsubscribeToken(secret(), { userId: chair, kind: "digest", version: 2 });
    expect((await oneClick(digest)).status).toBe(200);
    const last = await prefsOf(chair);
    expect(last.digest).toBe("off");
    expect(last.immediate["challenge-raised"]).toBe(false);
    expect(last.immediate["item-sent"]).toBe(true);
    expect(await t.db.auditEntry.count({ where: { action: "notification-preferences.unsubscribe" } })).toBe(2);
  });

  it("refuses forged, malformed and foreign-secret tokens, and a POST without the one-click body", async () => {
    const before = await t.db.auditEntry.count();
    const good = unsubscribeToken(secret(), { userId: secretariat, kind: "digest", version: 1 });
    const [payload, signature] = good.split(".");
    const forgedPayload = Buffer.from(`${chair}.digest.1`).toString("base64url");
    const bad = [
      `${forgedPayload}.${signature}`, // another user's claim under this signature
      unsubscribeToken("another-portal-secret-0123456789abcdef", { userId: secretariat, kind: "digest", version: 1 }),
      `${payload}.`,
      "not-a-token",
      `${good}.extra`,
      "x".repeat(500),
    ];
    for (const token of bad) {
      expect((await oneClick(token)).status, token).toBe(404);
      expect((await GET(new Request("http://localhost/"), params(token))).status).toBe(404);
    }
    expect((await oneClick(good, "List-Unsubscribe=Yes")).status).toBe(400);
    expect((await oneClick(good, "")).status).toBe(400);
    expect((await prefsOf(secretariat)).saved).toBe(false);
    expect(await t.db.auditEntry.count()).toBe(before);
  });

  it("a saved preferences row keeps its other choices, and a form opened before the unsubscribe is refused", async () => {
    const member = await idOf(demoEmail("halton", "HSCB", "member"));
    const viewer = (await loadViewer(t.db, member))!;
    await saveNotificationPreferences(
      { db: t.db, viewer },
      { digest: "daily", leadDays: "30", meetingDigest: "on", "immediate-item-sent": "on", version: "1" },
    );
    const saved = await prefsOf(member);
    expect(saved).toMatchObject({ digest: "daily", leadDays: 30, meetingDigest: true, version: 2 });
    expect(saved.immediate["item-sent"]).toBe(true);
    expect(saved.immediate["follow-up"]).toBe(false);
    const token = unsubscribeToken(secret(), { userId: member, kind: "meeting-digest", version: 1 });
    expect((await oneClick(token)).status).toBe(200);
    expect(await prefsOf(member)).toMatchObject({ digest: "daily", leadDays: 30, meetingDigest: false, version: 3 });
    // The page opened at version 2 would undo the unsubscribe: refused.
    await expect(
      saveNotificationPreferences(
        { db: t.db, viewer },
        { digest: "daily", leadDays: "30", meetingDigest: "on", version: "2" },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Bad input: field errors at the field, nothing saved.
    await expect(
      saveNotificationPreferences({ db: t.db, viewer }, { digest: "monthly", leadDays: "91", version: "3" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { digest: [expect.any(String)], leadDays: [expect.any(String)] },
    });
    expect((await prefsOf(member)).version).toBe(3);
  });
});
