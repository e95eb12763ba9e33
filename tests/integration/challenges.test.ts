import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import {
  escalateChallenge,
  resolveChallenge,
  respondToChallenge,
} from "@/server/features/challenges/transition-challenge";
import { getChallenge } from "@/server/features/challenges/get-challenge";
import { getRaiseChallengeForm } from "@/server/features/challenges/get-raise-challenge-form";
import { listChallenges } from "@/server/features/challenges/list-challenges";
import { raiseChallenge } from "@/server/features/challenges/raise-challenge";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { itemBoards } from "@/server/authz/authorize-item";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T10:00:00Z"); // a Monday
const v: Record<string, Viewer> = {};
const b: Record<string, string> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const ctx = (who: string) => ({ db: t.db, viewer: v[who]!, now });
let halton: { id: string; clause44: string };
let kentClause: string;
let hhwbItem: string;
let hscbOnlyItem: string;

beforeAll(async () => {
  for (const [name, slug] of [
    ["hhwb", "halton-hhwb"],
    ["hct", "halton-hct"],
    ["hscb", "halton-hscb"],
    ["lscb", "harrow-lscb"],
    ["hwbb", "harrow-hwbb"],
    ["kscb", "knowsley-kscb"],
    ["ksb", "knowsley-ksb"],
  ] as const) {
    b[name] = (await t.db.board.findUniqueOrThrow({ where: { slug } })).id;
  }
  v.hhwbChair = await viewerFor(demoEmail("halton", "HHWB", "chair"));
  v.hctChair = await viewerFor(demoEmail("halton", "HCT", "chair"));
  v.hscbChair = await viewerFor(demoEmail("halton", "HSCB", "chair"));
  v.hhwbMember = await viewerFor(demoEmail("halton", "HHWB", "member"));
  v.hhwbSecretariat = await viewerFor(demoEmail("halton", "HHWB", "secretariat"));
  v.lscbChair = await viewerFor(demoEmail("harrow", "LSCB", "chair"));
  v.hwbbChair = await viewerFor(demoEmail("harrow", "HWBB", "chair"));
  v.kscbChair = await viewerFor(demoEmail("knowsley", "KSCB", "chair"));
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  const protocol = await t.db.protocol.findFirstOrThrow({
    where: { key: "halton-hct-hscb-hhwb" },
    include: { clauses: true },
  });
  halton = { id: protocol.id, clause44: protocol.clauses.find((c) => c.ref === "44")!.id };
  kentClause = (await t.db.clause.findFirstOrThrow({ where: { protocol: { key: "kent-hwb-chwb-kscb" }, ref: "4.1" } }))
    .id;
  await applyCalendarPlan(
    t.db,
    { type: "system", label: "cli" },
    await planCalendar(t.db, [b.hhwb!, b.hscb!], 2026),
    now,
  );
  const items = await t.db.calendarItem.findMany({
    where: { retiredAt: null },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  for (const item of items) {
    const { boards } = await itemBoards(t.db, item.id);
    if (!hhwbItem && boards.includes(b.hhwb!)) hhwbItem = item.id;
    if (!hscbOnlyItem && !boards.includes(b.hhwb!) && !boards.includes(b.hct!)) hscbOnlyItem = item.id;
  }
  expect(hhwbItem && hscbOnlyItem).toBeTruthy();
});

const snapshot = async () => ({
  challenges: await t.db.challenge.findMany({ orderBy: { id: "asc" } }),
  events: await t.db.challengeEvent.count(),
  audit: await t.db.auditEntry.count(),
});

/** Runs a change expected to fail, and checks that no row changed. */
async function refused(work: () => Promise<unknown>) {
  const before = await snapshot();
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await snapshot()).toEqual(before);
  return error as AppError;
}

const raiseInput = (over: Record<string, unknown> = {}) => ({
  fromBoardId: b.hhwb,
  toBoardId: b.hct,
  protocolId: halton.id,
  clauseId: halton.clause44,
  subject: "Evidence on early help commissioning",
  detail: "The Board asks for evidence of how early help services are commissioned for children at risk.",
  ...over,
});

const auditsFor = (entityId: string, action: string) => t.db.auditEntry.count({ where: { entityId, action } });

describe(`challenges on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  let challengeId: string;

  it("a chair raises a challenge about an item, citing clause 44; a response is due in twenty working days", async () => {
    const created = await raiseChallenge(ctx("hhwbChair"), raiseInput({ itemId: hhwbItem, responseDueOn: "" }));
    challengeId = created.id;
    expect(created).toMatchObject({
      status: "open",
      escalationLevel: 0,
      version: 1,
      responseDueOn: "2026-12-21",
      itemId: hhwbItem,
      clauseId: halton.clause44,
      raisedById: v.hhwbChair!.userId,
    });
    const events = await t.db.challengeEvent.findMany({ where: { challengeId } });
    expect(events).toMatchObject([{ action: "raised", fromStatus: null, toStatus: "open", occurredOn: "2026-11-23" }]);
    expect(await auditsFor(challengeId, "challenge.raise")).toBe(1);
  });

  it("refuses to raise: a member, the chair of another board, boards that share no protocol, a protocol or clause they did not agree, a past due date, an unrelated item", async () => {
    expect((await refused(() => raiseChallenge(ctx("hhwbMember"), raiseInput()))).code).toBe("FORBIDDEN");
    expect((await refused(() => raiseChallenge(ctx("hhwbSecretariat"), raiseInput()))).code).toBe("FORBIDDEN");
    expect((await refused(() => raiseChallenge(ctx("hscbChair"), raiseInput()))).code).toBe("FORBIDDEN");
    expect((await refused(() => raiseChallenge(ctx("lscbChair"), raiseInput()))).code).toBe("NOT_FOUND");
    const harrowToHalton = await refused(() => raiseChallenge(ctx("lscbChair"), raiseInput({ fromBoardId: b.lscb })));
    expect(harrowToHalton.fieldErrors.toBoardId).toEqual(["Choose the board being challenged from the list"]);

    const noProtocol = await refused(() =>
      raiseChallenge(ctx("kscbChair"), raiseInput({ fromBoardId: b.kscb, toBoardId: b.ksb })),
    );
    expect(noProtocol.fieldErrors.toBoardId?.[0]).toMatch(/^KSCB and KSB share no agreed protocol/);
    const self = await refused(() => raiseChallenge(ctx("hhwbChair"), raiseInput({ toBoardId: b.hhwb })));
    expect(self.fieldErrors.toBoardId).toEqual(["Choose a different board from the one raising the challenge"]);

    const kentProtocol = (await t.db.protocol.findFirstOrThrow({ where: { key: "kent-hwb-chwb-kscb" } })).id;
    const wrongProtocol = await refused(() =>
      raiseChallenge(ctx("hhwbChair"), raiseInput({ protocolId: kentProtocol, clauseId: kentClause })),
    );
    expect(wrongProtocol.fieldErrors.protocolId?.[0]).toMatch(/^Choose a protocol that both HHWB and HCT have agreed/);
    const wrongClause = await refused(() => raiseChallenge(ctx("hhwbChair"), raiseInput({ clauseId: kentClause })));
    expect(wrongClause.fieldErrors).toEqual({
      clauseId: [
        "Choose a clause of Joint Protocol between Halton Children’s Trust, Halton Safeguarding Children Board & Halton Health & Wellbeing Board, or none",
      ],
    });

    for (const past of ["2026-11-23", "2026-01-01"]) {
      const late = await refused(() => raiseChallenge(ctx("hhwbChair"), raiseInput({ responseDueOn: past })));
      expect(late.fieldErrors).toEqual({
        responseDueOn: ["The response due date must be after today, 23 November 2026"],
      });
    }
    const badDate = await refused(() => raiseChallenge(ctx("hhwbChair"), raiseInput({ responseDueOn: "2026-02-30" })));
    expect(badDate.fieldErrors.responseDueOn).toEqual(["That date does not exist"]);

    const unrelated = await refused(() => raiseChallenge(ctx("hhwbChair"), raiseInput({ itemId: hscbOnlyItem })));
    expect(unrelated.fieldErrors).toEqual({ itemId: ["Choose an item that concerns HHWB or HCT, or none"] });
    const unknown = await refused(() => raiseChallenge(ctx("hhwbChair"), raiseInput({ itemId: "no-such-item" })));
    expect(unknown.fieldErrors.itemId).toEqual(["Choose an item from this board's calendar, or none"]);

    const empty = await refused(() =>
      raiseChallenge(ctx("hhwbChair"), { fromBoardId: b.hhwb, subject: " ", detail: 42 }),
    );
    expect(Object.keys(empty.fieldErrors).sort()).toEqual(["detail", "protocolId", "subject", "toBoardId"]);
  });

  it("the challenged board's chair responds; nobody else may, and a stale form is refused with the current status", async () => {
    const { version } = await t.db.challenge.findUniqueOrThrow({ where: { id: challengeId } });
    const input = { challengeId, version, text: "Commissioning evidence will be presented at the January meeting." };
    expect((await refused(() => respondToChallenge(ctx("hhwbChair"), input))).code).toBe("FORBIDDEN");
    expect((await refused(() => respondToChallenge(ctx("hhwbMember"), input))).code).toBe("FORBIDDEN");
    expect((await refused(() => respondToChallenge(ctx("lscbChair"), input))).code).toBe("NOT_FOUND");
    const blank = await refused(() => respondToChallenge(ctx("hctChair"), { ...input, text: "   " }));
    expect(blank.fieldErrors).toEqual({ text: ["Enter the formal response"] });

    expect(await respondToChallenge(ctx("hctChair"), input)).toMatchObject({ status: "responded", escalationLevel: 0 });
    expect(await t.db.challenge.findUniqueOrThrow({ where: { id: challengeId } })).toMatchObject({
      status: "responded",
      version: version + 1,
    });
    expect(await auditsFor(challengeId, "challenge.respond")).toBe(1);

    const stale = await refused(() => respondToChallenge(ctx("hctChair"), input));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(
      "Someone changed this challenge since you opened the page: it is now responded. Nothing was saved; check it and try again.",
    );
    const twice = await refused(() => respondToChallenge(ctx("hctChair"), { ...input, version: version + 1 }));
    expect(twice.message).toBe("This challenge cannot be responded to: it is now responded. Nothing was saved.");
  });

  it("escalates along Halton 45's route, the Strategic Director then the Chief Executive, and refuses a further step", async () => {
    let { version } = await t.db.challenge.findUniqueOrThrow({ where: { id: challengeId } });
    expect(
      (await refused(() => escalateChallenge(ctx("hscbChair"), { challengeId, version, text: "Not satisfied." }))).code,
    ).toBe("FORBIDDEN");
    expect(
      await escalateChallenge(ctx("hhwbChair"), {
        challengeId,
        version,
        text: "The evidence offered does not cover the period.",
      }),
    ).toMatchObject({ status: "escalated", escalationLevel: 1, step: "Strategic Director, Children & Enterprise" });
    version++;
    const stale = await refused(() =>
      escalateChallenge(ctx("hctChair"), { challengeId, version: version - 1, text: "Again." }),
    );
    expect(stale.message).toBe(
      "Someone changed this challenge since you opened the page: it is now escalated, with the Strategic Director, Children & Enterprise. Nothing was saved; check it and try again.",
    );
    // The challenged board's chair may escalate too: either chair.
    expect(
      await escalateChallenge(ctx("hctChair"), {
        challengeId,
        version,
        text: "Unresolved with the Strategic Director.",
      }),
    ).toMatchObject({ escalationLevel: 2, step: "Chief Executive" });
    version++;
    const last = await refused(() => escalateChallenge(ctx("hhwbChair"), { challengeId, version, text: "Further." }));
    expect(last.message).toBe(
      "There is no further step: the challenge is already with the Chief Executive, the last step of the protocol's resolution route. Record the resolution instead. Nothing was saved.",
    );
    expect(await auditsFor(challengeId, "challenge.escalate")).toBe(2);

    const seen = await getChallenge({ db: t.db, viewer: v.hhwbChair! }, "halton", challengeId, now);
    expect(seen.challenge).toMatchObject({
      status: "escalated",
      currentStep: "Chief Executive",
      nextStep: null,
      route: {
        respondWithinStated: false,
        steps: [
          { name: "Strategic Director, Children & Enterprise", within: null },
          { name: "Chief Executive", within: null },
        ],
      },
    });
    expect(seen.challenge.events.map((e) => [e.action, e.step])).toEqual([
      ["raised", null],
      ["responded", null],
      ["escalated", "Strategic Director, Children & Enterprise"],
      ["escalated", "Chief Executive"],
    ]);
    expect(seen.permissions).toEqual({ respond: false, resolve: true, escalate: false });
  });

  it("either chair resolves it; a resolved challenge goes no further", async () => {
    const { version } = await t.db.challenge.findUniqueOrThrow({ where: { id: challengeId } });
    expect(
      (await refused(() => resolveChallenge(ctx("hhwbMember"), { challengeId, version, text: "Done." }))).code,
    ).toBe("FORBIDDEN");
    expect(
      await resolveChallenge(ctx("hhwbChair"), {
        challengeId,
        version,
        text: "The Chief Executive agreed a commissioning review; evidence received.",
      }),
    ).toMatchObject({ status: "resolved", escalationLevel: 2 });
    expect(await auditsFor(challengeId, "challenge.resolve")).toBe(1);
    const after = await refused(() =>
      escalateChallenge(ctx("hhwbChair"), { challengeId, version: version + 1, text: "Reopen." }),
    );
    expect(after.message).toBe(
      "This challenge cannot be escalated: it is now resolved, with the Chief Executive. Nothing was saved.",
    );
    // One audit entry per change, four changes in all.
    expect(await t.db.auditEntry.count({ where: { entityType: "Challenge", entityId: challengeId } })).toBe(5);
    expect(await t.db.challengeEvent.count({ where: { challengeId } })).toBe(5);
  });

  it("a protocol with no route (Harrow) cannot be escalated, and an open challenge cannot be resolved before a response", async () => {
    const harrow = await t.db.protocol.findFirstOrThrow({ where: { key: "harrow-hwbb-lscb" } });
    const c = await raiseChallenge(ctx("lscbChair"), {
      fromBoardId: b.lscb,
      toBoardId: b.hwbb,
      protocolId: harrow.id,
      subject: "Safeguarding in the JSNA",
      detail: "Raised under 9.",
      responseDueOn: "2027-01-15",
    });
    const none = await refused(() =>
      escalateChallenge(ctx("hwbbChair"), { challengeId: c.id, version: 1, text: "Escalate." }),
    );
    expect(none.message).toMatch(
      /names no one to escalate to beyond the chairs: settle it between the chairs and record the resolution\. Nothing was saved\.$/,
    );
    const early = await refused(() =>
      resolveChallenge(ctx("lscbChair"), { challengeId: c.id, version: 1, text: "Resolved." }),
    );
    expect(early.message).toBe(
      "This challenge cannot be resolved: it is now open, awaiting a response. Nothing was saved.",
    );
    expect(
      (await refused(() => respondToChallenge(ctx("hhwbChair"), { challengeId: c.id, version: 1, text: "x" }))).code,
    ).toBe("NOT_FOUND");
  });

  it("lists challenges for a board's dashboard, only for boards the viewer can read; flags an overdue response", async () => {
    const mine = await listChallenges({ db: t.db, viewer: v.hctChair!, now }, { boardIds: [b.hct!] });
    expect(mine.map((c) => c.id)).toEqual([challengeId]);
    expect(mine[0]).toMatchObject({
      from: { key: "HHWB" },
      to: { key: "HCT" },
      status: "resolved",
      areaSlug: "halton",
      clause: { ref: "44" },
    });
    expect(
      await listChallenges({ db: t.db, viewer: v.hctChair!, now }, { boardIds: [b.hct!], status: "unresolved" }),
    ).toEqual([]);
    expect(await listChallenges({ db: t.db, viewer: v.lscbChair!, now }, { boardIds: [b.hct!, b.hhwb!] })).toEqual([]);

    const open = await raiseChallenge(
      ctx("hctChair"),
      raiseInput({ fromBoardId: b.hct, toBoardId: b.hhwb, clauseId: "", responseDueOn: "2026-11-30" }),
    );
    const later = new Date("2026-12-01T10:00:00Z");
    const [summary] = await listChallenges(
      { db: t.db, viewer: v.hhwbMember!, now: later },
      { boardIds: [b.hhwb!], status: "open" },
    );
    expect(summary).toMatchObject({ id: open.id, overdue: true, currentStep: "Between the chairs", clause: null });
    await expect(getChallenge({ db: t.db, viewer: v.hhwbMember! }, "halton", open.id, later)).resolves.toMatchObject({
      permissions: { respond: false, resolve: false, escalate: false },
    });
    await expect(getChallenge({ db: t.db, viewer: v.hhwbChair! }, "halton", open.id, later)).resolves.toMatchObject({
      permissions: { respond: true, resolve: false, escalate: true },
    });
    await expect(getChallenge({ db: t.db, viewer: v.lscbChair! }, "halton", open.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getChallenge({ db: t.db, viewer: v.admin! }, "harrow", open.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("offers the raise form only to chairs, prefilled from an item", async () => {
    const form = await getRaiseChallengeForm({ db: t.db, viewer: v.hhwbChair! }, "halton", { item: hhwbItem }, now);
    expect(form.from.map((f) => f.id)).toEqual([b.hhwb]);
    expect(form.to.map((x) => x.id).sort()).toEqual([b.hct, b.hhwb, b.hscb].sort());
    expect(form.prefill).toMatchObject({ fromBoardId: b.hhwb, itemId: hhwbItem, protocolId: halton.id });
    expect(form.defaultDueOn).toBe("2026-12-21");
    const member = await getRaiseChallengeForm({ db: t.db, viewer: v.hhwbMember! }, "halton", {}, now);
    expect(member).toMatchObject({ canRaise: false, from: [], to: [], protocols: [] });
  });
});
