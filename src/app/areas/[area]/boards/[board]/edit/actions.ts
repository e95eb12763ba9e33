"use server";

import { formFields } from "@/lib/form-data";
import { archiveBoardSchema, attachBoardSchema, detachBoardSchema, editBoardSchema } from "@/lib/schemas/board";
import { authorizeArea } from "@/server/authz/authorize-area";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction } from "@/server/core/action";
import { archiveBoard } from "@/server/features/boards/archive-board";
import { attachBoard } from "@/server/features/boards/attach-board";
import { detachBoard } from "@/server/features/boards/detach-board";
import { editBoard } from "@/server/features/boards/edit-board";

const FIELDS = [
  "areaId",
  "boardId",
  "version",
  "name",
  "key",
  "acronym",
  "kind",
  "statutoryBasis",
  "statutory",
  "independentChair",
  "yearStartMonth",
  "contact",
] as const;

const areas = { path: "/areas", type: "layout" } as const;

/** Saves a board's details and its key in the area shown (area:manage over that area and the board). */
export const editBoardAction = formAction({
  read: (form) => formFields(form, FIELDS, { max: 2000 }),
  schema: editBoardSchema,
  invalid: "Check the board's details",
  authorize: async (ctx, input) => {
    await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
    await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage");
  },
  run: (ctx, raw) => editBoard(ctx, raw),
  done: (result) => ({ redirect: `/areas/${result.area}/boards/${encodeURIComponent(result.key)}` }),
  revalidate: areas,
  keep: FIELDS.slice(3),
  keepMax: 500,
});

/** Attaches the board to a second area under its key there (area:manage over the board and that area). */
export const attachBoardAction = formAction({
  read: (form) => formFields(form, ["boardId", "areaId", "key", "version"]),
  schema: attachBoardSchema,
  invalid: "Check the area and the board's key there",
  authorize: async (ctx, input) => {
    await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage");
    await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
  },
  run: (ctx, raw) => attachBoard(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate: areas,
  keep: ["areaId", "key"],
  keepMax: 100,
});

/** Detaches the board from an area that is not its home (area:manage over the board and that area). */
export const detachBoardAction = formAction({
  read: (form) => formFields(form, ["boardId", "areaId", "version"]),
  schema: detachBoardSchema,
  authorize: async (ctx, input) => {
    await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage");
    await authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage");
  },
  run: (ctx, raw) => detachBoard(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate: areas,
});

/** Archives the board, or brings it back (area:manage over the board). */
export const archiveBoardAction = formAction({
  read: (form) => formFields(form, ["boardId", "archived", "version"]),
  schema: archiveBoardSchema,
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "area:manage"),
  run: (ctx, raw) => archiveBoard(ctx, raw),
  done: (result) => ({ message: result.message }),
  revalidate: areas,
});
