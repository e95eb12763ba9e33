import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { saveRule } from "@/server/features/protocols/save-rule";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let admin: Viewer;
let draftId: string;
let agreedId: string;
let hwbb: string;
let lscb: string;

beforeAll(async () => {
  admin = (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id))!;
  agreedId = (await t.db.protocol.findFirstOrThrow({ where: { key: "harrow-hwbb-lscb" } })).id;
  draftId = (await createProtocolVersion({ db: t.db, viewer: admin }, { protocolId: agreedId })).id;
  hwbb = (await t.db.board.findUniqueOrThrow({ where: { slug: "harrow-hwbb" } })).id;
  lscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "harrow-lscb" } })).id;
});

const rule = async (protocolId: string, cadence: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  protocolId,
  clauseId: (await t.db.clause.findFirstOrThrow({ where: { protocolId, ref: "11" } })).id,
  kind: "attendance",
  summary: "The LSCB chair attends the HWBB",
  modality: "will",
  from: [{ type: "board", id: lscb }],
  to: [{ type: "board", id: hwbb }],
  cadence,
  ...extra,
});

describe(`rule editor on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("previews the items a rule would produce this year, through the engine", async () => {
    const preview = await previewRule(
      { db: t.db, viewer: admin, now: new Date("2026-11-23T12:00:00Z") },
      await rule(draftId, { frequency: "min-per-year", minPerYear: 3 }),
    );
    expect(preview.year).toBe(2026);
    expect(preview.items.map((i) => `${i.index}/${i.of}`)).toEqual(["1/3", "2/3", "3/3"]);
  });

  it("refuses an impossible cadence with the message at its field, changing nothing", async () => {
    const before = await t.db.obligation.count({ where: { protocolId: draftId } });
    const error = await saveRule(
      { db: t.db, viewer: admin },
      await rule(draftId, { frequency: "annual", window: { fromMonth: 13, toMonth: 2 } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors["cadence.window.fromMonth"]).toEqual([
      "Window start month must be a month number from 1 (January) to 12 (December)",
    ]);
    const noNumber = await saveRule(
      { db: t.db, viewer: admin },
      await rule(draftId, { frequency: "min-per-year" }),
    ).catch((e: unknown) => e);
    expect((noNumber as AppError).fieldErrors["cadence.minPerYear"]).toEqual([
      "min-per-year needs minPerYear: how many times a year, at least 1",
    ]);
    expect(await t.db.obligation.count({ where: { protocolId: draftId } })).toBe(before);
  });

  it("edits only draft versions", async () => {
    await expect(
      saveRule({ db: t.db, viewer: admin }, await rule(agreedId, { frequency: "quarterly" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("saves an edit of a rule on the draft, with its parties, audited", async () => {
    const attendance = await t.db.obligation.findFirstOrThrow({ where: { protocolId: draftId, kind: "attendance" } });
    await saveRule(
      { db: t.db, viewer: admin },
      await rule(
        draftId,
        { frequency: "min-per-year", minPerYear: 3 },
        { obligationId: attendance.id, updatedAt: attendance.updatedAt.toISOString() },
      ),
    );
    const saved = await t.db.obligation.findUniqueOrThrow({ where: { id: attendance.id }, include: { parties: true } });
    expect(saved).toMatchObject({
      frequency: "min-per-year",
      minPerYear: 3,
      summary: "The LSCB chair attends the HWBB",
    });
    expect(saved.parties.map((p) => `${p.role}:${p.boardId === lscb ? "LSCB" : "HWBB"}`).sort()).toEqual([
      "from:LSCB",
      "to:HWBB",
    ]);
    expect(await t.db.auditEntry.count({ where: { entityId: attendance.id, action: "rule.edit" } })).toBe(1);
  });

  describe("the cadence forms of decision 019", () => {
    const refusal = async (cadence: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const before = await t.db.obligation.count({ where: { protocolId: draftId } });
      const error = await saveRule({ db: t.db, viewer: admin }, await rule(draftId, cadence, extra)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(await t.db.obligation.count({ where: { protocolId: draftId } })).toBe(before);
      return (error as AppError).fieldErrors;
    };

    it.each<[string, Record<string, unknown>, string, string]>([
      [
        "an offset with no amount",
        { frequency: "each-meeting", offset: { unit: "working-days", direction: "after" } },
        "cadence.offset.amount",
        "The offset must be a number",
      ],
      [
        "a negative offset",
        { frequency: "each-meeting", offset: { amount: -2, unit: "days", direction: "before" } },
        "cadence.offset.amount",
        "The offset cannot be negative",
      ],
      [
        "a deadline on a day the month lacks",
        { frequency: "annual", deadline: { month: 2, day: 30 } },
        "cadence.deadline.day",
        "That month has only 29 days",
      ],
      [
        "a deadline counted from the close with no amount",
        { frequency: "annual", deadline: { from: "cycle-end", offset: { unit: "months", direction: "after" } } },
        "cadence.deadline.offset.amount",
        "The offset must be a number",
      ],
      [
        "a duration with no deadline",
        { frequency: "annual", duration: { amount: 30, unit: "days" } },
        "cadence.duration",
        "A duration runs up to a deadline: give the deadline it must be concluded by",
      ],
      ["no months named", { frequency: "named-months", months: [] }, "cadence.months", "Name at least one month"],
      [
        "an interval of none",
        { frequency: "interval", every: 0, unit: "years", anchorDate: "2025-05-01" },
        "cadence.every",
        "every must be at least 1",
      ],
      [
        "the meetings of a board that is no party",
        { frequency: "each-meeting", meetingsOf: "ZZZ" },
        "cadence.meetingsOf",
        "Choose one of the protocol's boards, or the receiving board",
      ],
      [
        "a following duty with no duty to follow",
        { frequency: "follows", atNextMeeting: true },
        "comesAfterId",
        "A duty that follows another needs the duty it comes after: choose it",
      ],
    ])("refuses %s at its field", async (_name, cadence, field, message) => {
      expect((await refusal(cadence))[field]).toEqual([message]);
    });

    it("refuses a duty to follow from another protocol, or one that would make a loop", async () => {
      const foreign = await t.db.obligation.findFirstOrThrow({ where: { protocol: { key: { startsWith: "kent" } } } });
      expect(
        (await refusal({ frequency: "follows", atNextMeeting: true }, { comesAfterId: foreign.id })).comesAfterId,
      ).toEqual(["Choose one of this draft's duties from the list"]);
      const [a, b] = await t.db.obligation.findMany({
        where: {
          protocolId: draftId,
          retiredAt: null,
          kind: { not: "membership" },
          frequency: { notIn: ["standing", "on-event", "as-needed"] },
        },
        take: 2,
        orderBy: { position: "asc" },
      });
      await t.db.obligation.update({ where: { id: b!.id }, data: { comesAfterId: a!.id } });
      const loop = await refusal(
        { frequency: "follows", atNextMeeting: true },
        { obligationId: a!.id, updatedAt: a!.updatedAt.toISOString(), comesAfterId: b!.id },
      );
      expect(loop.comesAfterId).toEqual(["That duty comes after this one: choose a duty earlier in the order"]);
      await t.db.obligation.update({ where: { id: b!.id }, data: { comesAfterId: null } });
    });

    it("previews each meeting's items, and a following duty's from the duty it follows", async () => {
      const ctx = { db: t.db, viewer: admin, now: new Date("2026-11-23T12:00:00Z") };
      const minutes = await previewRule(
        ctx,
        await rule(draftId, {
          frequency: "each-meeting",
          meetingsOf: "HWBB",
          offset: { amount: 15, unit: "working-days", direction: "after" },
        }),
      );
      // HWBB's demo meetings; fifteen working days is three weeks, and across Easter 2027 two more days.
      expect(minutes.items.map((i) => [i.meeting, i.dueOn])).toEqual([
        ["2026-06-09", "2026-06-30"],
        ["2026-07-21", "2026-08-11"],
        ["2026-09-22", "2026-10-13"],
        ["2026-11-17", "2026-12-08"],
        ["2027-01-19", "2027-02-09"],
        ["2027-03-16", "2027-04-08"],
      ]);
      const dated = await t.db.obligation.findFirstOrThrow({
        where: { protocolId: draftId, retiredAt: null, frequency: { in: ["annual", "quarterly", "min-per-year"] } },
      });
      const follows = await previewRule(
        ctx,
        await rule(
          draftId,
          { frequency: "follows", offset: { amount: 1, unit: "months", direction: "after" } },
          { comesAfterId: dated.id },
        ),
      );
      expect(follows.items.length).toBeGreaterThan(0);
    });

    it("stores a form's parts in cadenceDetail and its board in afterMeetingsOfId, with what it comes after", async () => {
      const other = await t.db.obligation.findFirstOrThrow({
        where: { protocolId: draftId, retiredAt: null, kind: { not: "membership" } },
      });
      const { id } = await saveRule(
        { db: t.db, viewer: admin },
        await rule(
          draftId,
          {
            frequency: "each-meeting",
            meetingsOf: "HWBB",
            offset: { amount: 7, unit: "working-days", direction: "before", clear: true },
          },
          { comesAfterId: other.id },
        ),
      );
      const saved = await t.db.obligation.findUniqueOrThrow({ where: { id } });
      expect(saved).toMatchObject({ frequency: "each-meeting", afterMeetingsOfId: hwbb, comesAfterId: other.id });
      expect(JSON.parse(saved.cadenceDetail!)).toEqual({
        offset: { amount: 7, unit: "working-days", direction: "before", clear: true },
      });
    });
  });
});
