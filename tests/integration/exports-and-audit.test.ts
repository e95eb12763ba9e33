import { beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/server/features/audit/list-audit-entries";
import { exportBoardCalendarCsv, forwardPlan } from "@/server/features/calendar/export-calendar";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { seedDemoHistory } from "@/server/seed/seed-demo-history";
import { parseCsv } from "../support/csv";
import { makeAuditEntry, makeCalendarItem, makeEvidence } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T12:00:00Z");
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
let kscb: string;

beforeAll(async () => {
  await seedDemoHistory(t.db, { areas: ["knowsley"], now });
  kscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "knowsley-kscb" } })).id;
  v.member = await viewerFor(demoEmail("knowsley", "KSCB", "member"));
  v.hwbMember = await viewerFor(demoEmail("knowsley", "HWB", "member"));
  v.kent = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.secretariat = await viewerFor(demoEmail("knowsley", "KSCB", "secretariat"));
});

describe(`exports and the audit log on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("exports a board's cycle as CSV: statuses, minutes, evidence, and no formulas", async () => {
    // A received item gets a link and a file as evidence, and a minute reference that looks like a formula.
    const item = await t.db.calendarItem.findFirstOrThrow({
      where: {
        status: "received",
        cycle: { startsOn: "2026-04-01" },
        OR: [{ recipientBoardId: kscb }, { obligation: { parties: { some: { boardId: kscb } } } }],
      },
      include: { logEntries: true },
    });
    const receipt = item.logEntries.find((e) => e.action === "receive")!;
    await t.db.itemLogEntry.update({
      where: { id: receipt.id },
      data: { minuteRef: '=HYPERLINK("http://evil.example","x")' },
    });
    const link = await makeEvidence(t.db, {
      logEntryId: receipt.id,
      kind: "link",
      url: "https://example.org/report.pdf",
    });
    const file = await makeEvidence(t.db, {
      logEntryId: receipt.id,
      kind: "file",
      fileName: "minutes.pdf",
      contentType: "application/pdf",
      sizeBytes: 1200,
      storageKey: "x/y",
    });

    // An unsent item due before today, whatever the demo's hashed history left unsent.
    const cycle = await t.db.reportingCycle.findFirstOrThrow({ where: { boardId: kscb, startsOn: "2026-04-01" } });
    const duty = await t.db.calendarItem.findFirstOrThrow({
      where: { cycleId: cycle.id },
      select: { obligationId: true },
    });
    await makeCalendarItem(t.db, {
      cycleId: cycle.id,
      obligationId: duty.obligationId,
      recipientKey: "test-unsent",
      sequence: 99,
      windowStart: "2026-09-01",
      windowEnd: "2026-10-01",
      dueOn: "2026-10-01",
    });

    const { csv, filename, count } = await exportBoardCalendarCsv(
      { db: t.db, viewer: v.member!, now },
      { area: "knowsley", board: "KSCB", fy: "2026" },
    );
    expect(filename).toBe("calendar-knowsley-kscb-FY2026-27.csv");
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      "due",
      "window",
      "duty",
      "clause",
      "owing board(s)",
      "recipient",
      "meeting",
      "status",
      "last logged",
      "minute ref",
      "evidence",
    ]);
    expect(rows).toHaveLength(count + 1);
    const concerning = await t.db.calendarItem.count({
      where: {
        retiredAt: null,
        cycle: { startsOn: "2026-04-01" },
        OR: [
          { cycle: { boardId: kscb } },
          { recipientBoardId: kscb },
          { recipientPost: { boardId: kscb } },
          { ownerBoardId: kscb },
          { obligation: { parties: { some: { OR: [{ boardId: kscb }, { post: { boardId: kscb } }] } } } },
        ],
      },
    });
    expect(count).toBe(concerning);
    const row = rows.find((r) => r[9]!.includes("HYPERLINK"))!;
    expect(row[9]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row[10]).toBe(`https://example.org/report.pdf /evidence/${file.id}`);
    expect(row[7]).toBe("Received");
    expect(row[8]).toBe(receipt.occurredOn);
    expect(row[0]).toBe(item.dueOn);
    expect(link.id).not.toBe(file.id);
    // Statuses as derived today: unsent past items are overdue.
    expect(rows.slice(1).some((r) => r[7] === "Overdue" && r[0] === "2026-10-01")).toBe(true);
    expect(rows.slice(1).every((r) => r[7] !== "Planned" || r[0]! >= "2026-11-23")).toBe(true);
  });

  it("lets anyone who can read the board export it, and nobody else", async () => {
    await expect(
      exportBoardCalendarCsv({ db: t.db, viewer: v.hwbMember!, now }, { area: "knowsley", board: "KSCB" }),
    ).resolves.toMatchObject({ filename: "calendar-knowsley-kscb-FY2026-27.csv" });
    // Another area's board does not exist as far as a Kent user can tell; nor does an unknown key.
    for (const [viewer, attempt] of [
      [v.kent!, { area: "knowsley", board: "KSCB" }],
      [v.member!, { area: "knowsley", board: "NOPE" }],
    ] as const) {
      const error = await exportBoardCalendarCsv({ db: t.db, viewer, now }, attempt).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    await expect(
      exportBoardCalendarCsv({ db: t.db, viewer: v.member!, now }, { area: "knowsley", board: "KSCB", fy: "1999" }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { fy: ["Enter a year from 2000 to 2098"] } });
  });

  it("a forward plan puts every item of the cycle once: by meeting date, month by month, then to schedule", async () => {
    const plan = await forwardPlan({ db: t.db, viewer: v.member!, now }, { area: "knowsley", board: "KSCB", fy: 2026 });
    const listed = [...plan.months.flatMap((m) => m.days.flatMap((d) => d.items)), ...plan.toSchedule];
    expect(new Set(listed.map((i) => i.id)).size).toBe(listed.length);
    expect(listed.length).toBe(plan.items.filter((i) => i.status !== "waived").length);
    const days = plan.months.flatMap((m) => m.days.map((d) => d.date));
    expect(days).toEqual([...days].sort());
    expect(
      plan.months.every((m) =>
        m.days.every(
          (d) => d.date.startsWith(m.key) && d.items.every((i) => (d.meeting ? i.meeting?.date : i.dueOn) === d.date),
        ),
      ),
    ).toBe(true);
    expect(plan.toSchedule.every((i) => i.meeting === null)).toBe(true);
  });
});

describe(`the audit log on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  const list = (raw: unknown, viewer = v.admin!) => listAuditEntries({ db: t.db, viewer }, raw);

  beforeAll(async () => {
    // Entries at known instants either side of the end of British Summer Time (25 October 2026).
    const at = (iso: string, action: string, entityId: string, userId: string | null) =>
      makeAuditEntry(t.db, {
        at: new Date(iso),
        actorId: userId,
        actorLabel: userId ? null : "cli",
        action,
        entityType: "TestThing",
        entityId,
        before: JSON.stringify({ n: 1 }),
        after: JSON.stringify({ n: 2 }),
      });
    await at("2026-10-24T22:30:00Z", "test.early", "t-1", v.secretariat!.userId); // 23:30 on 24 October in London
    await at("2026-10-24T23:30:00Z", "test.late", "t-2", v.secretariat!.userId); // 00:30 on 25 October in London
    await at("2026-10-26T00:30:00Z", "test.late", "t-3", null);
    await appendAudit(
      t.db,
      { type: "user", userId: v.admin!.userId },
      { action: "test.now", entityType: "TestThing", entityId: "t-4" },
    );
  });

  it("filters by actor, action, entity and London dates, newest first", async () => {
    const ids = async (raw: unknown) => (await list(raw)).entries.map((e) => e.entityId);
    expect(await ids({ entityType: "TestThing" })).toEqual(["t-4", "t-3", "t-2", "t-1"]);
    expect(await ids({ entityType: "TestThing", actor: "KNOWSLEY.KSCB.SECRETARIAT" })).toEqual(["t-2", "t-1"]);
    expect(await ids({ entityType: "TestThing", actor: "cli" })).toEqual(["t-3"]);
    expect(await ids({ action: "test.late" })).toEqual(["t-3", "t-2"]);
    expect(await ids({ action: "test." })).toEqual(["t-4", "t-3", "t-2", "t-1"]);
    expect(await ids({ entityId: "t-2" })).toEqual(["t-2"]);
    expect(await ids({ entityType: "TestThing", from: "2026-10-25", to: "2026-10-25" })).toEqual(["t-2"]);
    expect(await ids({ entityType: "TestThing", to: "2026-10-24" })).toEqual(["t-1"]);
    expect(await ids({ entityType: "testthing" })).toEqual([]);
    const [entry] = (await list({ entityId: "t-1" })).entries;
    expect(entry).toMatchObject({
      actor: demoEmail("knowsley", "KSCB", "secretariat"),
      before: '{\n  "n": 1\n}',
      after: '{\n  "n": 2\n}',
    });
  });

  it("pages 50 at a time", async () => {
    const first = await list({});
    expect(first.total).toBe(await t.db.auditEntry.count());
    expect(first.total).toBeGreaterThan(AUDIT_PAGE_SIZE);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await list({ page: "2" });
    expect(second.page).toBe(2);
    expect(second.entries[0]!.at.getTime()).toBeLessThanOrEqual(first.entries[AUDIT_PAGE_SIZE - 1]!.at.getTime());
    expect(new Set([...first.entries, ...second.entries].map((e) => e.id)).size).toBe(
      first.entries.length + second.entries.length,
    );
    expect((await list({ page: "99999" })).page).toBe(first.pages);
  });

  it("refuses bad filters by field, and anyone but an administrator over everything", async () => {
    await expect(list({ from: "2026-12-01", to: "2026-11-01" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { to: ["The 'to' date must be on or after the 'from' date"] },
    });
    const bad = await list({ from: "yesterday" }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: "VALIDATION" });
    expect((bad as AppError).fieldErrors.from?.[0]).toMatch(/^Enter a date as YYYY-MM-DD/);
    await expect(list({ page: "0" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { page: ["Pages start at 1"] },
    });
    for (const viewer of [v.member!, v.secretariat!])
      await expect(list({}, viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
