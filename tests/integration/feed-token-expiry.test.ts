import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { feedEnv } from "@/server/core/env";
import {
  changeFeedToken,
  feedTokenStatus,
  hasFeedToken,
  renewFeedToken,
  revokeFeedTokens,
  viewerForFeedToken,
} from "@/server/features/feeds/feed-tokens";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { useActionHarness } from "./support/action-harness";
import { withTestDatabase } from "./support/test-db";

// The feed routes run as under Next, on this file's database.
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

/**
 * Issue 14: feed secrets may expire. With CALENDAR_FEED_TOKEN_DAYS unset a new secret works until it
 * is renewed or revoked (as before); with it set, it stops that many days after it was issued, and the
 * feed routes then give the same answer as for a revoked secret.
 */
const t = withTestDatabase({ seeded: true });
const NOW = new Date("2026-11-23T10:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
useActionHarness(t, NOW);
let member: Viewer;

beforeAll(async () => {
  const user = await t.db.user.findUniqueOrThrow({ where: { email: demoEmail("kent", "HWB", "member") } });
  member = (await loadViewer(t.db, user.id))!;
});

afterEach(() => {
  delete process.env.CALENDAR_FEED_TOKEN_DAYS;
  vi.setSystemTime(NOW);
});

async function feed(token: string) {
  const { GET } = await import("@/app/feeds/me/route");
  const response = await GET(new Request(`http://localhost:3000/feeds/me?token=${token}`));
  return { status: response.status, body: await response.text() };
}

describe(`feed secrets' expiry on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("reads CALENDAR_FEED_TOKEN_DAYS as a whole number of days, unset or empty meaning no expiry", () => {
    const days = (value?: string) =>
      feedEnv({ NODE_ENV: "test", ...(value === undefined ? {} : { CALENDAR_FEED_TOKEN_DAYS: value }) })
        .CALENDAR_FEED_TOKEN_DAYS;
    expect(days()).toBeUndefined();
    expect(days("")).toBeUndefined();
    expect(days("90")).toBe(90);
    for (const bad of ["0", "-3", "1.5", "ninety", "3651"]) expect(() => days(bad)).toThrow(/CALENDAR_FEED_TOKEN_DAYS/);
  });

  it("never expires a secret when no expiry is configured", async () => {
    const token = await renewFeedToken(t.db, member, NOW);
    const row = await t.db.calendarFeedToken.findFirstOrThrow({
      where: { userId: member.userId, revokedAt: null },
    });
    expect(row.expiresAt).toBeNull();
    expect((await viewerForFeedToken(t.db, token, at(3650)))?.userId).toBe(member.userId);
    expect(await feedTokenStatus(t.db, member.userId, at(3650))).toEqual({
      active: true,
      expiresAt: null,
      expiredAt: null,
    });
  });

  it("stops a secret CALENDAR_FEED_TOKEN_DAYS after it was issued, the feed answering as for a revoked one", async () => {
    process.env.CALENDAR_FEED_TOKEN_DAYS = "30";
    const renewed = await changeFeedToken({ db: t.db, viewer: member, now: NOW }, { intent: "renew" });
    if (renewed.intent !== "renew") throw new Error("expected a new secret");
    expect(renewed.expiresAt).toEqual(at(30));
    const row = await t.db.calendarFeedToken.findFirstOrThrow({ where: { userId: member.userId, revokedAt: null } });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "feed-token.renew", entityId: row.id } });
    expect(audit.after).toContain(at(30).toISOString());

    vi.setSystemTime(at(29));
    expect((await feed(renewed.token)).status).toBe(200);
    expect(await hasFeedToken(t.db, member.userId, at(29))).toBe(true);
    expect(await feedTokenStatus(t.db, member.userId, at(29))).toEqual({
      active: true,
      expiresAt: at(30),
      expiredAt: null,
    });

    vi.setSystemTime(at(30));
    const expired = await feed(renewed.token);
    expect(await viewerForFeedToken(t.db, renewed.token, at(30))).toBeNull();
    expect(await hasFeedToken(t.db, member.userId, at(30))).toBe(false);
    expect(await feedTokenStatus(t.db, member.userId, at(30))).toEqual({
      active: false,
      expiresAt: null,
      expiredAt: at(30),
    });

    // The same answer as a revoked secret's: nothing says which it was.
    const other = await renewFeedToken(t.db, member, at(30), null);
    await revokeFeedTokens(t.db, member, at(30));
    expect(expired).toEqual(await feed(other));
    expect(expired.status).toBe(404);
  });
});
