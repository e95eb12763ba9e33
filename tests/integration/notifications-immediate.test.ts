import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/server/core/errors";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { escalateChallenge, respondToChallenge } from "@/server/features/challenges/transition-challenge";
import { raiseChallenge } from "@/server/features/challenges/raise-challenge";
import { addFollowUp } from "@/server/features/items/add-follow-up";
import { logStep } from "@/server/features/items/log-item-step";
import { listMyNotifications } from "@/server/features/notifications/list-my-notifications";
import { markAllRead, openNotification, safeLink } from "@/server/features/notifications/read-notifications";
import { requestSignOff } from "@/server/features/protocols/request-sign-off";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import type * as NotifyModule from "@/server/features/notifications/notify";
import { withTestDatabase } from "./support/test-db";

/**
 * Immediate notices (issue 13, decision 021): each written in the transaction of the change that
 * causes it, to the right people, linking to what it is about, never to the person who acted, not
 * when they turned that kind off, and not at all when the change fails. Then the portal's list:
 * opening a notice marks it read, only for its owner; "mark all as read" stops at what was shown.
 */

// A switch to make the change fail after its notice was written (the rollback test), else the real thing.
const failAfterNotice = vi.hoisted(() => ({ on: false }));
vi.mock("@/server/features/notifications/notify", async (importOriginal) => {
  const real = await importOriginal<typeof NotifyModule>();
  return {
    ...real,
    notifyBoardRoles: async (...args: Parameters<typeof real.notifyBoardRoles>) => {
      const written = await real.notifyBoardRoles(...args);
      if (failAfterNotice.on) throw new Error("the change failed after its notice was written");
      return written;
    },
  };
});

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T10:00:00Z"); // a Monday
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const as = (viewer: Viewer, at = now) => ({ db: t.db, viewer, now: at });

/** The users holding a role on a board. */
const holders = async (boardId: string, role: string) =>
  (await t.db.roleAssignment.findMany({ where: { boardId, role }, select: { userId: true } })).map((r) => r.userId);
const noticesKeyed = (prefix: string) =>
  t.db.notification.findMany({ where: { idempotencyKey: { startsWith: prefix } }, orderBy: { userId: "asc" } });
const outboxKeyed = (prefix: string) =>
  t.db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: prefix } } });

/** A planned Kent item owed by one Kent board to another, with its owing and receiving boards. */
const used = new Set<string>();
async function pickKentItem() {
  const boards = await t.db.boardArea.findMany({ where: { area: { slug: "kent" } } });
  const keyOf = new Map(boards.map((b) => [b.boardId, b.key]));
  const items = await t.db.calendarItem.findMany({
    where: { status: "planned", retiredAt: null, origin: "rule", recipientBoardId: { in: [...keyOf.keys()] } },
    include: { obligation: { include: { parties: true } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  const owingOf = (i: (typeof items)[number]) =>
    i.obligation.parties.find(
      (p) => p.role === "from" && p.boardId && keyOf.has(p.boardId) && p.boardId !== i.recipientBoardId,
    )?.boardId;
  const item = items.find((i) => !used.has(i.id) && owingOf(i));
  if (!item) throw new Error("No Kent item left to test with");
  used.add(item.id);
  const owingBoardId = owingOf(item)!;
  const recipientBoardId = item.recipientBoardId!;
  return {
    item,
    owingBoardId,
    recipientBoardId,
    owing: await viewerFor(demoEmail("kent", keyOf.get(owingBoardId)!, "secretariat")),
    recipient: await viewerFor(demoEmail("kent", keyOf.get(recipientBoardId)!, "secretariat")),
  };
}

async function expectRefused(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeTruthy();
  return error;
}

beforeAll(async () => {
  const boards = await t.db.boardArea.findMany({ where: { area: { slug: { in: ["kent", "halton"] } } } });
  await applyCalendarPlan(
    t.db,
    { type: "system", label: "cli" },
    await planCalendar(t.db, [...new Set(boards.map((b) => b.boardId))], 2026),
    now,
  );
});

describe(`immediate notices on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("an item marked sent tells the receiving board's secretariat, in the portal and by mail, linking to the item; not the sender", async () => {
    const { item, owing, recipientBoardId } = await pickKentItem();
    const entry = await logStep(as(owing), {
      itemId: item.id,
      version: item.version,
      step: "send",
      occurredOn: "2026-11-20",
    });
    const expected = (await holders(recipientBoardId, "secretariat")).filter((id) => id !== owing.userId).sort();
    expect(expected.length).toBeGreaterThan(0);
    const notices = await noticesKeyed(`item-sent:${entry.id}:`);
    expect(notices.map((n) => n.userId)).toEqual(expected);
    const recipientHome = await t.db.boardArea.findFirstOrThrow({
      where: { boardId: recipientBoardId, home: true },
      include: { area: true },
    });
    for (const n of notices) {
      expect(n).toMatchObject({
        kind: "item-sent",
        readAt: null,
        link: `/areas/${recipientHome.area.slug}/items/${item.id}`,
      });
      expect(n.title).toMatch(/ sent “.+” to /);
      expect(n.body).toMatch(/Marked sent on 20 November 2026; due \d{1,2} \w+ 20\d\d/);
    }
    const mail = await outboxKeyed(`item-sent:${entry.id}:`);
    expect(mail).toHaveLength(notices.length);
    expect(mail[0]).toMatchObject({ status: "queued", notificationId: expect.any(String) as string });
    expect(mail[0]!.text).toContain(`/areas/${recipientHome.area.slug}/items/${item.id}`);
    expect(mail[0]!.subject).toContain(recipientHome.area.name);
    // Chairs and members of the receiving board, and the sender's own board, are not told of a send.
    const chairs = await holders(recipientBoardId, "chair");
    expect(notices.some((n) => chairs.includes(n.userId) && !expected.includes(n.userId))).toBe(false);
    expect(notices.some((n) => n.userId === owing.userId)).toBe(false);
  });

  it("is not written to someone who turned that kind off, and is written to the others", async () => {
    const { item, owing, recipient, recipientBoardId } = await pickKentItem();
    await t.db.notificationPreference.create({
      data: { userId: recipient.userId, digest: "weekly", immediate: JSON.stringify({ "item-sent": false }) },
    });
    const entry = await logStep(as(owing), {
      itemId: item.id,
      version: item.version,
      step: "send",
      occurredOn: "2026-11-20",
    });
    const notices = await noticesKeyed(`item-sent:${entry.id}:`);
    expect(notices.map((n) => n.userId)).not.toContain(recipient.userId);
    const others = (await holders(recipientBoardId, "secretariat")).filter(
      (id) => id !== recipient.userId && id !== owing.userId,
    );
    expect(notices.map((n) => n.userId).sort()).toEqual(others.sort());
    expect(await outboxKeyed(`item-sent:${entry.id}:${recipient.userId}`)).toEqual([]);
    await t.db.notificationPreference.delete({ where: { userId: recipient.userId } });
  });

  it("a change that fails writes no notice: refused before the transaction, or rolled back after the notice was written", async () => {
    const { item, owing } = await pickKentItem();
    const before = { notices: await t.db.notification.count(), outbox: await t.db.outboxMessage.count() };
    const stale = await expectRefused(
      logStep(as(owing), { itemId: item.id, version: item.version + 7, step: "send", occurredOn: "2026-11-20" }),
    );
    expect(stale).toBeInstanceOf(AppError);
    failAfterNotice.on = true;
    try {
      await expectRefused(
        logStep(as(owing), { itemId: item.id, version: item.version, step: "send", occurredOn: "2026-11-20" }),
      );
    } finally {
      failAfterNotice.on = false;
    }
    expect({ notices: await t.db.notification.count(), outbox: await t.db.outboxMessage.count() }).toEqual(before);
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "planned",
      version: item.version,
    });
    expect(await t.db.itemLogEntry.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("a follow-up assigned to a board tells that board's secretariat, linking to the follow-up", async () => {
    const { item, owing, recipient, owingBoardId, recipientBoardId } = await pickKentItem();
    await logStep(as(owing), { itemId: item.id, version: item.version, step: "send", occurredOn: "2026-11-02" });
    const meeting = await t.db.meeting.findFirstOrThrow({
      where: { boardId: recipientBoardId, date: { lte: "2026-11-23" }, cancelledAt: null },
      orderBy: { date: "desc" },
    });
    await logStep(as(recipient), {
      itemId: item.id,
      version: item.version + 1,
      step: "receive",
      occurredOn: meeting.date,
      meetingId: meeting.id,
      minuteRef: "23/47",
    });
    const followUp = await addFollowUp(as(recipient), {
      itemId: item.id,
      version: item.version + 2,
      recommendation: "Report back on the early help review",
      ownerBoardId: owingBoardId,
      dueOn: "2027-03-01",
    });
    const notices = await noticesKeyed(`follow-up:${followUp.id}:`);
    expect(notices.map((n) => n.userId).sort()).toEqual(
      (await holders(owingBoardId, "secretariat")).filter((id) => id !== recipient.userId).sort(),
    );
    expect(notices[0]).toMatchObject({ kind: "follow-up" });
    expect(notices[0]!.title).toMatch(/^Follow-up assigned to \w+: Report back on the early help review$/);
    expect(notices[0]!.link).toMatch(new RegExp(`^/areas/[a-z-]+/items/${followUp.id}$`));
    expect(notices[0]!.body).toBe("Due 1 March 2027");
  });

  it("a challenge raised tells the challenged board's chairs; answered and escalated, both boards' chairs but never the one who acted", async () => {
    const hhwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hhwb" } })).id;
    const hct = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hct" } })).id;
    const hhwbChair = await viewerFor(demoEmail("halton", "HHWB", "chair"));
    const hctChair = await viewerFor(demoEmail("halton", "HCT", "chair"));
    const protocol = await t.db.protocol.findFirstOrThrow({ where: { key: "halton-hct-hscb-hhwb" } });
    const challenge = await raiseChallenge(as(hhwbChair), {
      fromBoardId: hhwb,
      toBoardId: hct,
      protocolId: protocol.id,
      subject: "Evidence on early help commissioning",
      detail: "The Board asks for evidence of how early help services are commissioned.",
    });
    const raised = await noticesKeyed(`challenge-raised:${challenge.id}:`);
    expect(raised.map((n) => n.userId).sort()).toEqual((await holders(hct, "chair")).sort());
    expect(raised[0]).toMatchObject({
      kind: "challenge-raised",
      title: "HHWB has challenged HCT: Evidence on early help commissioning",
      link: `/areas/halton/challenges/${challenge.id}`,
    });
    expect(raised[0]!.body).toMatch(/^A formal response is due by \d{1,2} \w+ 2026$/);
    // The secretariat and members of the challenged board are not told.
    expect(raised.map((n) => n.userId)).not.toContain((await holders(hct, "secretariat"))[0]);

    await respondToChallenge(as(hctChair), { challengeId: challenge.id, version: 1, text: "Here is the evidence." });
    const respondedEvent = await t.db.challengeEvent.findFirstOrThrow({
      where: { challengeId: challenge.id, action: "responded" },
    });
    const answered = await noticesKeyed(`challenge-answered:${respondedEvent.id}:`);
    const bothChairs = [...new Set([...(await holders(hct, "chair")), ...(await holders(hhwb, "chair"))])];
    expect(answered.map((n) => n.userId).sort()).toEqual(bothChairs.filter((id) => id !== hctChair.userId).sort());
    expect(answered[0]!.title).toBe("HCT has answered HHWB's challenge: Evidence on early help commissioning");

    await escalateChallenge(as(hhwbChair), { challengeId: challenge.id, version: 2, text: "Not enough." });
    const escalatedEvent = await t.db.challengeEvent.findFirstOrThrow({
      where: { challengeId: challenge.id, action: "escalated" },
    });
    const escalated = await noticesKeyed(`challenge-escalated:${escalatedEvent.id}:`);
    expect(escalated.map((n) => n.userId).sort()).toEqual(bothChairs.filter((id) => id !== hhwbChair.userId).sort());
    expect(escalated[0]!.body).toMatch(/^It is now with the /);
  });

  it("sign-off requested on a draft tells the chairs of the parties still to sign, once a day, and again the next day as a reminder", async () => {
    const admin = await viewerFor(DEMO_ADMIN_EMAIL);
    const hscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hscb" } })).id;
    const hhwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hhwb" } })).id;
    const hct = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hct" } })).id;
    const draft = await t.db.protocol.create({
      data: {
        key: "notices-draft",
        title: "Notices test protocol",
        version: "2",
        status: "draft",
        parties: { create: [{ boardId: hscb }, { boardId: hhwb }, { boardId: hct }] },
      },
    });
    // HSCB's chair signs first: HSCB is then not asked.
    await signOffProtocol(as(await viewerFor(demoEmail("halton", "HSCB", "chair"))), {
      protocolId: draft.id,
      boardId: hscb,
    });
    const member = await viewerFor(demoEmail("halton", "HSCB", "member"));
    expect(await expectRefused(requestSignOff(as(member), { protocolId: draft.id }))).toMatchObject({
      code: "FORBIDDEN",
    });

    const first = await requestSignOff(as(admin), { protocolId: draft.id });
    const unsignedChairs = [...new Set([...(await holders(hhwb, "chair")), ...(await holders(hct, "chair"))])].sort();
    expect(first).toEqual({ told: unsignedChairs.length, boards: 2, reminder: false });
    const notices = await noticesKeyed(`sign-off-requested:${draft.id}:2026-11-23:`);
    expect(notices.map((n) => n.userId).sort()).toEqual(unsignedChairs);
    expect(notices[0]).toMatchObject({
      kind: "sign-off-requested",
      title: "Sign-off requested: Notices test protocol, version 2",
      link: `/areas/halton/protocols/${draft.id}`,
    });
    expect(await t.db.auditEntry.count({ where: { action: "protocol.request-sign-off", entityId: draft.id } })).toBe(1);

    // The same day again: refused, saying when, and nobody is told twice.
    const again = await expectRefused(requestSignOff(as(admin), { protocolId: draft.id }));
    expect(again).toMatchObject({ code: "CONFLICT" });
    expect((again as AppError).message).toMatch(/already requested today, 23 November 2026, by /);
    expect(await noticesKeyed(`sign-off-requested:${draft.id}:`)).toHaveLength(notices.length);

    // The next day: a deliberate reminder, a new notice each.
    const reminder = await requestSignOff(as(admin, new Date("2026-11-24T09:00:00Z")), { protocolId: draft.id });
    expect(reminder).toMatchObject({ reminder: true, told: unsignedChairs.length });
    expect(await noticesKeyed(`sign-off-requested:${draft.id}:2026-11-24:`)).toHaveLength(unsignedChairs.length);

    // Once every party has signed, or on an agreed version, there is no one to ask.
    await t.db.protocolParty.updateMany({ where: { protocolId: draft.id }, data: { signedOn: "2026-11-24" } });
    expect(await expectRefused(requestSignOff(as(admin), { protocolId: draft.id }))).toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe(`the notifications list on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("lists the user's own notices newest first; opening one marks it read once, only for its owner; mark all stops at what was shown", async () => {
    const user = await viewerFor(demoEmail("kent", "HWB", "member"));
    const other = await viewerFor(demoEmail("kent", "HWB", "chair"));
    const make = (userId: string, n: number, at: string) =>
      t.db.notification.create({
        data: {
          userId,
          kind: "follow-up",
          title: `Notice ${n}`,
          body: "",
          link: n === 3 ? "https://evil.example/steal" : `/areas/kent/items/x${n}`,
          idempotencyKey: `list-test:${n}:${userId}`,
          createdAt: new Date(at),
        },
      });
    const a = await make(user.userId, 1, "2026-11-20T09:00:00Z");
    const b = await make(user.userId, 2, "2026-11-21T09:00:00Z");
    const c = await make(user.userId, 3, "2026-11-22T09:00:00Z");
    const theirs = await make(other.userId, 4, "2026-11-22T10:00:00Z");

    const list = await listMyNotifications({ db: t.db, viewer: user });
    expect(list.notices.map((n) => n.title)).toEqual(["Notice 3", "Notice 2", "Notice 1"]);
    expect(list.unread).toBe(3);

    // Someone else's notice is not found, and stays unread.
    expect(await expectRefused(openNotification(as(user), { notificationId: theirs.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    expect(await openNotification(as(user), { notificationId: b.id })).toEqual({
      link: "/areas/kent/items/x2",
      marked: true,
    });
    expect(await openNotification(as(user), { notificationId: b.id })).toEqual({
      link: "/areas/kent/items/x2",
      marked: false,
    });
    expect(await t.db.auditEntry.count({ where: { action: "notification.read", entityId: b.id } })).toBe(1);
    // A link outside the portal is never followed.
    expect((await openNotification(as(user), { notificationId: c.id })).link).toBe("/notifications");
    expect(safeLink("//evil.example")).toBe("/notifications");
    expect(safeLink("/\\evil.example")).toBe("/notifications");

    // "Mark all as read" as of a list that showed only notice 1: later ones stay unread.
    const d = await make(user.userId, 5, "2026-11-23T09:00:00Z");
    expect(await markAllRead(as(user), { newestId: a.id })).toEqual({ count: 1 });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: d.id } })).readAt).toBeNull();
    expect(await markAllRead(as(user), { newestId: d.id })).toEqual({ count: 1 });
    expect(await markAllRead(as(user), { newestId: d.id })).toEqual({ count: 0 });
    expect((await listMyNotifications({ db: t.db, viewer: user })).unread).toBe(0);
    expect(await expectRefused(markAllRead(as(user), { newestId: theirs.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });
});
