import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/domain/civil-date";
import { chairDashboard } from "@/server/features/dashboard/chair-dashboard";
import { memberHome } from "@/server/features/dashboard/member-home";
import { secretariatHome } from "@/server/features/dashboard/secretariat-home";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { seedDemoHistory } from "@/server/seed/seed-demo-history";
import { makeChallenge, makeLogEntry } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T12:00:00Z");
const today = "2026-11-23";
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
let kscb: string;
let hwb: string;

async function counts() {
  return {
    items: await t.db.calendarItem.count(),
    cycles: await t.db.reportingCycle.count(),
    logs: await t.db.itemLogEntry.count(),
    audit: await t.db.auditEntry.count(),
    versions: (await t.db.calendarItem.aggregate({ _sum: { version: true } }))._sum.version,
  };
}

beforeAll(async () => {
  kscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "knowsley-kscb" } })).id;
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "knowsley-hwb" } })).id;
  v.chair = await viewerFor(demoEmail("knowsley", "KSCB", "chair"));
  v.secretariat = await viewerFor(demoEmail("knowsley", "KSCB", "secretariat"));
  v.member = await viewerFor(demoEmail("knowsley", "KSCB", "member"));
  v.kent = await viewerFor(demoEmail("kent", "HWB", "chair"));
});

/** Items owed by KSCB (a "from" party) in the two cycles, straight from the tables. */
async function owedByKscb() {
  return t.db.calendarItem.findMany({
    where: {
      retiredAt: null,
      obligation: { parties: { some: { role: "from", OR: [{ boardId: kscb }, { post: { boardId: kscb } }] } } },
      cycle: { startsOn: { in: ["2025-04-01", "2026-04-01"] } },
    },
    include: { cycle: true, logEntries: { include: { reversedBy: true } } },
  });
}

describe(`demo history and dashboards on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("seeds last and this year's calendars and a history of past items, once", async () => {
    const first = await seedDemoHistory(t.db, { areas: ["knowsley"], now });
    expect(first.calendars.map((c) => c.fy)).toEqual([2025, 2026]);
    expect(first.calendars.every((c) => c.created > 0)).toBe(true);
    expect(first.history!.items).toBeGreaterThan(5);
    const entries = await t.db.itemLogEntry.findMany({ include: { item: true, actor: { include: { roles: true } } } });
    expect(entries).toHaveLength(first.history!.entries);
    // Logged before today, by a secretariat user; receipts with a minute reference; versions moved per step.
    expect(entries.every((e) => e.occurredOn < today && e.actor.roles.some((r) => r.role === "secretariat"))).toBe(
      true,
    );
    expect(
      entries
        .filter((e) => e.action === "receive")
        .every((e) => e.minuteRef && e.item.status === "received" && e.item.version === 3),
    ).toBe(true);
    expect(
      entries.filter((e) => e.action === "send" && e.item.status === "sent").every((e) => e.item.version === 2),
    ).toBe(true);
    expect(await t.db.auditEntry.count({ where: { action: "seed.demo-history" } })).toBe(1);
    // Every board owing past items keeps something overdue.
    const overdue = (await owedByKscb()).filter((i) => i.status === "planned" && i.dueOn < today);
    expect(overdue.length).toBeGreaterThan(0);

    const before = await counts();
    const second = await seedDemoHistory(t.db, { areas: ["knowsley"], now: new Date("2026-12-20T12:00:00Z") });
    expect(second.history).toBeNull();
    expect(second.calendars.every((c) => c.created + c.updated + c.retired === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("the chair's dashboard buckets what KSCB owes and counts on-time rates as the log says", async () => {
    const d = await chairDashboard({ db: t.db, viewer: v.chair!, now }, { boardId: kscb });
    expect(d).toMatchObject({ today, thisYear: 2026, lastYear: 2025, board: { key: "KSCB", areaSlug: "knowsley" } });
    const owed = await owedByKscb();
    const ids = (bucket: string) =>
      d.owedBy.buckets
        .find((b) => b.bucket === bucket)!
        .groups.flatMap((g) => g.items.map((i) => i.id))
        .sort();
    const expectedOverdue = owed
      .filter((i) => ["planned", "scheduled"].includes(i.status) && i.dueOn < today)
      .map((i) => i.id)
      .sort();
    expect(ids("overdue")).toEqual(expectedOverdue);
    expect(ids("due-30")).toEqual(
      owed
        .filter((i) => ["planned", "scheduled"].includes(i.status) && i.dueOn >= today && i.dueOn <= addDays(today, 30))
        .map((i) => i.id)
        .sort(),
    );
    expect(ids("due-60")).toEqual(
      owed
        .filter(
          (i) =>
            ["planned", "scheduled"].includes(i.status) &&
            i.dueOn > addDays(today, 30) &&
            i.dueOn <= addDays(today, 60),
        )
        .map((i) => i.id)
        .sort(),
    );
    const done = (i: (typeof owed)[number]) =>
      i.logEntries
        .filter((e) => !e.reversedBy && ["send", "receive"].includes(e.action))
        .map((e) => e.occurredOn)
        .sort()
        .pop();
    expect(ids("done-recently")).toEqual(
      owed
        .filter((i) => {
          const on = done(i);
          return on !== undefined && on >= addDays(today, -30);
        })
        .map((i) => i.id)
        .sort(),
    );
    // Grouped by counterparty: the summary adds up to the buckets.
    expect(d.owedBy.summary.reduce((n, r) => n + r.counts.overdue, 0)).toBe(expectedOverdue.length);
    expect(
      d.owedBy.buckets
        .find((b) => b.bucket === "overdue")!
        .groups.every((g) =>
          g.items.every((i) => i.counterparty === g.label && i.href === `/areas/knowsley/items/${i.id}`),
        ),
    ).toBe(true);

    const rate = (year: string) => {
      const inCycle = owed.filter((i) => i.cycle.startsOn === year);
      const sent = inCycle.map((i) => ({ i, send: i.logEntries.find((e) => e.action === "send" && !e.reversedBy) }));
      const onTime = sent.filter((s) => s.send && s.send.occurredOn <= s.i.dueOn).length;
      const late = sent.filter((s) => s.send && s.send.occurredOn > s.i.dueOn).length;
      const notSent = inCycle.filter((i) => i.status === "planned" && i.dueOn < today).length;
      return {
        counted: onTime + late + notSent,
        onTime,
        late,
        notSent,
        rate: onTime + late + notSent === 0 ? null : onTime / (onTime + late + notSent),
      };
    };
    const byUs = d.onTime.find((r) => r.direction === "owed-by")!;
    expect(byUs.thisCycle).toEqual(rate("2026-04-01"));
    expect(byUs.lastCycle).toEqual(rate("2025-04-01"));
    expect(byUs.lastCycle.counted).toBeGreaterThan(0);
  });

  it("moves an item out of overdue when a late sending is logged, back when it is reversed, and leaves waived items out", async () => {
    const rateOf = async () =>
      (await chairDashboard({ db: t.db, viewer: v.chair!, now }, { boardId: kscb })).onTime.find(
        (r) => r.direction === "owed-by",
      )!;
    const overdueIds = async () =>
      (await chairDashboard({ db: t.db, viewer: v.chair!, now }, { boardId: kscb })).owedBy.buckets
        .find((b) => b.bucket === "overdue")!
        .groups.flatMap((g) => g.items.map((i) => i.id));
    const item = (await owedByKscb())
      .filter((i) => i.status === "planned" && i.dueOn < today)
      .sort((a, b) => (a.dueOn < b.dueOn ? 1 : -1))[0]!;
    const cycle = item.cycle.startsOn === "2026-04-01" ? "thisCycle" : "lastCycle";
    const base = (await rateOf())[cycle];
    const actorId = v.secretariat!.userId;

    const sentOn = addDays(item.dueOn, 3) < today ? addDays(item.dueOn, 3) : addDays(today, -1);
    const send = await makeLogEntry(t.db, {
      itemId: item.id,
      actorId,
      action: "send",
      fromStatus: "planned",
      toStatus: "sent",
      occurredOn: sentOn,
    });
    await t.db.calendarItem.update({ where: { id: item.id }, data: { status: "sent", version: { increment: 1 } } });
    expect(await overdueIds()).not.toContain(item.id);
    const late = (await rateOf())[cycle];
    expect(late).toMatchObject({
      counted: base.counted,
      onTime: base.onTime,
      late: sentOn > item.dueOn ? base.late + 1 : base.late,
      notSent: base.notSent - 1,
    });

    await makeLogEntry(t.db, {
      itemId: item.id,
      actorId,
      action: "reverse",
      fromStatus: "sent",
      toStatus: "planned",
      occurredOn: addDays(today, -1),
      reason: "Sent in error",
      reversesId: send.id,
    });
    await t.db.calendarItem.update({ where: { id: item.id }, data: { status: "planned", version: { increment: 1 } } });
    expect(await overdueIds()).toContain(item.id);
    expect((await rateOf())[cycle]).toEqual(base);

    await t.db.calendarItem.update({ where: { id: item.id }, data: { status: "waived", version: { increment: 1 } } });
    expect(await overdueIds()).not.toContain(item.id);
    expect((await rateOf())[cycle]).toMatchObject({ counted: base.counted - 1, notSent: base.notSent - 1 });
  });

  it("lists open challenges from or to the board, not resolved ones", async () => {
    const protocol = await t.db.protocol.findFirstOrThrow({ where: { parties: { some: { boardId: kscb } } } });
    const raise = (status: string, subject: string) =>
      makeChallenge(t.db, {
        fromBoardId: hwb,
        toBoardId: kscb,
        protocolId: protocol.id,
        subject,
        detail: "Detail",
        responseDueOn: "2026-12-10",
        status,
        raisedById: v.chair!.userId,
      });
    const open = await raise("open", "Where is the annual report?");
    await raise("resolved", "Settled long ago");
    const d = await chairDashboard({ db: t.db, viewer: v.chair!, now }, { boardId: kscb });
    expect(d.challenges).toEqual([
      expect.objectContaining({
        id: open.id,
        subject: "Where is the annual report?",
        href: `/areas/knowsley/challenges/${open.id}`,
        raisedByUs: false,
        status: "open",
      }),
    ]);
  });

  it("the secretariat's and member's home pages, and refusals", async () => {
    const s = await secretariatHome({ db: t.db, viewer: v.secretariat!, now }, { boardId: kscb });
    // (The test above waived one overdue item.)
    const overdue = (await owedByKscb()).filter((i) => i.status === "planned" && i.dueOn < today);
    expect(s.overdue.map((i) => i.id).sort()).toEqual(overdue.map((i) => i.id).sort());
    expect(s.overdue.every((i) => i.status === "overdue" && i.dueOn < today)).toBe(true);
    expect(s.dueSoon.every((i) => i.dueOn >= today && i.dueOn <= addDays(today, 30))).toBe(true);
    const waiting = await t.db.calendarItem.findMany({
      where: {
        recipientBoardId: kscb,
        status: "sent",
        retiredAt: null,
        cycle: { startsOn: { in: ["2025-04-01", "2026-04-01"] } },
      },
    });
    expect(s.awaitingReceipt.map((i) => i.id).sort()).toEqual(waiting.map((i) => i.id).sort());

    const m = await memberHome({ db: t.db, viewer: v.member!, now }, { boardId: kscb });
    expect(m.meetings.map((x) => x.date)).toEqual(["2026-11-25", "2027-01-27", "2027-03-24"]);
    const planned = await t.db.calendarItem.findMany({ where: { meetingId: m.meetings[0]!.id, retiredAt: null } });
    expect(m.meetings[0]!.items.map((i) => i.id).sort()).toEqual(planned.map((i) => i.id).sort());

    await expect(chairDashboard({ db: t.db, viewer: v.kent!, now }, { boardId: kscb })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(chairDashboard({ db: t.db, viewer: v.chair!, now }, { boardId: 42 })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { boardId: ["Choose a board"] },
    });
  });
});
