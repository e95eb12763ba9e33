import { beforeAll, describe, expect, it } from "vitest";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { getBoardCalendar } from "@/server/features/calendar/get-board-calendar";
import { loadViewer } from "@/server/authz/load-viewer";
import { makeLogEntry, makeMeeting, makeObligation, makeProtocol } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const actor = { type: "system", label: "cli" } as const;
let ids: Record<string, string> = {};

beforeAll(async () => {
  const boards = await t.db.board.findMany({ select: { id: true, slug: true } });
  ids = Object.fromEntries(boards.map((b) => [b.slug, b.id]));
});

const generate = async (slugs: string[], year = 2026) =>
  applyCalendarPlan(
    t.db,
    actor,
    await planCalendar(
      t.db,
      slugs.map((s) => ids[s]!),
      year,
    ),
  );
const itemsOf = (clause: string, protocolKey: string) =>
  t.db.calendarItem.findMany({
    where: { obligation: { clause: { ref: clause }, protocol: { key: protocolKey } }, retiredAt: null },
    include: { meeting: true, recipientBoard: true },
    orderBy: [{ dueOn: "asc" }],
  });

describe(`calendar generation on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("creates Kent's FY2026/27 items, and a second run writes nothing", async () => {
    const first = await generate(["kent-hwb", "kent-chwb", "kent-kscb"]);
    expect(first.created).toBeGreaterThan(0);
    expect(first.written).toBe(first.created);
    const audit = await t.db.auditEntry.count({ where: { action: "calendar.generate" } });
    const second = await generate(["kent-hwb", "kent-chwb", "kent-kscb"]);
    expect(second).toMatchObject({ created: 0, updated: 0, retired: 0, written: 0, unchanged: first.created });
    expect(await t.db.auditEntry.count({ where: { action: "calendar.generate" } })).toBe(audit);
  });

  it("gives the KSCB annual report (Kent 3.6) one item per recipient, to schedule, due at the year's end", async () => {
    const items = await itemsOf("3.6", "kent-hwb-chwb-kscb");
    const report = items.filter((i) => i.flags.includes("to-schedule") && i.recipientBoard);
    expect(report.map((i) => `${i.recipientBoard!.acronym} ${i.windowStart}..${i.windowEnd} ${i.dueOn}`)).toEqual(
      expect.arrayContaining(["CHWB 2026-04-01..2027-03-31 2027-03-31", "HWB 2026-04-01..2027-03-31 2027-03-31"]),
    );
  });

  it("plans the April review (Kent 4.2) on the first April meeting of any of the three boards", async () => {
    const [review] = await itemsOf("4.2", "kent-hwb-chwb-kscb");
    expect(review).toMatchObject({ windowStart: "2026-04-01", windowEnd: "2026-04-30", recipientKey: "none" });
    const aprilMeetings = await t.db.meeting.findMany({
      where: {
        board: { slug: { in: ["kent-hwb", "kent-chwb", "kent-kscb"] } },
        date: { gte: "2026-04-01", lte: "2026-04-30" },
      },
      orderBy: { date: "asc" },
    });
    expect(review!.meeting?.date).toBe(aprilMeetings[0]!.date);
  });

  it("keeps a logged item exactly as logged when its meeting moves, and re-plans unlogged ones", async () => {
    await generate(["medway-hwb", "medway-mscb", "medway-kmsab", "medway-can"]);
    const [logged, free] = await itemsOf("8.3", "medway-hwb-mscb-kmsab-can");
    const admin = await t.db.user.findFirstOrThrow({ where: { email: "admin@demo.example.org" } });
    await makeLogEntry(t.db, {
      itemId: logged!.id,
      actorId: admin.id,
      action: "schedule",
      fromStatus: "planned",
      toStatus: "scheduled",
      occurredOn: "2026-10-01",
      meetingId: logged!.meetingId,
    });
    await t.db.calendarItem.update({ where: { id: logged!.id }, data: { status: "scheduled" } });
    const before = await t.db.calendarItem.findUniqueOrThrow({ where: { id: logged!.id } });
    // Both safeguarding boards now meet earlier in the window.
    await makeMeeting(t.db, { boardId: logged!.recipientBoardId!, date: "2026-10-02", startTime: "09:00" });
    await makeMeeting(t.db, { boardId: free!.recipientBoardId!, date: "2026-10-02", startTime: "09:00" });
    const result = await generate(["medway-hwb"]);
    expect(result.updated).toBeGreaterThanOrEqual(1);
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: logged!.id } })).toEqual(before);
    const moved = await t.db.calendarItem.findUniqueOrThrow({ where: { id: free!.id }, include: { meeting: true } });
    expect(moved.meeting?.date).toBe("2026-10-02");
    expect(moved.version).toBe(free!.version + 1);
  });

  it("retires the items of a duty that is no longer in force, keeping them and their log", async () => {
    const [item] = await itemsOf("App. 1 2.1(a)", "knowsley-hwb-kscb");
    expect(item).toBeUndefined();
    await generate(["knowsley-kscb"]);
    const [consultation] = await itemsOf("App. 1 2.1(a)", "knowsley-hwb-kscb");
    expect(consultation).toBeDefined();
    await t.db.obligation.update({ where: { id: consultation!.obligationId }, data: { retiredAt: new Date() } });
    const result = await generate(["knowsley-kscb"]);
    expect(result.retired).toBe(1);
    const kept = await t.db.calendarItem.findUniqueOrThrow({ where: { id: consultation!.id } });
    expect(kept.retiredAt).not.toBeNull();
    expect((await generate(["knowsley-kscb"])).written).toBe(0);
  });

  it("writes one item per meeting for after-every-meeting duties (Knowsley 8.1)", async () => {
    const items = await itemsOf("8.1", "knowsley-hwb-kscb");
    const meetings = await t.db.meeting.count({
      where: {
        board: { slug: { in: ["knowsley-hwb", "knowsley-kscb"] } },
        date: { gte: "2026-04-01", lte: "2027-03-31" },
      },
    });
    expect(items).toHaveLength(meetings);
  });

  it("warns when a six-monthly duty actually happened more than six months apart (Halton 36)", async () => {
    await generate(["halton-hhwb"]);
    const halves = await itemsOf("36", "halton-hct-hscb-hhwb");
    expect(halves).toHaveLength(2);
    await t.db.calendarItem.update({ where: { id: halves[0]!.id }, data: { status: "received", dueOn: "2026-04-10" } });
    await t.db.calendarItem.update({ where: { id: halves[1]!.id }, data: { status: "received", dueOn: "2026-11-20" } });
    const admin = await t.db.user.findFirstOrThrow({ where: { email: "admin@demo.example.org" } });
    const viewer = (await loadViewer(t.db, admin.id))!;
    const cal = await getBoardCalendar({ db: t.db, viewer }, "halton", "HHWB", 2026, {});
    expect(cal.gapWarnings).toEqual([expect.objectContaining({ clause: "36", from: "2026-04-10", to: "2026-11-20" })]);
  });

  it("never generates from a draft or superseded protocol's rules", async () => {
    const agreed = await t.db.protocol.findFirstOrThrow({
      where: { key: "harrow-hwbb-lscb" },
      include: { parties: true, clauses: true },
    });
    const draft = await makeProtocol(t.db, {
      key: agreed.key,
      version: "2-draft",
      title: agreed.title,
      status: "draft",
      previousVersionId: agreed.id,
      parties: agreed.parties.map((p) => p.boardId),
      clauses: [{ ref: "12", text: "A new quarterly duty" }],
    });
    const duty = await makeObligation(t.db, {
      protocolId: draft.id,
      clauseId: draft.clauses[0]!.id,
      key: "draft-only",
      kind: "report",
      summary: "Draft-only duty",
      modality: "will",
      frequency: "quarterly",
      from: [agreed.parties[0]!.boardId],
    });
    const plan = await planCalendar(
      t.db,
      agreed.parties.map((p) => p.boardId),
      2026,
    );
    expect(plan.generated.some((g) => g.obligationId === duty.id)).toBe(false);
    await t.db.protocol.update({ where: { id: draft.id }, data: { status: "superseded" } });
    expect(
      (
        await planCalendar(
          t.db,
          agreed.parties.map((p) => p.boardId),
          2026,
        )
      ).generated.some((g) => g.obligationId === duty.id),
    ).toBe(false);
    await t.db.protocol.update({ where: { id: draft.id }, data: { status: "agreed" } });
    expect(
      (
        await planCalendar(
          t.db,
          agreed.parties.map((p) => p.boardId),
          2026,
        )
      ).generated.filter((g) => g.obligationId === duty.id),
    ).toHaveLength(4);
  });

  it("refuses a year out of range", async () => {
    await expect(planCalendar(t.db, [ids["kent-hwb"]!], 1999)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
