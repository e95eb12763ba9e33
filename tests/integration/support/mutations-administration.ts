/**
 * The registry rows (mutations.ts) of the areas and boards administration: the areas page (global
 * administrators) and the board pages (area:manage). Kept in their own file, spread into MUTATIONS.
 */
import type { Role } from "@/lib/schemas/vocabulary";
import type { Db } from "@/server/data/database";
import { archiveAreaAction, createAreaAction, renameAreaAction } from "@/app/admin/areas/actions";
import { createBoardAction } from "@/app/areas/[area]/boards/new/actions";
import {
  archiveBoardAction,
  attachBoardAction,
  detachBoardAction,
  editBoardAction,
} from "@/app/areas/[area]/boards/[board]/edit/actions";
import {
  addVocabularyEntryAction,
  removeVocabularyEntryAction,
  renameVocabularyEntryAction,
} from "@/app/admin/vocabularies/actions";
import { confirmAreaImportAction } from "@/app/admin/areas/import/actions";
import { exportArea } from "@/server/features/areas/export-area";
import { previewAreaImport } from "@/server/features/areas/preview-area-import";
import { viaForm } from "./action-harness";
import type { FieldKind, Mutation } from "./mutations";

let counter = 0;
const fresh = () => `${process.pid}-${++counter}`;

/** Global administrators only: the matrix's administrator is the demo's administrator of everything. */
export const globalAdminOnly = {
  rule: {
    why: "areas and vocabularies belong to the whole portal: only an administrator of everything changes them",
    allows: (role: Role | "none") => role === "administrator",
  },
};

async function freshArea(db: Db) {
  const n = fresh();
  return db.area.create({ data: { slug: `matrix-area-${n}`, name: `Matrix area ${n}` } });
}

/** The home area of the target board, and another area (to attach to). */
async function areasOf(db: Db, boardId: string) {
  const home = await db.boardArea.findFirstOrThrow({ where: { boardId, home: true }, include: { area: true } });
  const other = await db.area.findFirstOrThrow({
    where: { id: { not: home.areaId }, slug: { in: ["halton", "kent"] } },
  });
  return { home: home.area, other };
}

/** A new board in the target board's home area (so that edits never touch the seeded boards). */
async function freshBoard(db: Db, boardId: string) {
  const { home, other } = await areasOf(db, boardId);
  const n = fresh().replace("-", "N");
  const key = `MX${n}`;
  const kind = await db.boardKind.findFirstOrThrow({ where: { key: "health-and-wellbeing-board" } });
  const board = await db.board.create({
    data: {
      slug: `${home.slug}-${key.toLowerCase()}`,
      name: `Matrix board ${n}`,
      acronym: "MX",
      kindId: kind.id,
      statutory: false,
      independentChair: false,
      areas: { create: { areaId: home.id, key, home: true } },
    },
  });
  return { board, key, home, other, n };
}

const boardFields: Record<string, FieldKind> = {
  areaId: "id",
  name: { text: { min: 1, max: 200 } },
  key: { text: { min: 1, max: 20 } },
  acronym: { text: { min: 1, max: 20 } },
  kind: { text: { min: 1, max: 80 } },
  yearStartMonth: "version",
  statutoryBasis: { optionalText: { max: 500 } },
  contact: { optionalText: { max: 500 } },
};
const boardValues = (name: string, key: string) => ({
  name,
  key,
  acronym: key.slice(0, 6),
  kind: "community-safety-partnership",
  statutory: "on",
  independentChair: "",
  yearStartMonth: "4",
  statutoryBasis: "Crime and Disorder Act 1998",
  contact: "Business manager, csp@example.org",
});

/** An area's bank holidays: optional (absent or blank keep the default); anything else must be a nation's key. */
const nationField: FieldKind = {
  optionalChoice: {
    wrong: [
      "wales",
      "england",
      "England and Wales",
      "ENGLAND-AND-WALES",
      "scotland ",
      "ni",
      "northern ireland",
      "republic-of-ireland",
    ],
  },
};

export const ADMINISTRATION_ROWS: Mutation[] = [
  {
    name: "createAreaAction",
    file: "src/app/admin/areas/actions.ts",
    access: globalAdminOnly,
    setup: (_db, { boardId }) => Promise.resolve({ boardId, n: fresh() }),
    valid: (t) => ({ slug: `matrix-new-${String(t.n)}`, name: `New area ${String(t.n)}`, nation: "scotland" }),
    endpoint: viaForm(createAreaAction),
    fields: { slug: { text: { min: 1, max: 80 } }, name: { text: { min: 1, max: 100 } }, nation: nationField },
    audit: () => ({ action: "area.create", entityType: "Area" }),
  },
  {
    name: "renameAreaAction",
    file: "src/app/admin/areas/actions.ts",
    access: globalAdminOnly,
    setup: async (db, { boardId }) => ({ boardId, areaId: (await freshArea(db)).id }),
    valid: (t) => ({ areaId: t.areaId, name: "Renamed area", nation: "northern-ireland", version: "1" }),
    endpoint: viaForm(renameAreaAction),
    fields: {
      areaId: "id",
      name: { text: { min: 1, max: 100 } },
      nation: nationField,
      version: "version",
    },
    audit: (t) => ({ action: "area.rename", entityType: "Area", entityId: String(t.areaId) }),
  },
  {
    name: "archiveAreaAction",
    file: "src/app/admin/areas/actions.ts",
    access: globalAdminOnly,
    setup: async (db, { boardId }) => ({ boardId, areaId: (await freshArea(db)).id }),
    valid: (t) => ({ areaId: t.areaId, archived: "archive", version: "1" }),
    endpoint: viaForm(archiveAreaAction),
    fields: { areaId: "id", archived: "intent", version: "version" },
    audit: (t) => ({ action: "area.archive", entityType: "Area", entityId: String(t.areaId) }),
  },
  {
    name: "createBoardAction",
    file: "src/app/areas/[area]/boards/new/actions.ts",
    access: { permission: "area:manage" },
    setup: async (db, { boardId }) => {
      const { home } = await areasOf(db, boardId);
      return { boardId, areaId: home.id, key: `NEW${fresh().replace("-", "N")}` };
    },
    valid: (t) => ({ areaId: t.areaId, ...boardValues("New community safety partnership", String(t.key)) }),
    endpoint: viaForm(createBoardAction),
    fields: boardFields,
    audit: () => ({ action: "board.create", entityType: "Board" }),
  },
  {
    name: "editBoardAction",
    file: "src/app/areas/[area]/boards/[board]/edit/actions.ts",
    access: { permission: "area:manage" },
    setup: async (db, { boardId }) => {
      const { board, key, home } = await freshBoard(db, boardId);
      return { boardId, areaId: home.id, editedId: board.id, key };
    },
    valid: (t) => ({
      areaId: t.areaId,
      boardId: t.editedId,
      version: "1",
      ...boardValues("Edited board", `${String(t.key)}E`),
    }),
    endpoint: viaForm(editBoardAction),
    fields: { ...boardFields, boardId: "id", version: "version" },
    audit: (t) => ({ action: "board.edit", entityType: "Board", entityId: String(t.editedId) }),
  },
  {
    name: "attachBoardAction",
    file: "src/app/areas/[area]/boards/[board]/edit/actions.ts",
    access: { permission: "area:manage" },
    setup: async (db, { boardId }) => {
      const { board, key, other } = await freshBoard(db, boardId);
      return { boardId, attachedId: board.id, otherAreaId: other.id, key };
    },
    valid: (t) => ({ boardId: t.attachedId, areaId: t.otherAreaId, key: t.key, version: "1" }),
    endpoint: viaForm(attachBoardAction),
    fields: { boardId: "id", areaId: "id", key: { text: { min: 1, max: 20 } }, version: "version" },
    audit: (t) => ({ action: "board.attach", entityType: "Board", entityId: String(t.attachedId) }),
  },
  {
    name: "detachBoardAction",
    file: "src/app/areas/[area]/boards/[board]/edit/actions.ts",
    access: { permission: "area:manage" },
    setup: async (db, { boardId }) => {
      const { board, key, other } = await freshBoard(db, boardId);
      await db.boardArea.create({ data: { areaId: other.id, boardId: board.id, key, home: false } });
      return { boardId, detachedId: board.id, otherAreaId: other.id };
    },
    valid: (t) => ({ boardId: t.detachedId, areaId: t.otherAreaId, version: "1" }),
    endpoint: viaForm(detachBoardAction),
    fields: { boardId: "id", areaId: "id", version: "version" },
    audit: (t) => ({ action: "board.detach", entityType: "Board", entityId: String(t.detachedId) }),
  },
  {
    name: "archiveBoardAction",
    file: "src/app/areas/[area]/boards/[board]/edit/actions.ts",
    access: { permission: "area:manage" },
    setup: async (db, { boardId }) => ({ boardId, archivedId: (await freshBoard(db, boardId)).board.id }),
    valid: (t) => ({ boardId: t.archivedId, archived: "archive", version: "1" }),
    endpoint: viaForm(archiveBoardAction),
    fields: { boardId: "id", archived: "intent", version: "version" },
    audit: (t) => ({ action: "board.archive", entityType: "Board", entityId: String(t.archivedId) }),
  },
  {
    name: "addVocabularyEntryAction",
    file: "src/app/admin/vocabularies/actions.ts",
    access: globalAdminOnly,
    setup: (_db, { boardId }) => Promise.resolve({ boardId, n: fresh() }),
    valid: (t) => ({ vocabulary: "capacity", key: `matrix-capacity-${String(t.n)}`, name: "Co-opted member" }),
    endpoint: viaForm(addVocabularyEntryAction),
    fields: { vocabulary: "intent", key: { text: { min: 1, max: 80 } }, name: { text: { min: 1, max: 100 } } },
    audit: () => ({ action: "vocabulary.add", entityType: "Capacity" }),
  },
  {
    name: "renameVocabularyEntryAction",
    file: "src/app/admin/vocabularies/actions.ts",
    access: globalAdminOnly,
    setup: async (db, { boardId }) => {
      const n = fresh();
      const entry = await db.capacity.create({ data: { key: `matrix-rename-${n}`, name: `Capacity ${n}` } });
      return { boardId, id: entry.id };
    },
    valid: (t) => ({ vocabulary: "capacity", id: t.id, name: "Renamed capacity" }),
    endpoint: viaForm(renameVocabularyEntryAction),
    fields: { vocabulary: "intent", id: "id", name: { text: { min: 1, max: 100 } } },
    audit: (t) => ({ action: "vocabulary.rename", entityType: "Capacity", entityId: String(t.id) }),
  },
  {
    name: "removeVocabularyEntryAction",
    file: "src/app/admin/vocabularies/actions.ts",
    access: globalAdminOnly,
    setup: async (db, { boardId }) => {
      const n = fresh();
      const entry = await db.boardKind.create({ data: { key: `matrix-kind-${n}`, name: `Kind ${n}` } });
      return { boardId, id: entry.id };
    },
    valid: (t) => ({ vocabulary: "board-kind", id: t.id }),
    endpoint: viaForm(removeVocabularyEntryAction),
    fields: { vocabulary: "intent", id: "id" },
    audit: (t) => ({ action: "vocabulary.remove", entityType: "BoardKind", entityId: String(t.id) }),
  },
  {
    name: "confirmAreaImportAction",
    file: "src/app/admin/areas/import/actions.ts",
    access: globalAdminOnly,
    // A fresh area's own file with a new name: the preview's fingerprint, then the confirm.
    setup: async (db, { boardId }) => {
      const area = await freshArea(db);
      const file = await exportArea({ db, viewer: null }, area.slug);
      const text = JSON.stringify({ ...file, area: { ...file.area, name: `${area.name} renamed` } });
      const { fingerprint } = await previewAreaImport({ db, viewer: null }, { file: text });
      return { boardId, areaId: area.id, file: text, fingerprint };
    },
    valid: (t) => ({ file: t.file, fingerprint: t.fingerprint }),
    endpoint: viaForm(confirmAreaImportAction),
    fields: { file: { text: { min: 1, max: 2_000_000 } }, fingerprint: "fingerprint" },
    audit: (t) => ({ action: "area.import", entityType: "Area", entityId: String(t.areaId) }),
  },
];
