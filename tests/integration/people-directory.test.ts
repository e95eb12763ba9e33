import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "@/server/features/organisations/create-organisation";
import { editOrganisation } from "@/server/features/organisations/edit-organisation";
import { listAreaOrganisations } from "@/server/features/organisations/list-area-organisations";
import { createPerson } from "@/server/features/people/create-person";
import { editPerson } from "@/server/features/people/edit-person";
import { listAreaPeople } from "@/server/features/people/list-area-people";
import { importPeople } from "@/server/features/people/import-people";
import { previewPeopleImport } from "@/server/features/people/plan-people-import";
import { createPost } from "@/server/features/membership/create-post";
import { editPost } from "@/server/features/membership/edit-post";
import { endPostHolding } from "@/server/features/membership/end-post-holding";
import { getPerson } from "@/server/features/membership/get-person";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { createUser } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let admin: Viewer;
let haltonAdmin: Viewer;
let haltonId: string;
let kentId: string;

/** An administrator of one area only (a grant with the area and no board). */
async function areaAdmin(areaId: string): Promise<Viewer> {
  const user = await createUser(t.db, {
    email: `area-admin-${areaId}@example.org`,
    name: "Area Admin",
    passwordHash: null,
  });
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    grants: [{ role: "administrator", boardId: null, areaId, boardAreaIds: [] }],
    areaIds: [areaId],
  };
}

beforeAll(async () => {
  admin = (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id))!;
  haltonId = (await t.db.area.findUniqueOrThrow({ where: { slug: "halton" } })).id;
  kentId = (await t.db.area.findUniqueOrThrow({ where: { slug: "kent" } })).id;
  haltonAdmin = await areaAdmin(haltonId);
});

const counts = async () => ({
  people: await t.db.person.count(),
  memberships: await t.db.membership.count(),
  audit: await t.db.auditEntry.count(),
});

describe(`an area's organisations, people and posts on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("creates an organisation in the area, refuses a second with the same name at the field, and edits it by version", async () => {
    const kind = await t.db.organisationKind.findFirstOrThrow();
    const ctx = { db: t.db, viewer: haltonAdmin };
    const org = await createOrganisation(ctx, { areaId: haltonId, name: "Widnes Youth Trust", kindId: kind.id });
    expect(org).toMatchObject({ slug: "widnes-youth-trust", areaId: haltonId });
    await expect(
      createOrganisation(ctx, { areaId: haltonId, name: "Widnes  youth TRUST!", kindId: kind.id }),
    ).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
      fieldErrors: { name: [expect.stringContaining("widnes-youth-trust")] },
    });
    const listed = await listAreaOrganisations({ db: t.db, viewer: haltonAdmin }, "halton");
    expect(listed.organisations.find((o) => o.slug === "widnes-youth-trust")).toMatchObject({ createdHere: true });
    await editOrganisation(ctx, {
      areaId: haltonId,
      organisationId: org.id,
      name: "Widnes Young People's Trust",
      kindId: kind.id,
      version: 1,
    });
    await expect(
      editOrganisation(ctx, { areaId: haltonId, organisationId: org.id, name: "Stale", kindId: kind.id, version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      name: "Widnes Young People's Trust",
      slug: "widnes-youth-trust",
      version: 2,
    });
  });

  it("lets an area's administrator edit only people of the area; a global administrator anyone", async () => {
    const ctx = { db: t.db, viewer: haltonAdmin };
    const pat = await createPerson(ctx, { areaId: haltonId, name: "Pat Example", email: "Pat@Example.org" });
    expect(pat).toMatchObject({ slug: "pat-example", email: "pat@example.org", areaId: haltonId });
    const twin = await createPerson(ctx, { areaId: haltonId, name: "Pat Example" });
    expect(twin.slug).toBe("pat-example-2");
    await expect(
      createPerson(ctx, { areaId: haltonId, name: "Other", email: "pat@example.org" }),
    ).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
      fieldErrors: { email: [expect.any(String)] },
    });
    await expect(createPerson(ctx, { areaId: haltonId, name: "Other", email: "not an email" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: [expect.stringContaining("correct format")] },
    });
    expect((await listAreaPeople({ db: t.db, viewer: haltonAdmin }, "halton")).people.map((p) => p.slug)).toContain(
      "pat-example",
    );
    await editPerson(ctx, { areaId: haltonId, personId: pat.id, name: "Pat Renamed", email: "", version: 1 });
    expect(await t.db.person.findUniqueOrThrow({ where: { id: pat.id } })).toMatchObject({
      name: "Pat Renamed",
      email: null,
      version: 2,
    });

    // A Kent person with no part in Halton: not Halton's to edit, even named through Halton's page.
    const kentOnly = await t.db.person.create({
      data: { slug: "kent-only-person", name: "Kent Only", areaId: kentId },
    });
    await expect(
      editPerson(ctx, { areaId: haltonId, personId: kentOnly.id, name: "X", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      editPerson(ctx, { areaId: kentId, personId: kentOnly.id, name: "X", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPerson({ db: t.db, viewer: haltonAdmin }, "halton", "kent-only-person")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await editPerson(
      { db: t.db, viewer: admin },
      { areaId: haltonId, personId: kentOnly.id, name: "Kent Renamed", version: 1 },
    );
    expect((await getPerson({ db: t.db, viewer: haltonAdmin }, "halton", "pat-example")).canEdit).toBe(true);
  });

  it("creates and edits a post of the area, and ends a holding of it", async () => {
    const ctx = { db: t.db, viewer: haltonAdmin };
    const org = await t.db.organisation.findFirstOrThrow();
    const kentBoard = await t.db.board.findUniqueOrThrow({ where: { slug: "kent-chwb" } });
    const post = await createPost(ctx, {
      areaId: haltonId,
      key: "safeguarding-lead",
      title: "Safeguarding lead",
      organisationId: org.id,
    });
    expect(post).toMatchObject({ key: "SAFEGUARDING-LEAD", boardId: null });
    await expect(
      createPost(ctx, { areaId: haltonId, key: "SAFEGUARDING-LEAD", title: "Again", organisationId: org.id }),
    ).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
      fieldErrors: { key: [expect.any(String)] },
    });
    await expect(
      editPost(ctx, { postId: post.id, title: "Lead", organisationId: org.id, boardId: kentBoard.id }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { boardId: [expect.any(String)] },
    });
    await editPost(ctx, { postId: post.id, title: "Safeguarding partnership lead", organisationId: org.id });
    const person = await t.db.person.create({ data: { slug: "post-holder-x", name: "Holder X" } });
    const holding = await t.db.postHolding.create({
      data: { postId: post.id, personId: person.id, startsOn: "2026-01-01" },
    });
    await expect(endPostHolding(ctx, { holdingId: holding.id, endsOn: "2025-12-31" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await endPostHolding(ctx, { holdingId: holding.id, endsOn: "2026-06-30" });
    await expect(endPostHolding(ctx, { holdingId: holding.id, endsOn: "2026-07-30" })).rejects.toMatchObject({
      fieldErrors: { endsOn: ["This holding already ends on 30 June 2026"] },
    });
    // Holding one of Halton's posts puts the person in Halton's view.
    expect((await getPerson({ db: t.db, viewer: haltonAdmin }, "halton", "post-holder-x")).posts[0]).toMatchObject({
      to: "2026-06-30",
    });
  });
});

describe(`importing people from a file on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  const HEADER = "name,email,organisation,board,capacity,from,to";
  const importFile = async (csv: string) => {
    const ctx = { db: t.db, viewer: haltonAdmin };
    const { fingerprint } = await previewPeopleImport(ctx, { areaId: haltonId, csv });
    return importPeople(ctx, { areaId: haltonId, csv, fingerprint });
  };

  it("writes nothing while a row is in error, everything in one go when none is, and nothing new the second time", async () => {
    const org = await t.db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const bad = [
      HEADER,
      `Imogen Importwell,imogen@example.org,${org.name},HSCB,Member,01/04/2026,`,
      `Imogen Importwell,imogen@example.org,${org.slug},HHWB,Vice-chair,2026-04-01,2026-03-01`,
    ].join("\n");
    const before = await counts();
    const preview = await previewPeopleImport({ db: t.db, viewer: haltonAdmin }, { areaId: haltonId, csv: bad });
    expect(preview.plan.rows[1]!.errors).toEqual({ to: ["The end date must be on or after the start date"] });
    await expect(importFile(bad)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { csv: [expect.stringContaining("Row 3")] },
    });
    expect(await counts()).toEqual(before);

    const good =
      bad.replace("2026-03-01", "2027-03-31") + `\nQuentin Quickimport,,${org.slug},HSCB,statutory member,1/5/2026,\n`;
    const result = await importFile(good);
    expect(result.counts).toMatchObject({ newPeople: 2, newMemberships: 3, existingMemberships: 0 });
    expect(await counts()).toEqual({
      people: before.people + 2,
      memberships: before.memberships + 3,
      audit: before.audit + 1,
    });
    const imogen = await t.db.person.findFirstOrThrow({
      where: { email: "imogen@example.org" },
      include: { memberships: true },
    });
    expect(imogen).toMatchObject({ slug: "imogen-importwell", areaId: haltonId });
    expect(imogen.memberships.map((m) => [m.capacity, m.startsOn, m.endsOn]).sort()).toEqual([
      ["member", "2026-04-01", null],
      ["vice-chair", "2026-04-01", "2027-03-31"],
    ]);
    const entry = await t.db.auditEntry.findFirstOrThrow({
      where: { action: "people.import" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(entry.after!)).toEqual({ rows: 3, newPeople: 2, newMemberships: 3, alreadyRecorded: 0 });

    const again = await importFile(good);
    expect(again.counts).toMatchObject({ newPeople: 0, newMemberships: 0, existingMemberships: 3 });
    expect(await counts()).toEqual({
      people: before.people + 2,
      memberships: before.memberships + 3,
      audit: before.audit + 1,
    });
  });

  it("refuses a confirm whose file or area changed since the preview", async () => {
    const org = await t.db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const csv = `${HEADER}\nRita Racecondition,,${org.slug},HSCB,member,2026-04-01,\n`;
    const ctx = { db: t.db, viewer: haltonAdmin };
    const { fingerprint } = await previewPeopleImport(ctx, { areaId: haltonId, csv });
    // Someone adds Rita by hand meanwhile: the file would now match her rather than create her.
    await createPerson(ctx, { areaId: haltonId, name: "Rita Racecondition" });
    const before = await counts();
    await expect(importPeople(ctx, { areaId: haltonId, csv, fingerprint })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
  });

  it("is for the area's administrators only", async () => {
    const kentAdmin = await areaAdmin(kentId);
    await expect(
      previewPeopleImport({ db: t.db, viewer: kentAdmin }, { areaId: haltonId, csv: `${HEADER}\n` }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
