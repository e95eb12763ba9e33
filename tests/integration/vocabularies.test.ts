import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { exportArea } from "@/server/features/areas/export-area";
import { planAreaImport } from "@/server/features/areas/import-area";
import { getBoard } from "@/server/features/boards/get-board";
import { addMembership } from "@/server/features/membership/add-membership";
import { addVocabularyEntry } from "@/server/features/vocabularies/add-vocabulary-entry";
import { listVocabularies } from "@/server/features/vocabularies/list-vocabularies";
import { removeVocabularyEntry } from "@/server/features/vocabularies/remove-vocabulary-entry";
import { renameVocabularyEntry } from "@/server/features/vocabularies/rename-vocabulary-entry";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let admin: Viewer;
let secretariat: Viewer;

async function viewerFor(email: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(t.db, user.id))!;
}
beforeAll(async () => {
  admin = await viewerFor(DEMO_ADMIN_EMAIL);
  secretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
});
const as = (viewer: Viewer) => ({ db: t.db, viewer });
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    },
  );

describe("vocabularies (administrators of the whole portal)", () => {
  it("holds today's structures: safeguarding children partnerships, ICBs, ICPs, community safety partnerships", async () => {
    const [boardKinds] = await listVocabularies(t.db);
    expect(boardKinds!.entries.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        "safeguarding-children-partnership",
        "integrated-care-board",
        "integrated-care-partnership",
        "community-safety-partnership",
      ]),
    );
  });

  it("adds a capacity that membership forms then accept, shown by its name; in use, it cannot be removed", async () => {
    await addVocabularyEntry(as(admin), { vocabulary: "capacity", key: "co-opted-member", name: "Co-opted member" });
    const capacity = await t.db.capacity.findUniqueOrThrow({ where: { key: "co-opted-member" } });
    expect(capacity.builtIn).toBe(false);
    const hwb = await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } });
    const person = await t.db.person.create({ data: { slug: "test-co-opted", name: "Test Co-opted" } });
    const organisation = await t.db.organisation.findFirstOrThrow();
    const input = { boardId: hwb.id, personId: person.id, organisationId: organisation.id, startsOn: "2026-01-05" };

    const before = await t.db.membership.count();
    const unknown = await refusal(addMembership(as(secretariat), { ...input, capacity: "emperor" }));
    expect(unknown.fieldErrors.capacity).toEqual([expect.stringMatching(/^Choose a capacity from the list: chair, /)]);
    expect(await t.db.membership.count()).toBe(before);

    await addMembership(as(secretariat), { ...input, capacity: "co-opted-member" });
    const page = await getBoard(as(admin), "kent", "HWB");
    expect(page.members.find((m) => m.person === "Test Co-opted")?.capacity).toBe("Co-opted member");

    const inUse = await refusal(removeVocabularyEntry(as(admin), { vocabulary: "capacity", id: capacity.id }));
    expect(inUse.code).toBe("CONFLICT");
    expect(inUse.message).toMatch(/in use \(1 record\)/);
    expect(await t.db.capacity.count({ where: { key: "co-opted-member" } })).toBe(1);

    // The area file carries the capacity it uses, so that the area still exports and imports.
    const file = await exportArea({ db: t.db, viewer: null }, "kent");
    expect(file.vocabularies.capacities).toEqual([{ key: "co-opted-member", name: "Co-opted member" }]);
    expect(await planAreaImport({ db: t.db, viewer: null }, file)).toMatchObject({ created: 0, updated: 0 });
    const unknownInFile = { ...file, vocabularies: { ...file.vocabularies, capacities: [] } };
    await expect(planAreaImport({ db: t.db, viewer: null }, unknownInFile)).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/memberships\.\d+\.capacity: Unknown capacity co-opted-member/) as unknown,
    });
  });

  it("renames a built-in capacity but never removes it; removes an unused kind; refuses a taken key", async () => {
    const chair = await t.db.capacity.findUniqueOrThrow({ where: { key: "chair" } });
    await renameVocabularyEntry(as(admin), { vocabulary: "capacity", id: chair.id, name: "Chairperson" });
    expect((await t.db.capacity.findUniqueOrThrow({ where: { key: "chair" } })).name).toBe("Chairperson");
    const builtIn = await refusal(removeVocabularyEntry(as(admin), { vocabulary: "capacity", id: chair.id }));
    expect(builtIn.message).toMatch(/built in/);

    await addVocabularyEntry(as(admin), {
      vocabulary: "board-kind",
      key: "youth-justice",
      name: "Youth justice board",
    });
    const kind = await t.db.boardKind.findUniqueOrThrow({ where: { key: "youth-justice" } });
    const taken = await refusal(
      addVocabularyEntry(as(admin), { vocabulary: "board-kind", key: "youth-justice", name: "Again" }),
    );
    expect(taken.fieldErrors.key).toBeDefined();
    await removeVocabularyEntry(as(admin), { vocabulary: "board-kind", id: kind.id });
    expect(await t.db.boardKind.count({ where: { key: "youth-justice" } })).toBe(0);
    const audit = await t.db.auditEntry.findMany({ where: { entityId: kind.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["vocabulary.add", "vocabulary.remove"]);
  });

  it("counts each entry's uses as removal does, one entry at a time", async () => {
    const lists = await listVocabularies(t.db);
    const entry = (vocabulary: string, key: string) =>
      lists.find((l) => l.vocabulary === vocabulary)!.entries.find((e) => e.key === key)!;
    const hwb = await t.db.boardKind.findUniqueOrThrow({ where: { key: "health-and-wellbeing-board" } });
    expect(entry("board-kind", hwb.key).uses).toBe(await t.db.board.count({ where: { kindId: hwb.id } }));
    expect(entry("board-kind", hwb.key).uses).toBeGreaterThan(0);
    const la = await t.db.organisationKind.findUniqueOrThrow({ where: { key: "local-authority" } });
    expect(entry("organisation-kind", la.key).uses).toBe(await t.db.organisation.count({ where: { kindId: la.id } }));
    const chair =
      (await t.db.membership.count({ where: { capacity: "chair" } })) +
      (await t.db.membershipRule.count({ where: { capacity: "chair" } })) +
      (await t.db.membershipRule.count({ where: { subjectCapacity: "chair" } }));
    expect(entry("capacity", "chair").uses).toBe(chair);
    expect(chair).toBeGreaterThan(0);
  });

  it("refuses anyone but an administrator of everything", async () => {
    const error = await refusal(
      addVocabularyEntry(as(secretariat), { vocabulary: "capacity", key: "nope", name: "Nope" }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });
});
