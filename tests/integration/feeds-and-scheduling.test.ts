import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { buildFeed } from "@/server/features/feeds/build-feed";
import { renewFeedToken, revokeFeedTokens, viewerForFeedToken } from "@/server/features/feeds/feed-tokens";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { scheduleItem } from "@/server/features/items/schedule-item";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { makeMeeting } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T10:00:00Z");
let hwb: string;
const viewers: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;

beforeAll(async () => {
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).id;
  await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [hwb], 2026));
  viewers.secretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  viewers.member = await viewerFor(demoEmail("kent", "HWB", "member"));
  viewers.harrow = await viewerFor(demoEmail("harrow", "HWBB", "secretariat"));
});

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return cal.getAllSubcomponents("vevent").map((e) => ({
    uid: String(e.getFirstPropertyValue("uid")),
    sequence: Number(e.getFirstPropertyValue("sequence")),
    status: String(e.getFirstPropertyValue("status")),
    start: (e.getFirstPropertyValue("dtstart") as ICAL.Time).toString(),
    isDate: (e.getFirstPropertyValue("dtstart") as ICAL.Time).isDate,
    summary: String(e.getFirstPropertyValue("summary")),
  }));
}

const toScheduleItem = () =>
  t.db.calendarItem.findFirstOrThrow({
    where: { recipientBoardId: hwb, flags: { contains: "to-schedule" }, retiredAt: null, status: "planned" },
    orderBy: { id: "asc" },
  });

describe("scheduling a 'to schedule' item", () => {
  it("refuses a member, and a meeting outside the receiving board's meetings, changing nothing", async () => {
    const item = await toScheduleItem();
    const meeting = await t.db.meeting.findFirstOrThrow({ where: { boardId: hwb } });
    await expect(
      scheduleItem(
        { db: t.db, viewer: viewers.member! },
        { itemId: item.id, meetingId: meeting.id, version: item.version },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      scheduleItem(
        { db: t.db, viewer: viewers.harrow! },
        { itemId: item.id, meetingId: meeting.id, version: item.version },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await t.db.meeting.findFirstOrThrow({ where: { board: { slug: "kent-kscb" } } });
    const error = await scheduleItem(
      { db: t.db, viewer: viewers.secretariat! },
      { itemId: item.id, meetingId: other.id, version: item.version },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors.meetingId?.[0]).toMatch(
      /^Choose a meeting of the receiving board between 1 April 2026 and 31 March 2027$/,
    );
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(item);
  });

  it("schedules it, logs it, and refuses a second form submitted against the old version", async () => {
    const item = await toScheduleItem();
    const meeting = await t.db.meeting.findFirstOrThrow({
      where: { boardId: hwb, date: { gte: item.windowStart } },
      orderBy: { date: "asc" },
    });
    await scheduleItem(
      { db: t.db, viewer: viewers.secretariat!, now },
      { itemId: item.id, meetingId: meeting.id, version: item.version },
    );
    const after = await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id }, include: { logEntries: true } });
    expect(after).toMatchObject({
      status: "scheduled",
      meetingId: meeting.id,
      dueOn: meeting.date,
      version: item.version + 1,
    });
    expect(after.flags).not.toContain("to-schedule");
    expect(after.logEntries).toHaveLength(1);
    expect(await t.db.auditEntry.count({ where: { entityId: item.id, action: "item.schedule" } })).toBe(1);
    await expect(
      scheduleItem(
        { db: t.db, viewer: viewers.secretariat! },
        { itemId: item.id, meetingId: meeting.id, version: item.version },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Regeneration leaves the scheduled item alone.
    const again = await applyCalendarPlan(
      t.db,
      { type: "system", label: "cli" },
      await planCalendar(t.db, [hwb], 2026),
    );
    expect(again.written).toBe(0);
  });
});

describe("calendar feeds", () => {
  it("serve all-day events with stable UIDs, a SEQUENCE that rises on change, and retired items cancelled", async () => {
    const first = parse((await buildFeed(t.db, viewers.secretariat!, [hwb], "https://portal.example", now))!);
    expect(first.length).toBeGreaterThan(5);
    expect(first.every((e) => e.isDate && /@board-governance-portal$/.test(e.uid))).toBe(true);

    // A meeting moves an unlogged item; one duty is withdrawn.
    // The April review (Kent 4.2) is planned on the first April meeting of any of the three boards.
    const unlogged = await t.db.calendarItem.findFirstOrThrow({
      where: {
        status: "planned",
        meetingId: { not: null },
        retiredAt: null,
        obligation: { parties: { some: { boardId: hwb } } },
      },
    });
    expect(unlogged.windowStart).toBe("2026-04-01");
    await makeMeeting(t.db, { boardId: hwb, date: unlogged.windowStart, startTime: "08:00" });
    const withdrawn = await t.db.calendarItem.findFirstOrThrow({
      where: { recipientBoardId: hwb, status: "planned", retiredAt: null, id: { not: unlogged.id } },
    });
    await t.db.obligation.update({ where: { id: withdrawn.obligationId }, data: { retiredAt: new Date() } });
    await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [hwb], 2026));

    const second = parse((await buildFeed(t.db, viewers.secretariat!, [hwb], "https://portal.example", now))!);
    expect(second.map((e) => e.uid)).toEqual(expect.arrayContaining(first.map((e) => e.uid)));
    const moved = second.find((e) => e.uid.startsWith(unlogged.id))!;
    expect(moved.start).toBe(unlogged.windowStart);
    expect(moved.sequence).toBeGreaterThan(first.find((e) => e.uid.startsWith(unlogged.id))!.sequence);
    expect(second.find((e) => e.uid.startsWith(withdrawn.id))!.status).toBe("CANCELLED");
  });

  it("give nothing to another area's user", async () => {
    expect(await buildFeed(t.db, viewers.harrow!, [hwb], "https://portal.example", now)).toBeNull();
  });

  it("accept a renewed secret, and stop accepting the old one once renewed or revoked", async () => {
    const first = await renewFeedToken(t.db, viewers.member!);
    expect((await viewerForFeedToken(t.db, first))?.userId).toBe(viewers.member!.userId);
    const second = await renewFeedToken(t.db, viewers.member!);
    expect(await viewerForFeedToken(t.db, first)).toBeNull();
    expect((await viewerForFeedToken(t.db, second))?.userId).toBe(viewers.member!.userId);
    await revokeFeedTokens(t.db, viewers.member!);
    expect(await viewerForFeedToken(t.db, second)).toBeNull();
    expect(await viewerForFeedToken(t.db, "not-a-token")).toBeNull();
  });
});
