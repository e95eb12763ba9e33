import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { restoreRule, retireRule } from "@/server/features/protocols/retire-rule";
import { saveRule } from "@/server/features/protocols/save-rule";
import { planCalendar } from "@/server/features/calendar/generate-calendar";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { makePost } from "../factories";
import { withTestDatabase } from "./support/test-db";

/** The rule editor on Kent's draft: membership rules, new duties, retiring and restoring (issue 5). */
const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const now = new Date("2026-11-23T12:00:00Z");
let agreedId: string;
let draftId: string;
const board: Record<string, string> = {};
const post: Record<string, string> = {};

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.secretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  for (const key of ["HWB", "CHWB", "KSCB"]) v[`${key}chair`] = await viewerFor(demoEmail("kent", key, "chair"));
  for (const slug of ["kent-hwb", "kent-chwb", "kent-kscb", "medway-hwb"])
    board[slug] = (await t.db.board.findUniqueOrThrow({ where: { slug } })).id;
  const kent = await t.db.area.findUniqueOrThrow({ where: { slug: "kent" } });
  const medway = await t.db.area.findUniqueOrThrow({ where: { slug: "medway" } });
  post.dcs = (await t.db.post.findUniqueOrThrow({ where: { areaId_key: { areaId: kent.id, key: "DCS" } } })).id;
  post.dph = (await t.db.post.findUniqueOrThrow({ where: { areaId_key: { areaId: kent.id, key: "DPH" } } })).id;
  post.medwayDcs = (await t.db.post.findUniqueOrThrow({ where: { areaId_key: { areaId: medway.id, key: "DCS" } } })).id;
  const council = await t.db.organisation.findFirstOrThrow({ where: { slug: "kent-kent-county-council" } });
  post.vacant = (
    await makePost(t.db, { areaId: kent.id, key: "TEST-VACANT", title: "Test Vacant Post", organisationId: council.id })
  ).id;
  agreedId = (await t.db.protocol.findFirstOrThrow({ where: { key: "kent-hwb-chwb-kscb" } })).id;
  draftId = (await createProtocolVersion({ db: t.db, viewer: v.admin }, { protocolId: agreedId })).id;
});

const clauseId = async (protocolId: string, ref: string) =>
  (await t.db.clause.findFirstOrThrow({ where: { protocolId, ref } })).id;
const membershipRule = async (
  protocolId: string,
  membership: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  protocolId,
  clauseId: await clauseId(protocolId, "3.5"),
  kind: "membership",
  summary: "The Chair of the KSCB is a member of the CHWB",
  modality: "will",
  from: [],
  to: [],
  cadence: { frequency: "standing" },
  membership,
  ...extra,
});
const kscbChairOnChwb = () => ({
  subjectType: "board-capacity",
  subjectBoardId: board["kent-kscb"],
  subjectCapacity: "chair",
  boardId: board["kent-chwb"],
});

/** Everything a refused change could have touched. */
const snapshot = async () => ({
  obligations: await t.db.obligation.findMany({ where: { protocolId: draftId }, orderBy: { id: "asc" } }),
  rules: await t.db.membershipRule.findMany({ where: { obligation: { protocolId: draftId } }, orderBy: { id: "asc" } }),
  parties: await t.db.obligationParty.count({ where: { obligation: { protocolId: draftId } } }),
  audit: await t.db.auditEntry.count(),
});
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

describe(`rule editor: membership rules, new rules, retiring, on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("previews a membership rule as met, not met or unknown against today's seats", async () => {
    const preview = async (membership: Record<string, unknown>) =>
      previewRule({ db: t.db, viewer: v.admin!, now }, await membershipRule(draftId, membership));
    expect((await preview(kscbChairOnChwb())).membership).toEqual({
      status: "met",
      explanation: "Clause 3.5: Montgomery Specimen (the chair of KSCB) sits on CHWB as member.",
    });
    expect((await preview({ ...kscbChairOnChwb(), capacity: "chair" })).membership).toEqual({
      status: "not-met",
      explanation: "Clause 3.5: Montgomery Specimen (the chair of KSCB) sits on CHWB as member, not as chair.",
    });
    expect(
      (await preview({ subjectType: "post", subjectPostId: post.dph, boardId: board["kent-kscb"] })).membership,
    ).toEqual({
      status: "not-met",
      explanation: "Clause 3.5: Dr Alistair Dummyfield (the Director of Public Health) does not sit on KSCB.",
    });
    const vacant = (await preview({ subjectType: "post", subjectPostId: post.vacant, boardId: board["kent-kscb"] }))
      .membership;
    expect(vacant?.status).toBe("unknown");
    expect(vacant?.explanation).toContain("the post is vacant");
  });

  it("edits the draft's membership rule, audited and conflict-safe", async () => {
    const existing = await t.db.obligation.findFirstOrThrow({ where: { protocolId: draftId, kind: "membership" } });
    const input = await membershipRule(
      draftId,
      { subjectType: "post", subjectPostId: post.dcs, boardId: board["kent-kscb"], capacity: "member" },
      {
        obligationId: existing.id,
        updatedAt: existing.updatedAt.toISOString(),
        summary: "The DCS is a member of the KSCB",
      },
    );
    await saveRule({ db: t.db, viewer: v.admin! }, input);
    const saved = await t.db.obligation.findUniqueOrThrow({
      where: { id: existing.id },
      include: { membershipRule: true, parties: true },
    });
    expect(saved.summary).toBe("The DCS is a member of the KSCB");
    expect(saved.membershipRule).toMatchObject({
      subjectPostId: post.dcs,
      subjectBoardId: null,
      subjectCapacity: null,
      boardId: board["kent-kscb"],
      capacity: "member",
    });
    expect(
      saved.parties
        .map((p) => `${p.role}:${p.postId === post.dcs ? "DCS" : p.boardId === board["kent-kscb"] ? "KSCB" : "?"}`)
        .sort(),
    ).toEqual(["from:DCS", "to:KSCB"]);
    expect(await t.db.auditEntry.count({ where: { entityId: existing.id, action: "rule.edit" } })).toBe(1);

    // The form was opened before that save: refused, nothing changed.
    const stale = await refused(() =>
      saveRule({ db: t.db, viewer: v.admin! }, { ...input, summary: "An edit made on an old page" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain(
      'Someone changed the rule "The DCS is a member of the KSCB" since you opened the page. Nothing was saved',
    );

    // Back to the clause's own reading, from the fresh page.
    await saveRule(
      { db: t.db, viewer: v.admin! },
      await membershipRule(draftId, kscbChairOnChwb(), {
        obligationId: existing.id,
        updatedAt: saved.updatedAt.toISOString(),
      }),
    );
    expect(await t.db.membershipRule.findUniqueOrThrow({ where: { obligationId: existing.id } })).toMatchObject({
      subjectBoardId: board["kent-kscb"],
      subjectCapacity: "chair",
      subjectPostId: null,
      capacity: null,
    });
  });

  it("refuses a bad membership rule with a message at its field, changing nothing", async () => {
    const save = async (membership: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      refused(async () => saveRule({ db: t.db, viewer: v.admin! }, await membershipRule(draftId, membership, extra)));
    expect(
      (await save({ subjectType: "board-capacity", subjectBoardId: board["kent-kscb"], subjectCapacity: "chair" }))
        .fieldErrors,
    ).toEqual({ "membership.boardId": ["Choose the board they must sit on"] });
    expect((await save({ subjectType: "board-capacity", boardId: board["kent-chwb"] })).fieldErrors).toEqual({
      "membership.subjectBoardId": ["Choose the board whose chair (or other capacity) must sit on the board"],
      "membership.subjectCapacity": ["Choose the capacity they hold on that board, for example chair"],
    });
    expect((await save({ subjectType: "post", boardId: board["kent-chwb"] })).fieldErrors).toEqual({
      "membership.subjectPostId": ["Choose the post whose holder must sit on the board"],
    });
    expect(
      (await save({ ...kscbChairOnChwb(), boardId: board["kent-kscb"] })).fieldErrors["membership.boardId"],
    ).toEqual([
      "That rule would always be met: whoever holds the capacity already sits on the board. Choose a different board or capacity",
    ]);
    expect((await save({ ...kscbChairOnChwb(), boardId: board["medway-hwb"] })).fieldErrors).toEqual({
      "membership.boardId": ["Choose one of the protocol's boards for them to sit on"],
    });
    expect(
      (await save({ subjectType: "post", subjectPostId: post.medwayDcs, boardId: board["kent-kscb"] })).fieldErrors,
    ).toEqual({ "membership.subjectPostId": ["Choose one of the posts of the protocol's areas"] });
    expect((await save({ ...kscbChairOnChwb(), capacity: "trustee" })).fieldErrors).toEqual({
      "membership.capacity": [expect.stringMatching(/^Choose a capacity from the list: chair, vice-chair, /)],
    });
    expect((await save(kscbChairOnChwb(), { cadence: { frequency: "annual" } })).fieldErrors).toEqual({
      "cadence.frequency": ["A membership rule is a standing duty, checked against who sits where: choose standing"],
    });
  });

  it("refuses an impossible cadence on a new rule, with the message at its field, changing nothing", async () => {
    const duty = async (cadence: Record<string, unknown>) => ({
      protocolId: draftId,
      clauseId: await clauseId(draftId, "3.6"),
      kind: "report",
      summary: "A test report to the HWB",
      modality: "will",
      from: [{ type: "board", id: board["kent-kscb"] }],
      to: [{ type: "board", id: board["kent-hwb"] }],
      cadence,
    });
    const bad = async (cadence: Record<string, unknown>) =>
      (await refused(async () => saveRule({ db: t.db, viewer: v.admin! }, await duty(cadence)))).fieldErrors;
    expect(await bad({ frequency: "quarterly", window: { fromMonth: 9, toMonth: 11 } })).toEqual({
      "cadence.window": ["Only an annual duty can have a month window"],
    });
    expect(await bad({ frequency: "anniversary", anchorDate: "2026-02-30" })).toEqual({
      "cadence.anchorDate": ["That date does not exist"],
    });
    expect(await bad({ frequency: "min-per-year", minPerYear: 0 })).toEqual({
      "cadence.minPerYear": ["minPerYear must be at least 1"],
    });
    expect(await bad({ frequency: "after-every-meeting", afterMeetingsOf: "MSCB" })).toEqual({
      "cadence.afterMeetingsOf": ["Choose one of the protocol's boards"],
    });
  });

  it("creates a new duty and a new membership rule on the draft, previewed through the engine first", async () => {
    const duty = {
      protocolId: draftId,
      clauseId: await clauseId(draftId, "3.6"),
      kind: "report",
      summary: "The KSCB sends its business plan to the HWB",
      modality: "will",
      from: [{ type: "board", id: board["kent-kscb"] }],
      to: [{ type: "board", id: board["kent-hwb"] }],
      cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
    };
    const preview = await previewRule({ db: t.db, viewer: v.admin!, now }, duty);
    expect(preview.items.map((i) => [i.windowStart, i.windowEnd, i.meeting])).toEqual([
      ["2026-09-01", "2026-11-30", "2026-09-23"],
    ]);
    const created = await saveRule({ db: t.db, viewer: v.admin! }, duty);
    expect(await t.db.obligation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      protocolId: draftId,
      frequency: "annual",
      windowFromMonth: 9,
      windowToMonth: 11,
      retiredAt: null,
    });
    expect(await t.db.auditEntry.count({ where: { entityId: created.id, action: "rule.create" } })).toBe(1);

    const rule = await saveRule(
      { db: t.db, viewer: v.admin! },
      await membershipRule(
        draftId,
        { subjectType: "post", subjectPostId: post.dph, boardId: board["kent-chwb"] },
        { summary: "The DPH is a member of the CHWB" },
      ),
    );
    expect(await t.db.membershipRule.findUniqueOrThrow({ where: { obligationId: rule.id } })).toMatchObject({
      subjectPostId: post.dph,
      boardId: board["kent-chwb"],
      capacity: null,
    });
  });

  it("retires and restores rules on the draft only, each audited", async () => {
    const report = await t.db.obligation.findFirstOrThrow({
      where: { protocolId: draftId, key: "kscb-annual-report" },
    });
    await retireRule(
      { db: t.db, viewer: v.admin!, now },
      { protocolId: draftId, obligationId: report.id, updatedAt: report.updatedAt.toISOString() },
    );
    const retired = await t.db.obligation.findUniqueOrThrow({ where: { id: report.id } });
    expect(retired.retiredAt).toEqual(now);
    // Retiring again from the old page, or editing a retired rule, is refused.
    expect(
      (
        await refused(() =>
          retireRule(
            { db: t.db, viewer: v.admin! },
            { protocolId: draftId, obligationId: report.id, updatedAt: retired.updatedAt.toISOString() },
          ),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(
      (
        await refused(() =>
          retireRule(
            { db: t.db, viewer: v.admin! },
            { protocolId: draftId, obligationId: report.id, updatedAt: "2026-01-01T00:00:00.000Z" },
          ),
        )
      ).code,
    ).toBe("CONFLICT");
    const edit = {
      protocolId: draftId,
      obligationId: report.id,
      updatedAt: retired.updatedAt.toISOString(),
      clauseId: report.clauseId,
      kind: "report",
      summary: report.summary,
      modality: "will",
      from: [{ type: "board", id: board["kent-kscb"] }],
      to: [{ type: "board", id: board["kent-hwb"] }],
      cadence: { frequency: "annual" },
    };
    expect((await refused(() => saveRule({ db: t.db, viewer: v.admin! }, edit))).message).toBe(
      `The rule "${report.summary}" is retired on this draft: restore it before editing it.`,
    );

    await restoreRule(
      { db: t.db, viewer: v.admin! },
      { protocolId: draftId, obligationId: report.id, updatedAt: retired.updatedAt.toISOString() },
    );
    const restored = await t.db.obligation.findUniqueOrThrow({ where: { id: report.id } });
    expect(restored.retiredAt).toBeNull();
    expect(
      (await t.db.auditEntry.findMany({ where: { entityId: report.id }, select: { action: true } }))
        .map((a) => a.action)
        .sort(),
    ).toEqual(["rule.restore", "rule.retire"]);
    // Retired for good: it must not reach the calendar once the draft is agreed (below).
    await retireRule(
      { db: t.db, viewer: v.admin!, now },
      { protocolId: draftId, obligationId: report.id, updatedAt: restored.updatedAt.toISOString() },
    );
    const membership = await t.db.obligation.findFirstOrThrow({
      where: { protocolId: draftId, membershipRule: { subjectPostId: post.dph } },
    });
    await retireRule(
      { db: t.db, viewer: v.admin!, now },
      { protocolId: draftId, obligationId: membership.id, updatedAt: membership.updatedAt.toISOString() },
    );
  });

  it("refuses changes to an agreed version, and to anyone without protocol:manage", async () => {
    const agreedRule = await t.db.obligation.findFirstOrThrow({
      where: { protocolId: agreedId, key: "kscb-annual-report" },
    });
    const message =
      "Version 1 is agreed, so its rules cannot be changed: rules are edited on a draft version only. Create a new version first.";
    expect(
      await refused(() =>
        retireRule(
          { db: t.db, viewer: v.admin! },
          { protocolId: agreedId, obligationId: agreedRule.id, updatedAt: agreedRule.updatedAt.toISOString() },
        ),
      ),
    ).toMatchObject({ code: "CONFLICT", message });
    expect(
      await refused(async () =>
        saveRule({ db: t.db, viewer: v.admin! }, await membershipRule(agreedId, kscbChairOnChwb())),
      ),
    ).toMatchObject({ code: "CONFLICT", message });
    await expect(
      previewRule({ db: t.db, viewer: v.admin! }, await membershipRule(agreedId, kscbChairOnChwb())),
    ).rejects.toMatchObject({ code: "CONFLICT", message });
    expect(await t.db.obligation.findUniqueOrThrow({ where: { id: agreedRule.id } })).toEqual(agreedRule);
    expect(
      (
        await refused(async () =>
          saveRule({ db: t.db, viewer: v.secretariat! }, await membershipRule(draftId, kscbChairOnChwb())),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const any = await t.db.obligation.findFirstOrThrow({ where: { protocolId: draftId, retiredAt: null } });
    expect(
      (
        await refused(() =>
          retireRule(
            { db: t.db, viewer: v.secretariat! },
            { protocolId: draftId, obligationId: any.id, updatedAt: any.updatedAt.toISOString() },
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("once the draft is agreed, its retired rules never reach generation or the membership checks", async () => {
    for (const key of ["HWB", "CHWB", "KSCB"])
      await signOffProtocol(
        { db: t.db, viewer: v[`${key}chair`]!, now },
        { protocolId: draftId, boardId: board[`kent-${key.toLowerCase()}`] },
      );
    expect((await t.db.protocol.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("agreed");
    const retired = await t.db.obligation.findMany({ where: { protocolId: draftId, retiredAt: { not: null } } });
    expect(retired.map((o) => o.key).sort()).toEqual(["kscb-annual-report", expect.stringMatching(/^rule-/)]);
    const plan = await planCalendar(t.db, [board["kent-hwb"]!, board["kent-chwb"]!, board["kent-kscb"]!], 2026);
    const obligationIds = new Set(plan.generated.map((i) => i.obligationId));
    expect(retired.filter((o) => obligationIds.has(o.id))).toEqual([]);
    expect(plan.context.obligations.map((o) => o.id)).not.toContain(retired[0]!.id);
    // The duty created on the draft is in force; the superseded version's items are not.
    const created = await t.db.obligation.findFirstOrThrow({
      where: { protocolId: draftId, summary: "The KSCB sends its business plan to the HWB" },
    });
    expect(plan.generated.filter((i) => i.obligationId === created.id)).toHaveLength(1);
    const superseded = new Set((await t.db.obligation.findMany({ where: { protocolId: agreedId } })).map((o) => o.id));
    expect(plan.generated.filter((i) => superseded.has(i.obligationId))).toEqual([]);

    const checks = (await checkMembershipRules({ db: t.db, viewer: null }, "kent", now)).filter(
      (c) => c.protocolId === draftId,
    );
    expect(checks.map((c) => [c.clause, c.status])).toEqual([["3.5", "met"]]);
  });
});
