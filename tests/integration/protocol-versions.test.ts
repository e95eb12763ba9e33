import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { seedAll } from "../factories/seed";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
let ids: Record<string, string> = {};

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.hwbbChair = await viewerFor(demoEmail("harrow", "HWBB", "chair"));
  v.lscbChair = await viewerFor(demoEmail("harrow", "LSCB", "chair"));
  v.hwbbSecretariat = await viewerFor(demoEmail("harrow", "HWBB", "secretariat"));
  ids = Object.fromEntries(
    (await t.db.board.findMany({ where: { slug: { startsWith: "harrow-" } } })).map((b) => [b.slug, b.id]),
  );
});

describe(`protocol versions on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("copy clauses and rules into a draft that never reaches generation, until every party's chair signs", async () => {
    const v1 = await t.db.protocol.findFirstOrThrow({
      where: { key: "harrow-hwbb-lscb", version: "1" },
      include: { _count: { select: { clauses: true, obligations: true } } },
    });
    const boards = [ids["harrow-hwbb"]!, ids["harrow-lscb"]!];
    await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, boards, 2026));
    const oldItems = await t.db.calendarItem.count({ where: { obligation: { protocolId: v1.id }, retiredAt: null } });
    expect(oldItems).toBeGreaterThan(0);

    await expect(
      createProtocolVersion({ db: t.db, viewer: v.hwbbSecretariat! }, { protocolId: v1.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await createProtocolVersion({ db: t.db, viewer: v.admin! }, { protocolId: v1.id });
    expect(draft).toMatchObject({ version: "2", status: "draft", previousVersionId: v1.id });
    expect(await t.db.clause.count({ where: { protocolId: draft.id } })).toBe(v1._count.clauses);
    expect(await t.db.obligation.count({ where: { protocolId: draft.id } })).toBe(v1._count.obligations);
    expect(await t.db.membershipRule.count({ where: { obligation: { protocolId: draft.id } } })).toBe(1);
    const copiedAfter = await t.db.obligation.findFirstOrThrow({
      where: { protocolId: draft.id, comesAfterId: { not: null } },
      include: { comesAfter: true },
    });
    expect(copiedAfter.comesAfter!.protocolId).toBe(draft.id);
    expect((await planCalendar(t.db, boards, 2026)).diff).toMatchObject({ create: [], update: [], retire: [] });

    // A sign-off by someone who is not that party's chair is refused, changing nothing.
    const refusal = await signOffProtocol(
      { db: t.db, viewer: v.hwbbSecretariat! },
      { protocolId: draft.id, boardId: ids["harrow-hwbb"] },
    ).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toBe(
      "Only the chair of Harrow Health and Wellbeing Board can sign off for it",
    );
    await expect(
      signOffProtocol({ db: t.db, viewer: v.lscbChair! }, { protocolId: draft.id, boardId: ids["harrow-hwbb"] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.protocolParty.count({ where: { protocolId: draft.id, signedOn: { not: null } } })).toBe(0);

    expect(
      await signOffProtocol({ db: t.db, viewer: v.hwbbChair! }, { protocolId: draft.id, boardId: ids["harrow-hwbb"] }),
    ).toEqual({ agreed: false, remaining: 1 });
    await expect(
      signOffProtocol({ db: t.db, viewer: v.hwbbChair! }, { protocolId: draft.id, boardId: ids["harrow-hwbb"] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      await signOffProtocol(
        { db: t.db, viewer: v.lscbChair!, now: new Date("2026-11-23T12:00:00Z") },
        { protocolId: draft.id, boardId: ids["harrow-lscb"] },
      ),
    ).toEqual({ agreed: true, remaining: 0 });
    expect(await t.db.protocol.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "agreed",
      approvedOn: "2026-11-23",
    });
    expect((await t.db.protocol.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("superseded");

    // Now the new version is in force: regeneration moves the year onto it.
    const result = await applyCalendarPlan(
      t.db,
      { type: "system", label: "cli" },
      await planCalendar(t.db, boards, 2026),
    );
    expect(result.retired).toBe(oldItems);
    expect(result.created).toBe(oldItems);
  });

  it("keep the portal's status when the seed runs again", async () => {
    await seedAll(t.db);
    expect((await t.db.protocol.findFirstOrThrow({ where: { key: "harrow-hwbb-lscb", version: "1" } })).status).toBe(
      "superseded",
    );
  });
});
