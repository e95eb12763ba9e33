import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { exportArea, serializeAreaFile } from "@/server/features/areas/export-area";
import { importAreaFile, planAreaImport } from "@/server/features/areas/import-area";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { saveRule } from "@/server/features/protocols/save-rule";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { addVocabularyEntry } from "@/server/features/vocabularies/add-vocabulary-entry";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { createTestDatabase, withTestDatabase } from "./support/test-db";

/**
 * Membership rules name capacities from the Capacity table an administrator edits, as memberships
 * do: a custom capacity ("co-opted member") can be required, checked, exported and imported.
 */
const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const now = new Date("2026-11-23T12:00:00Z");
const board: Record<string, string> = {};
let draftId: string;
let dphId: string;

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  for (const key of ["HWB", "CHWB", "KSCB"]) v[`${key}chair`] = await viewerFor(demoEmail("kent", key, "chair"));
  for (const slug of ["kent-hwb", "kent-chwb", "kent-kscb"])
    board[slug] = (await t.db.board.findUniqueOrThrow({ where: { slug } })).id;
  const kent = await t.db.area.findUniqueOrThrow({ where: { slug: "kent" } });
  dphId = (await t.db.post.findUniqueOrThrow({ where: { areaId_key: { areaId: kent.id, key: "DPH" } } })).id;
  const agreed = await t.db.protocol.findFirstOrThrow({ where: { key: "kent-hwb-chwb-kscb" } });
  draftId = (await createProtocolVersion({ db: t.db, viewer: v.admin }, { protocolId: agreed.id })).id;
  await addVocabularyEntry(
    { db: t.db, viewer: v.admin },
    { vocabulary: "capacity", key: "co-opted-member", name: "Co-opted member" },
  );
});

const SUMMARY = "The Director of Public Health is co-opted onto the KSCB";
const rule = async (membership: Record<string, unknown>) => ({
  protocolId: draftId,
  clauseId: (await t.db.clause.findFirstOrThrow({ where: { protocolId: draftId, ref: "3.5" } })).id,
  kind: "membership",
  summary: SUMMARY,
  modality: "will",
  from: [],
  to: [],
  cadence: { frequency: "standing" },
  membership,
});
const dphOnKscb = (capacity: string) => ({
  subjectType: "post",
  subjectPostId: dphId,
  boardId: board["kent-kscb"],
  capacity,
});

/** Everything a refused save could have touched. */
const snapshot = async () => ({
  obligations: await t.db.obligation.findMany({ where: { protocolId: draftId }, orderBy: { id: "asc" } }),
  rules: await t.db.membershipRule.findMany({ orderBy: { id: "asc" } }),
  parties: await t.db.obligationParty.count(),
  audit: await t.db.auditEntry.count(),
});

describe(`membership rules with a custom capacity, on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("refuses a capacity not in the table at its field, naming the choices, and writes nothing", async () => {
    for (const [membership, field] of [
      [dphOnKscb("emperor"), "membership.capacity"],
      [
        {
          subjectType: "board-capacity",
          subjectBoardId: board["kent-kscb"],
          subjectCapacity: "emperor",
          boardId: board["kent-chwb"],
        },
        "membership.subjectCapacity",
      ],
    ] as const) {
      const before = await snapshot();
      const error = await saveRule({ db: t.db, viewer: v.admin! }, await rule(membership)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors).toEqual({
        [field]: [expect.stringMatching(/^Choose a capacity from the list: chair, .*co-opted member$/)],
      });
      expect(await snapshot()).toEqual(before);
      await expect(previewRule({ db: t.db, viewer: v.admin!, now }, await rule(membership))).rejects.toMatchObject({
        fieldErrors: { [field]: [expect.stringMatching(/^Choose a capacity from the list: /)] },
      });
    }
    // A key that is not a key at all is refused by the form's schema, at the same field.
    const malformed = await saveRule({ db: t.db, viewer: v.admin! }, await rule(dphOnKscb("Not A Key!"))).catch(
      (e: unknown) => e as AppError,
    );
    expect(malformed).toBeInstanceOf(AppError);
    expect((malformed as AppError).fieldErrors["membership.capacity"]).toEqual([
      "Choose a capacity, for example chair or member",
    ]);
  });

  it("saves a rule requiring the custom capacity; the preview names it as the table does", async () => {
    const { id } = await saveRule({ db: t.db, viewer: v.admin! }, await rule(dphOnKscb("co-opted-member")));
    expect(await t.db.membershipRule.findUniqueOrThrow({ where: { obligationId: id } })).toMatchObject({
      subjectPostId: dphId,
      boardId: board["kent-kscb"],
      capacity: "co-opted-member",
    });
    const preview = await previewRule({ db: t.db, viewer: v.admin!, now }, await rule(dphOnKscb("co-opted-member")));
    expect(preview.membership).toEqual({
      status: "not-met",
      explanation: "Clause 3.5: Dr Alistair Dummyfield (the Director of Public Health) does not sit on KSCB.",
    });
  });

  it("exports the capacity with the rule that uses it, and the file round-trips through an empty database", async () => {
    // No membership uses the capacity yet: the rule alone carries it into the file.
    expect(await t.db.membership.count({ where: { capacity: "co-opted-member" } })).toBe(0);
    const file = await exportArea({ db: t.db, viewer: null }, "kent");
    expect(file.vocabularies.capacities).toEqual([{ key: "co-opted-member", name: "Co-opted member" }]);
    const obligations = file.protocols.flatMap((p) => p.obligations);
    expect(obligations.find((o) => o.summary === SUMMARY)?.membershipRule).toEqual({
      subject: { post: "DPH" },
      board: "kent-kscb",
      capacity: "co-opted-member",
    });
    expect(await planAreaImport({ db: t.db, viewer: null }, file)).toMatchObject({ created: 0, updated: 0 });

    const text = serializeAreaFile(file);
    const target = await createTestDatabase();
    try {
      await target.db.capacity.deleteMany({ where: { key: "co-opted-member" } });
      const first = await importAreaFile({ db: target.db, viewer: null }, JSON.parse(text));
      expect(first).toMatchObject({ area: "kent", updated: 0, written: true });
      expect(await target.db.capacity.findUniqueOrThrow({ where: { key: "co-opted-member" } })).toMatchObject({
        name: "Co-opted member",
        builtIn: false,
      });
      expect(serializeAreaFile(await exportArea({ db: target.db, viewer: null }, "kent"))).toBe(text);
    } finally {
      await target.drop();
    }

    const withoutCapacity = { ...file, vocabularies: { ...file.vocabularies, capacities: [] } };
    await expect(planAreaImport({ db: t.db, viewer: null }, withoutCapacity)).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(
        /protocols\.\d+\.obligations\.\d+\.membershipRule\.capacity: Unknown capacity co-opted-member/,
      ) as unknown,
    });
  });

  it("once agreed, the check reports the rule met when the post holder sits in that capacity", async () => {
    const holding = await t.db.postHolding.findFirstOrThrow({ where: { postId: dphId, endsOn: null } });
    const council = await t.db.organisation.findFirstOrThrow({ where: { slug: "kent-kent-county-council" } });
    await t.db.membership.create({
      data: {
        personId: holding.personId,
        boardId: board["kent-kscb"]!,
        capacity: "co-opted-member",
        organisationId: council.id,
        startsOn: "2026-04-01",
      },
    });
    for (const key of ["HWB", "CHWB", "KSCB"])
      await signOffProtocol(
        { db: t.db, viewer: v[`${key}chair`]!, now },
        { protocolId: draftId, boardId: board[`kent-${key.toLowerCase()}`] },
      );
    const check = (await checkMembershipRules({ db: t.db, viewer: null }, "kent", now)).find(
      (c) => c.protocolId === draftId && c.rule === SUMMARY,
    );
    expect(check).toMatchObject({
      status: "met",
      explanation:
        "Clause 3.5: Dr Alistair Dummyfield (the Director of Public Health) sits on KSCB as co-opted member.",
    });
  });
});
