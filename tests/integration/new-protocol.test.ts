import { beforeAll, describe, expect, it } from "vitest";
import { type AppError } from "@/server/core/errors";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { previewCalendar } from "@/server/features/calendar/preview-calendar";
import { addClause } from "@/server/features/protocols/add-clause";
import { createProtocol } from "@/server/features/protocols/create-protocol";
import { editClause } from "@/server/features/protocols/edit-clause";
import { listPartyChoices, mayCreateProtocol } from "@/server/features/protocols/list-party-choices";
import { moveClause } from "@/server/features/protocols/move-clause";
import { removeClause } from "@/server/features/protocols/remove-clause";
import { saveRule } from "@/server/features/protocols/save-rule";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { snapshotAll } from "./support/bad-values";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const ids: Record<string, string> = {};
const NOW = new Date("2026-11-23T12:00:00Z");

const refusal = (work: Promise<unknown>) => work.then(() => null).catch((e: unknown) => e as AppError);

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.hctChair = await viewerFor(demoEmail("halton", "HCT", "chair"));
  v.hscbChair = await viewerFor(demoEmail("halton", "HSCB", "chair"));
  v.hctSecretariat = await viewerFor(demoEmail("halton", "HCT", "secretariat"));
  for (const b of await t.db.board.findMany({ where: { slug: { in: ["halton-hct", "halton-hscb", "kent-kscb"] } } }))
    ids[b.slug] = b.id;
  // A Halton-only administrator: an area grant, nothing in Kent.
  const person = await t.db.person.create({ data: { slug: "halton-area-admin", name: "Testadmin Haltonian" } });
  const haltonId = (await t.db.area.findUniqueOrThrow({ where: { slug: "halton" } })).id;
  const user = await t.db.user.create({
    data: {
      email: "halton-admin@example.test",
      name: person.name,
      personId: person.id,
      passwordHash: "x",
      roles: { create: [{ role: "administrator", areaId: haltonId, scopeKey: `administrator:area:${haltonId}` }] },
    },
  });
  v.haltonAdmin = (await loadViewer(t.db, user.id))!;
});

const details = (extra: Record<string, unknown> = {}) => ({
  area: "halton",
  title: "Protocol between the Children’s Trust and the Safeguarding Board",
  version: "1.0",
  parties: [ids["halton-hct"], ids["halton-hscb"]],
  sourceDocument: "hct-hscb-2026.pdf",
  notes: "Written in the portal",
  resolutionRoute: "Strategic Director\n\n  Chief Executive  \n",
  ...extra,
});

describe(`protocols from scratch on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  let protocolId: string;

  it("creates a draft with its parties, its key made from the title, and one audit entry", async () => {
    const audits = await t.db.auditEntry.count();
    const created = await createProtocol({ db: t.db, viewer: v.admin! }, details());
    protocolId = created.id;
    const p = await t.db.protocol.findUniqueOrThrow({ where: { id: created.id }, include: { parties: true } });
    expect(p).toMatchObject({
      key: "protocol-between-the-children-s-trust-and-the-safeguarding-board",
      version: "1.0",
      status: "draft",
      previousVersionId: null,
      sourceDocument: "hct-hscb-2026.pdf",
      resolutionRoute: JSON.stringify(["Strategic Director", "Chief Executive"]),
    });
    expect(p.parties.map((x) => x.boardId).sort()).toEqual([ids["halton-hct"], ids["halton-hscb"]].sort());
    expect(await t.db.auditEntry.count()).toBe(audits + 1);
  });

  it("refuses a used key, one party, no party of the area, and a secretariat, changing nothing", async () => {
    const before = await snapshotAll(t.db);
    const taken = await refusal(createProtocol({ db: t.db, viewer: v.admin! }, details()));
    expect(taken).toMatchObject({ code: "VALIDATION" });
    expect(taken!.fieldErrors?.key?.[0]).toMatch(/already used by the protocol/);
    const one = await refusal(
      createProtocol({ db: t.db, viewer: v.admin! }, details({ key: "solo", parties: [ids["halton-hct"]] })),
    );
    expect(one!.fieldErrors?.parties?.[0]).toMatch(/at least two boards/);
    const elsewhere = await refusal(
      createProtocol(
        { db: t.db, viewer: v.admin! },
        details({
          key: "kent-only",
          area: "halton",
          parties: [ids["kent-kscb"], (await t.db.board.findFirstOrThrow({ where: { slug: "kent-hwb" } })).id],
        }),
      ),
    );
    expect(elsewhere!.fieldErrors?.parties?.[0]).toBe("Choose at least one board of Halton");
    expect(
      await refusal(createProtocol({ db: t.db, viewer: v.hctSecretariat! }, details({ key: "by-secretariat" }))),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotAll(t.db)).toEqual(before);
  });

  it("lets an area administrator include another area's board only where they may manage it (docs/decisions/018)", async () => {
    const cross = details({ key: "halton-kent", parties: [ids["halton-hct"], ids["kent-kscb"]] });
    // A Halton administrator cannot see Kent's boards: not found, nothing written.
    expect(await refusal(createProtocol({ db: t.db, viewer: v.haltonAdmin! }, cross))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.protocol.count({ where: { key: "halton-kent" } })).toBe(0);
    // A global administrator may.
    const made = await createProtocol({ db: t.db, viewer: v.admin! }, cross);
    expect(await t.db.protocolParty.count({ where: { protocolId: made.id } })).toBe(2);
  });

  it("offers the party picker only to those who may create, each board where they may manage it", async () => {
    const halton = await t.db.area.findUniqueOrThrow({ where: { slug: "halton" } });
    expect(await mayCreateProtocol({ db: t.db, viewer: v.hctSecretariat! }, halton.id)).toBe(false);
    expect(await mayCreateProtocol({ db: t.db, viewer: v.hctChair! }, halton.id)).toBe(false);
    expect(await mayCreateProtocol({ db: t.db, viewer: v.haltonAdmin! }, halton.id)).toBe(true);
    const areaAdmin = await listPartyChoices({ db: t.db, viewer: v.haltonAdmin! }, "halton");
    expect(areaAdmin.here.map((b) => b.label)).toContain("Halton Children's Trust (HCT)");
    expect(areaAdmin.elsewhere).toEqual([]);
    const global = await listPartyChoices({ db: t.db, viewer: v.admin! }, "halton");
    expect(global.elsewhere.map((b) => b.id)).toContain(ids["kent-kscb"]);
    expect(global.elsewhere.map((b) => b.id)).not.toContain(ids["halton-hct"]);
    const secretariat = await listPartyChoices({ db: t.db, viewer: v.hctSecretariat! }, "halton");
    expect([...secretariat.here, ...secretariat.elsewhere]).toEqual([]);
  });

  it("adds, edits, reorders and removes clauses; a reference clash is the field's error and changes nothing", async () => {
    const ctx = { db: t.db, viewer: v.admin! };
    const c1 = await addClause(ctx, {
      protocolId,
      ref: "3.1",
      heading: "Reports",
      text: "The HSCB will report to the HCT annually.",
    });
    const c2 = await addClause(ctx, { protocolId, ref: "5.1(c)", text: "The chairs will meet twice a year." });
    const c3 = await addClause(ctx, { protocolId, ref: "App. 1 2.1(a)", text: "Spare clause." });
    const before = await snapshotAll(t.db);
    const clash = await refusal(addClause(ctx, { protocolId, ref: "3.1", text: "Again." }));
    expect(clash).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ref: ["This protocol already has a clause 3.1: each reference is used once"] },
    });
    const editClash = await refusal(editClause(ctx, { clauseId: c2.id, ref: "3.1", text: "x" }));
    expect(editClash!.fieldErrors?.ref).toHaveLength(1);
    expect(await snapshotAll(t.db)).toEqual(before);

    await editClause(ctx, {
      clauseId: c2.id,
      ref: "5.1(c)",
      heading: "Meetings",
      text: "The chairs will meet at least twice a year.",
    });
    await moveClause(ctx, { clauseId: c2.id, direction: "up" });
    expect(
      (await t.db.clause.findMany({ where: { protocolId }, orderBy: { position: "asc" } })).map((c) => c.ref),
    ).toEqual(["5.1(c)", "3.1", "App. 1 2.1(a)"]);
    expect(await refusal(moveClause(ctx, { clauseId: c2.id, direction: "up" }))).toMatchObject({ code: "CONFLICT" });
    await removeClause(ctx, { clauseId: c3.id });
    expect(await t.db.clause.count({ where: { protocolId } })).toBe(2);
    expect(c1.ref).toBe("3.1");
    expect(
      await refusal(addClause({ db: t.db, viewer: v.hctSecretariat! }, { protocolId, ref: "9", text: "No." })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("creates a duty on the new draft through save-rule, refusing a board that is not a party", async () => {
    const clauseId = (await t.db.clause.findFirstOrThrow({ where: { protocolId, ref: "3.1" } })).id;
    const duty = {
      protocolId,
      clauseId,
      kind: "report",
      summary: "The HSCB reports to the HCT on safeguarding each year",
      modality: "will",
      from: [{ type: "board", id: ids["halton-hscb"] }],
      to: [{ type: "board", id: ids["halton-hct"] }],
      cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
    };
    const before = await snapshotAll(t.db);
    const halton = await t.db.board.findFirstOrThrow({ where: { slug: "halton-hhwb" } });
    const stranger = await refusal(
      saveRule({ db: t.db, viewer: v.admin! }, { ...duty, to: [{ type: "board", id: halton.id }] }),
    );
    expect(stranger).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { to: ["Choose the protocol's boards: that board is not a party to it"] },
    });
    const kentPost = await t.db.post.findFirstOrThrow({ where: { area: { slug: "kent" } } });
    const post = await refusal(
      saveRule({ db: t.db, viewer: v.admin! }, { ...duty, from: [{ type: "post", id: kentPost.id }] }),
    );
    expect(post!.fieldErrors?.from).toEqual(["Choose posts of the protocol's areas and boards from the list"]);
    expect(await snapshotAll(t.db)).toEqual(before);
    const saved = await saveRule({ db: t.db, viewer: v.admin! }, duty);
    expect(await t.db.obligation.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      protocolId,
      clauseId,
    });
    // A clause a duty cites stays.
    expect(await refusal(removeClause({ db: t.db, viewer: v.admin! }, { clauseId }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("is agreed when both chairs sign; its clauses are then frozen and generation picks its duty", async () => {
    const reader = { db: t.db, viewer: v.hctChair! };
    const before = await previewCalendar(reader, "halton", "HCT", 2026, NOW);
    expect(before.created.filter((i) => i.protocolId === protocolId)).toEqual([]);

    expect(
      await signOffProtocol({ db: t.db, viewer: v.hctChair!, now: NOW }, { protocolId, boardId: ids["halton-hct"] }),
    ).toEqual({
      agreed: false,
      remaining: 1,
    });
    expect(
      await signOffProtocol({ db: t.db, viewer: v.hscbChair!, now: NOW }, { protocolId, boardId: ids["halton-hscb"] }),
    ).toEqual({
      agreed: true,
      remaining: 0,
    });
    expect(await t.db.protocol.findUniqueOrThrow({ where: { id: protocolId } })).toMatchObject({
      status: "agreed",
      approvedOn: "2026-11-23",
    });

    const snapshot = await snapshotAll(t.db);
    const clause = await t.db.clause.findFirstOrThrow({ where: { protocolId, ref: "3.1" } });
    const ctx = { db: t.db, viewer: v.admin! };
    // Each attempt starts only when the one before has been refused: started together, a later
    // refusal could arrive before anything awaits it (an unhandled rejection).
    for (const work of [
      () => addClause(ctx, { protocolId, ref: "7", text: "Too late." }),
      () => editClause(ctx, { clauseId: clause.id, ref: "3.1", text: "Changed." }),
      () => moveClause(ctx, { clauseId: clause.id, direction: "down" }),
      () => removeClause(ctx, { clauseId: clause.id }),
    ]) {
      const e = await refusal(work());
      expect(e).toMatchObject({ code: "CONFLICT" });
      expect(e!.message).toMatch(/its clauses cannot change/);
    }
    expect(await snapshotAll(t.db)).toEqual(snapshot);

    const after = await previewCalendar(reader, "halton", "HCT", 2026, NOW);
    const items = after.created.filter((i) => i.protocolId === protocolId);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ clause: "3.1", title: "The HSCB reports to the HCT on safeguarding each year" });
  });
});
