import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { listStoredItems } from "@/server/features/calendar/list-stored-items";
import { previewCalendar } from "@/server/features/calendar/preview-calendar";
import { addMeetingSeries } from "@/server/features/meetings/add-meeting-series";
import { cancelMeeting } from "@/server/features/meetings/cancel-meeting";
import { editMeeting } from "@/server/features/meetings/edit-meeting";
import { getMeeting } from "@/server/features/meetings/get-meeting";
import { listBoardMeetings } from "@/server/features/meetings/list-board-meetings";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { makeLogEntry, makeMeeting } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let hwb: string;
let kscb: string;
let admin: Viewer;
let secretariat: Viewer;
let member: Viewer;

async function viewerFor(email: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(t.db, user.id))!;
}

beforeAll(async () => {
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).id;
  kscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-kscb" } })).id;
  admin = await viewerFor(DEMO_ADMIN_EMAIL);
  secretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  member = await viewerFor(demoEmail("kent", "HWB", "member"));
});

/** Runs a use case expected to refuse, and checks that meetings and the audit trail did not change. */
async function refused(work: () => Promise<unknown>) {
  const snapshot = async () => ({
    meetings: JSON.stringify(await t.db.meeting.findMany({ orderBy: { id: "asc" } })),
    audit: await t.db.auditEntry.count(),
  });
  const before = await snapshot();
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(await snapshot()).toEqual(before);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const secondTuesday = {
  frequency: "monthly-weekday",
  interval: "2",
  weekday: "tuesday",
  week: "2",
  from: "2026-09-01",
  until: "2027-07-31",
  startTime: "17:30",
  location: "Sessions House",
};

describe("a series of meetings", () => {
  it("adds the second Tuesday of every other month, September to July, with one audit entry", async () => {
    const result = await addMeetingSeries({ db: t.db, viewer: secretariat }, { ...secondTuesday, boardId: hwb });
    expect(result.added).toEqual(["2026-09-08", "2026-11-10", "2027-01-12", "2027-03-09", "2027-05-11", "2027-07-13"]);
    expect(result.skipped).toEqual([]);
    const meetings = await t.db.meeting.findMany({ where: { seriesId: result.seriesId }, orderBy: { date: "asc" } });
    expect(meetings.map((m) => [m.date, m.startTime, m.location, m.boardId])).toEqual(
      result.added.map((d) => [d, "17:30", "Sessions House", hwb]),
    );
    const audit = await t.db.auditEntry.findMany({ where: { entityType: "Meeting", entityId: result.seriesId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe("meeting.series.create");
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({
      rule: "DTSTART;TZID=Europe/London:20260901T173000\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=+2TU;UNTIL=20270731T000000Z",
      dates: result.added,
    });
  });

  it("reports dates already taken and does not duplicate them", async () => {
    const result = await addMeetingSeries(
      { db: t.db, viewer: secretariat },
      { ...secondTuesday, interval: "1", boardId: hwb },
    );
    expect(result.skipped).toEqual([
      "2026-09-08",
      "2026-11-10",
      "2027-01-12",
      "2027-03-09",
      "2027-05-11",
      "2027-07-13",
    ]);
    expect(result.added).toEqual(["2026-10-13", "2026-12-08", "2027-02-09", "2027-04-13", "2027-06-08"]);
    expect(await t.db.meeting.count({ where: { boardId: hwb, startTime: "17:30", date: { gte: "2026-09-01" } } })).toBe(
      11,
    );
  });

  it("refuses, writing nothing, when every date is taken", async () => {
    const error = await refused(() =>
      addMeetingSeries({ db: t.db, viewer: secretariat }, { ...secondTuesday, boardId: hwb }),
    );
    expect(error.code).toBe("CONFLICT");
  });

  it("names the field at fault, and refuses a member of the board", async () => {
    const bad = await refused(() =>
      addMeetingSeries(
        { db: t.db, viewer: secretariat },
        { ...secondTuesday, boardId: hwb, week: "", dayOfMonth: "31", until: "2026-08-01" },
      ),
    );
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["dayOfMonth", "until", "week"]);
    const forbidden = await refused(() =>
      addMeetingSeries({ db: t.db, viewer: member }, { ...secondTuesday, startTime: "08:00", boardId: hwb }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
  });
});

describe("moving and cancelling a meeting", () => {
  it("moves a meeting with one audit entry, and refuses a move onto another meeting's date and time", async () => {
    const a = await makeMeeting(t.db, { boardId: hwb, date: "2031-05-04", startTime: "10:00" });
    await makeMeeting(t.db, { boardId: hwb, date: "2031-05-11", startTime: "10:00" });
    const clash = await refused(() =>
      editMeeting(
        { db: t.db, viewer: secretariat },
        { meetingId: a.id, version: 1, date: "2031-05-11", startTime: "10:00" },
      ),
    );
    expect(clash.code).toBe("ALREADY_EXISTS");
    expect(clash.fieldErrors.date).toEqual(["The board already has a meeting on that date at that time"]);
    const moved = await editMeeting(
      { db: t.db, viewer: secretariat },
      { meetingId: a.id, version: 1, date: "2031-05-12", startTime: "11:00", location: "Room 2" },
    );
    expect(moved).toMatchObject({ date: "2031-05-12", startTime: "11:00", location: "Room 2", version: 2 });
    const audit = await t.db.auditEntry.findMany({ where: { entityType: "Meeting", entityId: a.id } });
    expect(audit.map((e) => e.action)).toEqual(["meeting.update"]);
    // The form still showing version 1 is refused.
    const stale = await refused(() =>
      editMeeting(
        { db: t.db, viewer: secretariat },
        { meetingId: a.id, version: 1, date: "2031-05-13", startTime: "11:00" },
      ),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("cancels a meeting, keeping it with the reason; a cancelled meeting is not changed again", async () => {
    const m = await makeMeeting(t.db, { boardId: hwb, date: "2031-06-01", startTime: "10:00" });
    const noReason = await refused(() =>
      cancelMeeting({ db: t.db, viewer: secretariat }, { meetingId: m.id, version: 1, reason: "  " }),
    );
    expect(noReason.fieldErrors.reason).toEqual(["Enter why the meeting is cancelled"]);
    await cancelMeeting({ db: t.db, viewer: secretariat }, { meetingId: m.id, version: 1, reason: "Not quorate" });
    const kept = await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(kept).toMatchObject({ cancelReason: "Not quorate", version: 2 });
    expect(kept.cancelledAt).not.toBeNull();
    expect((await t.db.auditEntry.findMany({ where: { entityId: m.id } })).map((e) => e.action)).toEqual([
      "meeting.cancel",
    ]);
    expect(
      (
        await refused(() =>
          cancelMeeting({ db: t.db, viewer: secretariat }, { meetingId: m.id, version: 2, reason: "Again" }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(
      (
        await refused(() =>
          editMeeting(
            { db: t.db, viewer: secretariat },
            { meetingId: m.id, version: 2, date: "2031-06-02", startTime: "10:00" },
          ),
        )
      ).code,
    ).toBe("CONFLICT");
    const page = await listBoardMeetings({ db: t.db, viewer: member }, "kent", "HWB", new Date("2031-01-01T12:00:00Z"));
    expect(page.upcoming.find((r) => r.id === m.id)).toMatchObject({ cancelled: true, cancelReason: "Not quorate" });
    expect(page.manage).toBe(false);
  });

  it("refuses a member of the board", async () => {
    const m = await makeMeeting(t.db, { boardId: hwb, date: "2031-06-08", startTime: "10:00" });
    expect(
      (await refused(() => cancelMeeting({ db: t.db, viewer: member }, { meetingId: m.id, version: 1, reason: "No" })))
        .code,
    ).toBe("FORBIDDEN");
  });
});

/**
 * A protocol of KSCB reporting to HWB in FY2030 (no seeded meeting is that late), with duties in
 * windows of their own, each planned on HWB's meetings made here.
 */
describe("generation after meetings move or are cancelled", () => {
  const duties = {
    moved: { from: 9, to: 11 }, // planned on 12 Sep; that meeting moves to December: re-planned on 17 Oct
    cancelled: { from: 1, to: 3 }, // planned on 15 Jan; cancelled: re-planned on 19 Feb
    alone: { from: 6, to: 6 }, // planned on 11 June, the only meeting in its window; cancelled: no meeting in window
    logged: { from: 7, to: 7 }, // planned on 9 July and scheduled there; cancelled: left as it is, flagged
  };
  const meetings: Record<string, string> = {};
  const items: Record<string, string> = {};

  beforeAll(async () => {
    // No meeting of HWB in FY2030 but those made here.
    expect(await t.db.meeting.count({ where: { boardId: hwb, date: { gte: "2030-01-01", lte: "2031-03-31" } } })).toBe(
      0,
    );
    const protocol = await t.db.protocol.create({
      data: {
        key: "meetings-test",
        title: "Meetings test protocol",
        version: "1",
        status: "agreed",
        approvedOn: "2026-01-01",
        parties: { create: [{ boardId: hwb }, { boardId: kscb }] },
        clauses: { create: [{ ref: "M1", text: "KSCB reports to the HWB.", position: 0 }] },
      },
      include: { clauses: true },
    });
    let position = 0;
    for (const [key, window] of Object.entries(duties)) {
      await t.db.obligation.create({
        data: {
          protocolId: protocol.id,
          clauseId: protocol.clauses[0]!.id,
          key: `meetings-${key}`,
          kind: "report",
          summary: `Report ${key}`,
          modality: "must",
          frequency: "annual",
          windowFromMonth: window.from,
          windowToMonth: window.to,
          position: position++,
          parties: {
            create: [
              { role: "from", position: 0, boardId: kscb },
              { role: "to", position: 0, boardId: hwb },
            ],
          },
        },
      });
    }
    for (const [name, date] of Object.entries({
      sep: "2030-09-12",
      oct: "2030-10-17",
      jan: "2031-01-15",
      feb: "2031-02-19",
      jun: "2030-06-11",
      jul: "2030-07-09",
    }))
      meetings[name] = (await makeMeeting(t.db, { boardId: hwb, date, startTime: "14:00" })).id;
    await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [kscb], 2030));
    for (const key of Object.keys(duties)) {
      const item = await t.db.calendarItem.findFirstOrThrow({ where: { obligation: { key: `meetings-${key}` } } });
      items[key] = item.id;
    }
    const planned = await t.db.calendarItem.findMany({ where: { id: { in: Object.values(items) } } });
    expect(Object.fromEntries(planned.map((i) => [i.id, i.meetingId]))).toEqual({
      [items.moved!]: meetings.sep,
      [items.cancelled!]: meetings.jan,
      [items.alone!]: meetings.jun,
      [items.logged!]: meetings.jul,
    });
    // The secretariat schedules the July item at its meeting: a log entry, status scheduled.
    await makeLogEntry(t.db, {
      itemId: items.logged!,
      actorId: admin.userId,
      action: "schedule",
      fromStatus: "planned",
      toStatus: "scheduled",
      meetingId: meetings.jul!,
    });
    await t.db.calendarItem.update({ where: { id: items.logged! }, data: { status: "scheduled", version: 2 } });
  });

  it("shows what is due at a meeting on its page", async () => {
    const page = await getMeeting(
      { db: t.db, viewer: member },
      "kent",
      meetings.sep!,
      new Date("2030-05-01T12:00:00Z"),
    );
    expect(page.incoming.map((i) => i.id)).toContain(items.moved);
    expect(page.meeting).toMatchObject({ date: "2030-09-12", cancelled: false });
    await expect(getMeeting({ db: t.db, viewer: member }, "harrow", meetings.sep!)).rejects.toThrow(AppError);
  });

  it("re-plans items on a moved meeting, and flags those on a cancelled one, in the next preview; logged items stay", async () => {
    const ctx = { db: t.db, viewer: secretariat };
    await editMeeting(ctx, { meetingId: meetings.sep!, version: 1, date: "2030-12-03", startTime: "14:00" });
    for (const m of [meetings.jan!, meetings.jun!, meetings.jul!])
      await cancelMeeting(ctx, { meetingId: m, version: 1, reason: "Election period" });
    const logged = await t.db.calendarItem.findUniqueOrThrow({ where: { id: items.logged! } });

    const preview = await previewCalendar({ db: t.db, viewer: admin }, "kent", "KSCB", 2030);
    const change = (id: string) => preview.updated.find((u) => u.before.id === id);
    expect(change(items.moved!)).toMatchObject({
      change: "meeting-moved",
      after: { dueOn: "2030-10-17", meeting: { id: meetings.oct } },
    });
    expect(change(items.cancelled!)).toMatchObject({
      change: "meeting-cancelled",
      after: { dueOn: "2031-02-19", meeting: { id: meetings.feb } },
    });
    expect(change(items.alone!)).toMatchObject({
      change: "meeting-cancelled",
      after: { meeting: null, flags: ["no-meeting-in-window"] },
    });
    expect(change(items.logged!)).toBeUndefined();
    expect(preview.attention.map((a) => [a.item.id, a.change, a.item.flags])).toEqual([
      [items.logged, "meeting-cancelled", ["meeting-cancelled"]],
    ]);

    await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [kscb], 2030));
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: items.logged! } })).toEqual(logged);
    const after = await t.db.calendarItem.findMany({ where: { id: { in: [items.moved!, items.cancelled!] } } });
    expect(after.map((i) => i.meetingId).sort()).toEqual([meetings.oct, meetings.feb].sort());
    // The calendar shows the logged item on its cancelled meeting with the flag.
    const shown = (await listStoredItems(t.db, [hwb], 2030, null, "2030-05-01")).find((i) => i.id === items.logged);
    expect(shown?.flags).toContain("meeting-cancelled");
    // And nothing is left to do.
    expect((await planCalendar(t.db, [kscb], 2030)).diff).toMatchObject({ create: [], update: [], retire: [] });
  });
});
