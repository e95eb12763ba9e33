import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { listStoredItems } from "@/server/features/calendar/list-stored-items";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { addFollowUp } from "@/server/features/items/add-follow-up";
import { deferItem } from "@/server/features/items/defer-item";
import { logStep } from "@/server/features/items/log-item-step";
import { readEvidence } from "@/server/features/items/read-evidence";
import { recordEvent } from "@/server/features/items/record-event";
import { reverseEntry } from "@/server/features/items/reverse-item-entry";
import { waiveItem } from "@/server/features/items/waive-item";
import type { UploadedFile } from "@/server/features/items/evidence-files";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { scheduleItem } from "@/server/features/items/schedule-item";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { localDiskStore } from "@/server/storage/evidence-store";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T10:00:00Z");
const store = localDiskStore(mkdtempSync(join(tmpdir(), "portal-evidence-")));
const viewers: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const ctx = (who: string) => ({ db: t.db, viewer: viewers[who]!, now, store });
let hwb: string;
let kscb: string;

const pdf = (name = "report.pdf"): UploadedFile => {
  const bytes = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  return { name, type: "application/pdf", size: bytes.length, bytes };
};

/** Every row that matters, to prove a refused change changed nothing. */
const snapshot = async () => ({
  items: await t.db.calendarItem.findMany({ orderBy: { id: "asc" } }),
  entries: await t.db.itemLogEntry.count(),
  evidence: await t.db.evidence.count(),
  audit: await t.db.auditEntry.count(),
});

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

/**
 * A planned item between two Kent boards, with contexts for the owing board's secretariat ("owing")
 * and the recipient's secretariat, chair and member. Each call takes a different item.
 */
const used = new Set<string>();
async function pick() {
  const boards = await t.db.boardArea.findMany({ where: { area: { slug: "kent" } }, include: { board: true } });
  const keyOf = new Map(boards.map((b) => [b.boardId, b.key]));
  const items = await t.db.calendarItem.findMany({
    where: { status: "planned", retiredAt: null, origin: "rule", recipientBoardId: { in: [...keyOf.keys()] } },
    include: { obligation: { include: { parties: true } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  const item = items.find(
    (i) =>
      !used.has(i.id) &&
      i.obligation.parties.some(
        (p) => p.role === "from" && p.boardId && keyOf.has(p.boardId) && p.boardId !== i.recipientBoardId,
      ),
  );
  if (!item) throw new Error("No Kent item left to test with");
  used.add(item.id);
  const owingBoardId = item.obligation.parties.find(
    (p) => p.role === "from" && p.boardId && keyOf.has(p.boardId) && p.boardId !== item.recipientBoardId,
  )!.boardId!;
  const as = async (boardId: string, role: string) => ({
    db: t.db,
    viewer: await viewerFor(demoEmail("kent", keyOf.get(boardId)!, role)),
    now,
    store,
  });
  return {
    item,
    owingBoardId,
    recipientBoardId: item.recipientBoardId!,
    owing: await as(owingBoardId, "secretariat"),
    recipient: await as(item.recipientBoardId!, "secretariat"),
    chair: await as(item.recipientBoardId!, "chair"),
    member: await as(item.recipientBoardId!, "member"),
  };
}
const pastMeeting = (boardId: string) =>
  t.db.meeting.findFirstOrThrow({ where: { boardId, date: { lte: "2026-11-23" } }, orderBy: { date: "desc" } });

beforeAll(async () => {
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).id;
  kscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-kscb" } })).id;
  const kent = await t.db.boardArea.findMany({ where: { area: { slug: "kent" } } });
  await applyCalendarPlan(
    t.db,
    { type: "system", label: "cli" },
    await planCalendar(
      t.db,
      kent.map((b) => b.boardId),
      2026,
    ),
  );
  viewers.kscbSecretariat = await viewerFor(demoEmail("kent", "KSCB", "secretariat"));
  viewers.hwbSecretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  viewers.hwbChair = await viewerFor(demoEmail("kent", "HWB", "chair"));
  viewers.hwbMember = await viewerFor(demoEmail("kent", "HWB", "member"));
  viewers.harrow = await viewerFor(demoEmail("harrow", "HWBB", "secretariat"));
});

describe("sent, received and closed, with evidence", () => {
  it("logs the owing board's send with a link and a PDF, then the recipient's receive with the minute, and serves the file only to those who can see the item", async () => {
    const { item, owing, recipient, member, owingBoardId, recipientBoardId } = await pick();
    const sent = await logStep(
      owing,
      {
        itemId: item.id,
        version: item.version,
        step: "send",
        occurredOn: "2026-11-02",
        notes: "Sent with the annual report",
        links: "https://example.org/kscb/annual-report-2026.pdf",
      },
      [pdf()],
    );
    expect(sent).toMatchObject({ action: "send", fromStatus: "planned", toStatus: "sent", occurredOn: "2026-11-02" });
    expect(sent.evidence.map((e) => [e.kind, e.url ?? e.fileName])).toEqual([
      ["link", "https://example.org/kscb/annual-report-2026.pdf"],
      ["file", "report.pdf"],
    ]);
    const file = sent.evidence.find((e) => e.kind === "file")!;
    const read = await readEvidence(member, file.id);
    expect(read.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode(read.bytes)).toMatch(/^%PDF-1\.7/);
    expect((await refusal(readEvidence(ctx("harrow"), file.id))).code).toBe("NOT_FOUND");

    const meeting = await pastMeeting(recipientBoardId);
    const noMinute = await refusal(
      logStep(recipient, {
        itemId: item.id,
        version: item.version + 1,
        step: "receive",
        occurredOn: meeting.date,
        meetingId: meeting.id,
      }),
    );
    expect(noMinute.fieldErrors.minuteRef?.[0]).toMatch(/minute reference/);
    const future = await t.db.meeting.findFirstOrThrow({
      where: { boardId: recipientBoardId, date: { gt: "2026-11-23" } },
    });
    const notYet = await refusal(
      logStep(recipient, {
        itemId: item.id,
        version: item.version + 1,
        step: "receive",
        occurredOn: "2026-11-23",
        meetingId: future.id,
        minuteRef: "23/45",
      }),
    );
    expect(notYet.fieldErrors.meetingId?.[0]).toMatch(/has not happened yet/);
    const received = await logStep(recipient, {
      itemId: item.id,
      version: item.version + 1,
      step: "receive",
      occurredOn: meeting.date,
      meetingId: meeting.id,
      minuteRef: "23/45",
    });
    expect(received).toMatchObject({ toStatus: "received", minuteRef: "23/45", meetingId: meeting.id });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "received",
      version: item.version + 2,
      meetingId: meeting.id,
    });
    // Both secretariats see it received on their calendars.
    for (const board of [owingBoardId, recipientBoardId]) {
      const views = await listStoredItems(t.db, [board], 2026, null, "2026-11-23");
      expect(views.find((v) => v.id === item.id)?.status).toBe("received");
    }
    const audit = await t.db.auditEntry.findMany({
      where: { entityId: item.id, action: { in: ["item.send", "item.receive"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["item.receive", "item.send"]);
  });

  it("refuses a form submitted against an older version, saying what changed, and changes nothing", async () => {
    const { item, owing, recipient } = await pick();
    await logStep(owing, { itemId: item.id, version: item.version, step: "send", occurredOn: "2026-11-20" });
    const before = await snapshot();
    const stale = await refusal(
      logStep(recipient, {
        itemId: item.id,
        version: item.version,
        step: "send",
        occurredOn: "2026-11-21",
        notes: "my note",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/it is now sent, due .*recorded "Sent".*Nothing was saved/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses dates in the future, bad links and files that are not documents, field by field, changing nothing", async () => {
    const { item, owing, member } = await pick();
    used.delete(item.id);
    const before = await snapshot();
    const bad = await refusal(
      logStep(
        owing,
        {
          itemId: item.id,
          version: item.version,
          step: "send",
          occurredOn: "2026-11-24",
          links: "javascript:alert(1)",
        },
        [
          { name: "report.pdf", type: "application/pdf", size: 12, bytes: new TextEncoder().encode("hello world!") },
          { name: "empty.pdf", type: "application/pdf", size: 0, bytes: new Uint8Array(0) },
          { name: "huge.pdf", type: "application/pdf", size: 11 * 1024 * 1024, bytes: new Uint8Array(0) },
        ],
      ),
    );
    expect(bad.code).toBe("VALIDATION");
    expect(bad.fieldErrors.occurredOn).toEqual(["The date cannot be in the future: log it once it has happened"]);
    expect(bad.fieldErrors.links?.[0]).toMatch(/is not a web address/);
    expect(bad.fieldErrors.files).toEqual([
      "report.pdf must be a PDF, Word (.doc, .docx) or OpenDocument (.odt, .ods, .odp) file",
      "empty.pdf is empty",
      "huge.pdf is larger than 10 MB",
    ]);
    const wrongStep = await refusal(
      logStep(owing, { itemId: item.id, version: item.version, step: "close", occurredOn: "2026-11-20" }),
    );
    expect(wrongStep.fieldErrors.step?.[0]).toBe("An item that is planned cannot be marked closed");
    expect(
      (
        await refusal(
          logStep(member, { itemId: item.id, version: item.version, step: "send", occurredOn: "2026-11-20" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await refusal(
          logStep(ctx("harrow"), { itemId: item.id, version: item.version, step: "send", occurredOn: "2026-11-20" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });
});

describe("waive, defer and reverse", () => {
  it("lets only a chair waive, with a reason, and reverses it back", async () => {
    const { item, recipient, chair } = await pick();
    expect(
      (await refusal(waiveItem(recipient, { itemId: item.id, version: item.version, reason: "Not needed" }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await refusal(waiveItem(chair, { itemId: item.id, version: item.version, reason: "  " }))).fieldErrors.reason,
    ).toEqual(["The reason for waiving is required"]);
    const waived = await waiveItem(chair, {
      itemId: item.id,
      version: item.version,
      reason: "Covered by the joint report",
    });
    expect(waived).toMatchObject({ action: "waive", toStatus: "waived", reason: "Covered by the joint report" });
    // Reversing a waiver needs the chair's permission too.
    expect(
      (
        await refusal(
          reverseEntry(recipient, {
            itemId: item.id,
            version: item.version + 1,
            entryId: waived.id,
            reason: "Waived by mistake",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const reversal = await reverseEntry(chair, {
      itemId: item.id,
      version: item.version + 1,
      entryId: waived.id,
      reason: "Waived by mistake",
    });
    expect(reversal).toMatchObject({
      action: "reverse",
      reversesId: waived.id,
      fromStatus: "waived",
      toStatus: "planned",
    });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "planned",
      version: item.version + 2,
      dueOn: item.dueOn,
    });
    const again = await refusal(
      reverseEntry(chair, { itemId: item.id, version: item.version + 2, entryId: waived.id, reason: "Again" }),
    );
    expect(again.fieldErrors.entryId?.[0]).toMatch(/already been reversed/);
  });

  it("defers to a later date, only the newest change can be reversed, and reversing restores the due date and meeting", async () => {
    const { item, owing, chair } = await pick();
    const tooSoon = await refusal(
      deferItem(chair, { itemId: item.id, version: item.version, dueOn: "2026-11-23", reason: "Later" }),
    );
    expect(tooSoon.fieldErrors.dueOn).toEqual(["The new due date must be after today"]);
    const deferred = await deferItem(chair, {
      itemId: item.id,
      version: item.version,
      dueOn: "2027-02-28",
      reason: "Waiting for the inspection report",
    });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "deferred",
      dueOn: "2027-02-28",
    });
    const sent = await logStep(owing, {
      itemId: item.id,
      version: item.version + 1,
      step: "send",
      occurredOn: "2026-11-23",
    });
    const notNewest = await refusal(
      reverseEntry(chair, { itemId: item.id, version: item.version + 2, entryId: deferred.id, reason: "No" }),
    );
    expect(notNewest.fieldErrors.entryId?.[0]).toMatch(/only the most recent change can be reversed/);
    await reverseEntry(owing, {
      itemId: item.id,
      version: item.version + 2,
      entryId: sent.id,
      reason: "Sent the wrong document",
    });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "deferred",
      dueOn: "2027-02-28",
    });
    await reverseEntry(chair, {
      itemId: item.id,
      version: item.version + 3,
      entryId: deferred.id,
      reason: "The report arrived",
    });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "planned",
      dueOn: item.dueOn,
      meetingId: item.meetingId,
    });
    // Nothing was erased: four entries, two of them reversed.
    const entries = await t.db.itemLogEntry.findMany({ where: { itemId: item.id }, include: { reversedBy: true } });
    expect(entries.map((e) => e.action).sort()).toEqual(["defer", "reverse", "reverse", "send"]);
    expect(
      entries
        .filter((e) => e.reversedBy)
        .map((e) => e.action)
        .sort(),
    ).toEqual(["defer", "send"]);
  });

  it("reverses a scheduling back to the item's planned meeting", async () => {
    const item = await t.db.calendarItem.findFirstOrThrow({
      where: {
        id: { notIn: [...used] },
        flags: { contains: "to-schedule" },
        status: "planned",
        retiredAt: null,
        recipientBoard: { slug: { startsWith: "kent-" } },
      },
    });
    used.add(item.id);
    const board = await t.db.boardArea.findFirstOrThrow({
      where: { boardId: item.recipientBoardId!, area: { slug: "kent" } },
    });
    const secretariat = { db: t.db, viewer: await viewerFor(demoEmail("kent", board.key, "secretariat")), now, store };
    const meeting = await t.db.meeting.findFirstOrThrow({
      where: { boardId: item.recipientBoardId!, date: { gte: item.windowStart, lte: item.windowEnd } },
    });
    await scheduleItem(secretariat, { itemId: item.id, meetingId: meeting.id, version: item.version });
    const entry = await t.db.itemLogEntry.findFirstOrThrow({ where: { itemId: item.id, action: "schedule" } });
    await reverseEntry(secretariat, {
      itemId: item.id,
      version: item.version + 1,
      entryId: entry.id,
      reason: "Wrong meeting",
    });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "planned",
      meetingId: item.meetingId,
      dueOn: item.dueOn,
      flags: item.flags,
    });
  });
});

describe("events and follow-ups", () => {
  it("records an event on an on-event duty as a dated item that regeneration leaves alone", async () => {
    const duty = await t.db.obligation.findFirstOrThrow({
      where: {
        frequency: "on-event",
        protocol: { status: "agreed" },
        retiredAt: null,
        parties: { some: { role: "from", boardId: hwb } },
        AND: [{ parties: { some: { role: "to" } } }],
      },
      include: { parties: true },
    });
    const recipients = duty.parties.filter((p) => p.role === "to");
    const wrongBoard = await refusal(
      recordEvent(ctx("kscbSecretariat"), {
        obligationId: duty.id,
        boardId: kscb,
        description: "Drafting",
        eventOn: "2026-11-23",
      }),
    );
    expect(wrongBoard.fieldErrors.boardId?.[0]).toBe("Record the event as one of the boards that owes this duty");
    if (recipients.length > 1) {
      const which = await refusal(
        recordEvent(ctx("hwbSecretariat"), {
          obligationId: duty.id,
          boardId: hwb,
          description: "Drafting",
          eventOn: "2026-11-23",
        }),
      );
      expect(which.fieldErrors.recipient).toEqual(["Choose who the item is for"]);
    }
    const created = await recordEvent(ctx("hwbSecretariat"), {
      obligationId: duty.id,
      boardId: hwb,
      recipient: `board:${recipients[0]!.boardId}`,
      description: "The Joint Health and Wellbeing Strategy refresh has started",
      eventOn: "2026-11-23",
    });
    expect(created).toMatchObject({
      origin: "event",
      windowStart: "2026-11-23",
      dueOn: "2026-12-21",
      status: "planned",
      recipientBoardId: recipients[0]!.boardId,
    });
    const kent = await t.db.boardArea.findMany({ where: { area: { slug: "kent" } } });
    const summary = await applyCalendarPlan(
      t.db,
      { type: "system", label: "cli" },
      await planCalendar(
        t.db,
        kent.map((b) => b.boardId),
        2026,
      ),
    );
    expect(summary.retired).toBe(0);
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      retiredAt: null,
      version: 1,
    });
    const views = await listStoredItems(t.db, [hwb], 2026, null, "2026-11-23");
    expect(views.find((v) => v.id === created.id)?.title).toMatch(
      /: The Joint Health and Wellbeing Strategy refresh has started$/,
    );
    const annual = await t.db.obligation.findFirstOrThrow({
      where: { frequency: "annual", parties: { some: { role: "from", boardId: hwb } } },
    });
    expect(
      (
        await refusal(
          recordEvent(ctx("hwbSecretariat"), {
            obligationId: annual.id,
            boardId: hwb,
            description: "x",
            eventOn: "2026-11-23",
          }),
        )
      ).fieldErrors.obligationId?.[0],
    ).toMatch(/^Events are recorded only on duties/);
  });

  it("turns a received report's recommendation into a follow-up on the owning board's calendar", async () => {
    const { item, owing, recipient, owingBoardId, recipientBoardId } = await pick();
    const early = await refusal(
      addFollowUp(recipient, {
        itemId: item.id,
        version: item.version,
        recommendation: "Report back",
        ownerBoardId: owingBoardId,
        dueOn: "2027-03-01",
      }),
    );
    expect(early.fieldErrors.recommendation?.[0]).toMatch(/mark it received/);
    await logStep(owing, { itemId: item.id, version: item.version, step: "send", occurredOn: "2026-11-02" });
    const meeting = await pastMeeting(recipientBoardId);
    await logStep(recipient, {
      itemId: item.id,
      version: item.version + 1,
      step: "receive",
      occurredOn: meeting.date,
      meetingId: meeting.id,
      minuteRef: "23/46",
    });
    const harrowBoard = await t.db.board.findUniqueOrThrow({ where: { slug: "harrow-hwbb" } });
    expect(
      (
        await refusal(
          addFollowUp(recipient, {
            itemId: item.id,
            version: item.version + 2,
            recommendation: "x",
            ownerBoardId: harrowBoard.id,
            dueOn: "2027-03-01",
          }),
        )
      ).fieldErrors.ownerBoardId,
    ).toEqual(["Choose one of the boards party to this protocol"]);
    const followUp = await addFollowUp(recipient, {
      itemId: item.id,
      version: item.version + 2,
      recommendation: "Report back on progress with the early help review",
      ownerBoardId: owingBoardId,
      dueOn: "2027-03-01",
    });
    expect(followUp).toMatchObject({
      origin: "follow-up",
      ownerBoardId: owingBoardId,
      parentItemId: item.id,
      dueOn: "2027-03-01",
    });
    const views = await listStoredItems(t.db, [owingBoardId], 2026, null, "2026-11-23");
    const view = views.find((v) => v.id === followUp.id)!;
    expect(view.title).toBe("Follow-up: Report back on progress with the early help review");
    expect(view.from).toHaveLength(1);
    // The owing board's secretariat may log it: the owner board owes it.
    await logStep(owing, { itemId: followUp.id, version: 1, step: "send", occurredOn: "2026-11-23" });
    const kent = await t.db.boardArea.findMany({ where: { area: { slug: "kent" } } });
    const summary = await applyCalendarPlan(
      t.db,
      { type: "system", label: "cli" },
      await planCalendar(
        t.db,
        kent.map((b) => b.boardId),
        2026,
      ),
    );
    expect(summary.retired).toBe(0);
  });
});
