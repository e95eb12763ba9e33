/**
 * The area directory's actions (issue 10, item 3: organisations, people, posts, the people import),
 * as rows of the mutation registry (mutations.ts, whose header says what each part means). Each
 * setup works in the target board's home area, where the actor administers the area.
 */
import type { Db } from "@/server/data/database";
import { planAreaPeopleImport } from "@/server/features/people/plan-people-import";
import { createOrganisationAction, editOrganisationAction } from "@/app/areas/[area]/organisations/actions";
import { createPersonAction } from "@/app/areas/[area]/people/actions";
import { editPersonAction, endPostHoldingAction } from "@/app/areas/[area]/people/[person]/actions";
import { importPeopleAction } from "@/app/areas/[area]/people/import/actions";
import { createPostAction } from "@/app/areas/[area]/posts/actions";
import { editPostAction } from "@/app/areas/[area]/posts/[post]/actions";
import { viaForm } from "./action-harness";
import type { Mutation } from "./mutations";

let counter = 0;
const unique = () => `${process.pid}-${++counter}`;
/** Letters only, so a person's name gives a slug and an import row reads it back exactly. */
const letters = (s: string) => s.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!).replace(/-/g, "x");

async function homeOf(db: Db, boardId: string) {
  return db.boardArea.findFirstOrThrow({ where: { boardId }, orderBy: [{ home: "desc" }, { areaId: "asc" }] });
}
const firstKind = (db: Db) => db.organisationKind.findFirstOrThrow({ orderBy: { key: "asc" } });
const firstOrganisation = (db: Db) => db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });

const areaManage = { permission: "area:manage" } as const;

export const DIRECTORY_ROWS: Mutation[] = [
  {
    name: "createOrganisationAction",
    file: "src/app/areas/[area]/organisations/actions.ts",
    access: areaManage,
    setup: async (db, { boardId }) => ({
      boardId,
      areaId: (await homeOf(db, boardId)).areaId,
      kindId: (await firstKind(db)).id,
      name: `Matrix Trust ${letters(unique())}`,
    }),
    valid: (t) => ({ areaId: t.areaId, name: t.name, kindId: t.kindId }),
    endpoint: viaForm(createOrganisationAction),
    fields: { areaId: "id", name: { text: { min: 1, max: 160 } }, kindId: "id" },
    audit: () => ({ action: "organisation.create", entityType: "Organisation" }),
  },
  {
    name: "editOrganisationAction",
    file: "src/app/areas/[area]/organisations/actions.ts",
    access: areaManage,
    setup: async (db, { boardId }) => {
      const { areaId } = await homeOf(db, boardId);
      const kind = await firstKind(db);
      const n = unique();
      const o = await db.organisation.create({
        data: { slug: `matrix-org-${n}`, name: `Matrix Org ${n}`, kindId: kind.id, areaId },
      });
      return { boardId, areaId, organisationId: o.id, kindId: kind.id, version: o.version };
    },
    valid: (t) => ({
      areaId: t.areaId,
      organisationId: t.organisationId,
      name: "Renamed Trust",
      kindId: t.kindId,
      version: t.version,
    }),
    endpoint: viaForm(editOrganisationAction),
    fields: {
      areaId: "id",
      organisationId: "id",
      name: { text: { min: 1, max: 160 } },
      kindId: "id",
      version: "version",
    },
    audit: (t) => ({ action: "organisation.edit", entityType: "Organisation", entityId: String(t.organisationId) }),
  },
  {
    name: "createPersonAction",
    file: "src/app/areas/[area]/people/actions.ts",
    access: areaManage,
    setup: async (db, { boardId }) => ({ boardId, areaId: (await homeOf(db, boardId)).areaId }),
    valid: (t) => ({ areaId: t.areaId, name: "Newperson Matrixcase", email: `new-${unique()}@example.org` }),
    endpoint: viaForm(createPersonAction),
    fields: { areaId: "id", name: { text: { min: 1, max: 120 } }, email: { optionalText: { max: 254 } } },
    audit: () => ({ action: "person.create", entityType: "Person" }),
  },
  {
    name: "editPersonAction",
    file: "src/app/areas/[area]/people/[person]/actions.ts",
    access: areaManage,
    setup: async (db, { boardId }) => {
      const { areaId } = await homeOf(db, boardId);
      const n = unique();
      const p = await db.person.create({
        data: { slug: `matrix-person-edit-${n}`, name: `Matrix Person ${n}`, areaId },
      });
      return { boardId, areaId, personId: p.id, version: p.version };
    },
    valid: (t) => ({ areaId: t.areaId, personId: t.personId, name: "Renamed Person", version: t.version }),
    endpoint: viaForm(editPersonAction),
    fields: {
      areaId: "id",
      personId: "id",
      name: { text: { min: 1, max: 120 } },
      email: { optionalText: { max: 254 } },
      version: "version",
    },
    audit: (t) => ({ action: "person.edit", entityType: "Person", entityId: String(t.personId) }),
  },
  {
    name: "endPostHoldingAction",
    file: "src/app/areas/[area]/people/[person]/actions.ts",
    // A holding of a fresh post of the board: its membership managers record (and end) its holders.
    access: { permission: "membership:manage" },
    setup: async (db, { boardId }) => {
      const { areaId } = await homeOf(db, boardId);
      const n = unique();
      const post = await db.post.create({
        data: {
          areaId,
          key: `MATRIX-END-${n}`,
          title: "Test post",
          organisationId: (await firstOrganisation(db)).id,
          boardId,
        },
      });
      const person = await db.person.create({ data: { slug: `matrix-holder-${n}`, name: `Matrix Holder ${n}` } });
      const holding = await db.postHolding.create({
        data: { postId: post.id, personId: person.id, startsOn: "2026-01-01" },
      });
      return { boardId, holdingId: holding.id };
    },
    valid: (t) => ({ holdingId: t.holdingId, endsOn: "2026-11-30" }),
    endpoint: viaForm(endPostHoldingAction),
    fields: { holdingId: "id", endsOn: "date" },
    audit: (t) => ({ action: "post.end-holding", entityType: "PostHolding", entityId: String(t.holdingId) }),
  },
  {
    name: "createPostAction",
    file: "src/app/areas/[area]/posts/actions.ts",
    access: areaManage,
    setup: async (db, { boardId }) => ({
      boardId,
      areaId: (await homeOf(db, boardId)).areaId,
      organisationId: (await firstOrganisation(db)).id,
      key: `MATRIX-NEW-${unique()}`,
    }),
    valid: (t) => ({
      areaId: t.areaId,
      key: t.key,
      title: "Test post",
      organisationId: t.organisationId,
      boardId: t.boardId,
    }),
    endpoint: viaForm(createPostAction),
    fields: {
      areaId: "id",
      key: { text: { min: 1, max: 40 } },
      title: { text: { min: 1, max: 160 } },
      organisationId: "id",
      boardId: "optional-id",
    },
    audit: () => ({ action: "post.create", entityType: "Post" }),
  },
  {
    name: "editPostAction",
    file: "src/app/areas/[area]/posts/[post]/actions.ts",
    access: areaManage,
    setup: async (db, { boardId }) => {
      const { areaId } = await homeOf(db, boardId);
      const organisationId = (await firstOrganisation(db)).id;
      const post = await db.post.create({
        data: { areaId, key: `MATRIX-EDIT-${unique()}`, title: "Test post", organisationId },
      });
      return { boardId, postId: post.id, organisationId };
    },
    valid: (t) => ({ postId: t.postId, title: "Renamed post", organisationId: t.organisationId, boardId: t.boardId }),
    endpoint: viaForm(editPostAction),
    fields: {
      postId: "id",
      title: { text: { min: 1, max: 160 } },
      organisationId: "id",
      boardId: "optional-id",
    },
    audit: (t) => ({ action: "post.edit", entityType: "Post", entityId: String(t.postId) }),
  },
  {
    name: "importPeopleAction",
    file: "src/app/areas/[area]/people/import/actions.ts",
    access: areaManage,
    // A one-row file naming a new person on the board, and the fingerprint its preview showed.
    setup: async (db, { boardId }) => {
      const { areaId, key } = await homeOf(db, boardId);
      const organisation = await firstOrganisation(db);
      const csv = `name,email,organisation,board,capacity,from,to\nImported ${letters(unique())},,${organisation.slug},${key},member,01/12/2026,\n`;
      const { plan, fingerprint } = await planAreaPeopleImport(db, areaId, csv);
      if (plan.counts.errors || plan.fileErrors.length)
        throw new Error(`The matrix's import file is in error: ${JSON.stringify(plan)}`);
      return { boardId, areaId, csv, fingerprint };
    },
    valid: (t) => ({ areaId: t.areaId, csv: t.csv, fingerprint: t.fingerprint }),
    endpoint: viaForm(importPeopleAction),
    fields: { areaId: "id", csv: { text: { min: 1, max: 500_000 } }, fingerprint: "fingerprint" },
    audit: (t) => ({ action: "people.import", entityType: "Area", entityId: String(t.areaId) }),
  },
];

/** The import's preview writes nothing. */
export const DIRECTORY_NOT_MUTATIONS = [
  {
    name: "previewPeopleImportAction",
    file: "src/app/areas/[area]/people/import/actions.ts",
    why: "read-only: plans an import of people from a file and shows it, writing nothing",
  },
];
