import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/domain/civil-date";
import { MONTH_NAMES } from "@/lib/dates";
import { itemBoards } from "@/server/authz/authorize-item";
import { queueDueDigests } from "@/server/features/notifications/digests";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { seedDemoHistory } from "@/server/seed/seed-demo-history";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const options = { baseUrl: "https://portal.example.org", secret: "digest-tests-secret-0123456789abcdef0123" };
// Monday 30 November 2026 (GMT): 06:30 is before the digests go, 07:30 after.
const mondayEarly = new Date("2026-11-30T06:30:00Z");
const monday = new Date("2026-11-30T07:30:00Z");

const userId = async (email: string) => (await t.db.user.findUniqueOrThrow({ where: { email } })).id;

async function setPrefs(
  email: string,
  prefs: { digest: string; leadDays?: number; meetingDigest?: boolean },
): Promise<string> {
  const id = await userId(email);
  const data = { digest: prefs.digest, leadDays: prefs.leadDays ?? 14, meetingDigest: prefs.meetingDigest ?? false };
  await t.db.notificationPreference.upsert({ where: { userId: id }, create: { userId: id, ...data }, update: data });
  return id;
}

/** "30 September 2026" → "2026-09-30". */
function civilOf(words: string): string {
  const [d, month, y] = words.split(" ");
  return `${y}-${String((MONTH_NAMES as readonly string[]).indexOf(month!) + 1).padStart(2, "0")}-${d!.padStart(2, "0")}`;
}

/**
 * Every digest line names one of the user's boards, and every item or challenge it links to concerns
 * one of their boards: nobody is told of another board's items.
 */
async function expectOnlyOwnBoards(notificationId: string) {
  const n = await t.db.notification.findUniqueOrThrow({ where: { id: notificationId }, include: { outbox: true } });
  const grants = await t.db.roleAssignment.findMany({ where: { userId: n.userId }, include: { board: true } });
  const boardIds = grants.flatMap((g) => (g.boardId ? [g.boardId] : []));
  const names = grants.flatMap((g) => (g.board ? [g.board.name] : []));
  const lines = n.body.split("\n");
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines)
    expect(
      names.some((name) => line.startsWith(`${name}: `)),
      line,
    ).toBe(true);
  const mail = n.outbox[0]!;
  const items = [...mail.text.matchAll(/\/items\/([^\s/?#]+)/g)].map((m) => m[1]!);
  const challenges = [...mail.text.matchAll(/\/challenges\/([^\s/?#]+)/g)].map((m) => m[1]!);
  expect(items.length + challenges.length).toBe(lines.length);
  for (const id of items) {
    const found = await itemBoards(t.db, id);
    expect(found.boards.some((b) => boardIds.includes(b))).toBe(true);
  }
  for (const id of challenges) {
    const c = await t.db.challenge.findUniqueOrThrow({ where: { id } });
    expect(boardIds.includes(c.fromBoardId) || boardIds.includes(c.toBoardId)).toBe(true);
  }
}

beforeAll(async () => {
  await seedDemoHistory(t.db, { areas: ["knowsley", "halton"], now: new Date("2026-11-20T12:00:00Z") });
}, 300_000);

describe(`digests on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("sends nothing on Monday before 7am UK time", async () => {
    expect(await queueDueDigests(t.db, mondayEarly, options)).toEqual({ queued: 0, skipped: 0 });
    expect(await t.db.notification.count()).toBe(0);
  });

  it("on Monday morning, gives secretariat and chairs their weekly digest of their own boards only", async () => {
    const run = await queueDueDigests(t.db, monday, options);
    expect(run.queued).toBeGreaterThan(0);
    const digests = await t.db.notification.findMany({ include: { user: { include: { roles: true } } } });
    expect(digests).toHaveLength(run.queued);
    expect(await t.db.outboxMessage.count()).toBe(run.queued);
    // The officers of every seeded board with items, and nobody who is only a member.
    for (const board of ["KSCB", "HWB"]) {
      for (const role of ["secretariat", "chair"]) {
        const id = await userId(demoEmail("knowsley", board, role));
        expect(digests.filter((d) => d.userId === id).map((d) => d.idempotencyKey)).toEqual([
          `digest:weekly:2026-11-30:${id}`,
        ]);
      }
    }
    expect(digests.every((d) => d.kind === "digest")).toBe(true);
    expect(digests.every((d) => d.user.roles.some((r) => r.role === "secretariat" || r.role === "chair"))).toBe(true);
    for (const d of digests) await expectOnlyOwnBoards(d.id);

    // Areas without calendars have nothing to say: their officers were counted as skipped, not sent.
    const kent = await userId(demoEmail("kent", "HWB", "secretariat"));
    expect(digests.some((d) => d.userId === kent)).toBe(false);
    expect(run.skipped).toBeGreaterThan(0);

    // A readable mail: the council's name, dates written out, the one-click headers.
    const secretariat = await userId(demoEmail("knowsley", "KSCB", "secretariat"));
    const mail = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: secretariat } });
    expect(mail.subject).toMatch(/^Your weekly digest: .*\(Knowsley\)$/);
    expect(mail.text).toMatch(/due \d{1,2} [A-Z][a-z]+ 20\d\d/);
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(JSON.parse(mail.headers)).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    // A chair's digest has no scheduling lines (the secretariat's work).
    const chair = await t.db.notification.findFirstOrThrow({
      where: { userId: await userId(demoEmail("knowsley", "KSCB", "chair")) },
    });
    expect(chair.body).not.toContain("no meeting chosen yet");
  });

  it("members get nothing by default", async () => {
    const members = await t.db.roleAssignment.findMany({ where: { role: "member" }, select: { userId: true } });
    expect(await t.db.notification.count({ where: { userId: { in: members.map((m) => m.userId) } } })).toBe(0);
  });

  it("a second run for the same moment, or later that week, queues nothing", async () => {
    const before = await t.db.outboxMessage.count();
    const again = await queueDueDigests(t.db, monday, options);
    expect(again.queued).toBe(0);
    expect((await queueDueDigests(t.db, new Date("2026-12-03T15:00:00Z"), options)).queued).toBe(0);
    expect(await t.db.outboxMessage.count()).toBe(before);
  });

  it("a daily digest goes every morning; the weekly ones wait for Monday", async () => {
    const email = demoEmail("halton", "HSCB", "secretariat");
    const id = await setPrefs(email, { digest: "daily" });
    const tuesday = new Date("2026-12-01T07:05:00Z");
    const run = await queueDueDigests(t.db, tuesday, options);
    expect(run.queued).toBe(1);
    const latest = await t.db.notification.findMany({ where: { idempotencyKey: { contains: "daily" } } });
    expect(latest.map((n) => n.idempotencyKey)).toEqual([`digest:daily:2026-12-01:${id}`]);
    await expectOnlyOwnBoards(latest[0]!.id);
    expect((await queueDueDigests(t.db, new Date("2026-12-01T18:00:00Z"), options)).queued).toBe(0);
    expect((await queueDueDigests(t.db, new Date("2026-12-02T07:00:00Z"), options)).queued).toBe(1);
  });

  it("respects each person's lead time", async () => {
    const short = await setPrefs(demoEmail("knowsley", "KSCB", "secretariat"), { digest: "daily", leadDays: 1 });
    const long = await setPrefs(demoEmail("knowsley", "HWB", "secretariat"), { digest: "daily", leadDays: 90 });
    const thursday = new Date("2026-12-03T09:00:00Z");
    await queueDueDigests(t.db, thursday, options);
    const dueSoon = async (user: string) => {
      const n = await t.db.notification.findFirstOrThrow({
        where: { userId: user, idempotencyKey: { contains: "2026-12-03" } },
      });
      return n.body
        .split("\n")
        .filter((l) => l.endsWith(", due soon"))
        .map((l) => civilOf(/due (\d{1,2} [A-Za-z]+ \d{4}), due soon$/.exec(l)![1]!));
    };
    const longDates = await dueSoon(long);
    expect(longDates.length).toBeGreaterThan(0);
    expect(longDates.every((d) => d >= "2026-12-03" && d <= addDays("2026-12-03", 90))).toBe(true);
    expect(longDates.some((d) => d > addDays("2026-12-03", 14))).toBe(true);
    const shortDates = await t.db.notification
      .findFirst({ where: { userId: short, idempotencyKey: { contains: "2026-12-03" } } })
      .then((n) => (n ? dueSoon(short) : []));
    expect(shortDates.every((d) => d <= "2026-12-04")).toBe(true);
  });

  it("a member who asks for it gets the items at their boards' coming meetings", async () => {
    const from = "2026-12-07";
    const until = addDays(from, 90);
    // A seeded board with items at its meetings in the next 90 days, and its demo member.
    const atMeeting = await t.db.calendarItem.findFirstOrThrow({
      where: { retiredAt: null, meeting: { cancelledAt: null, date: { gte: from, lte: until } } },
      include: { meeting: { include: { board: { include: { roles: { where: { role: "member" } } } } } } },
    });
    const board = atMeeting.meeting!.board;
    const id = board.roles[0]!.userId;
    const email = (await t.db.user.findUniqueOrThrow({ where: { id } })).email;
    await setPrefs(email, { digest: "off", leadDays: 90, meetingDigest: true });
    await queueDueDigests(t.db, new Date("2026-12-07T08:00:00Z"), options);
    const mine = await t.db.notification.findMany({ where: { userId: id } });
    const scheduled = await t.db.calendarItem.count({
      where: { retiredAt: null, meeting: { boardId: board.id, cancelledAt: null, date: { gte: from, lte: until } } },
    });
    expect(mine.map((n) => [n.kind, n.idempotencyKey])).toEqual([
      ["meeting-digest", `meeting-digest:weekly:2026-12-07:${id}`],
    ]);
    await expectOnlyOwnBoards(mine[0]!.id);
    expect(mine[0]!.body.split("\n")).toHaveLength(scheduled);
    expect(mine[0]!.body).toContain("at the meeting on");
    // Other members still get nothing.
    const others = await t.db.roleAssignment.findMany({
      where: { role: "member", userId: { not: id } },
      select: { userId: true },
    });
    expect(await t.db.notification.count({ where: { userId: { in: others.map((o) => o.userId) } } })).toBe(0);
  });
});
