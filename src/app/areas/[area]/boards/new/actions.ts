"use server";

import { formFields } from "@/lib/form-data";
import { createBoardSchema } from "@/lib/schemas/board";
import { authorizeArea } from "@/server/authz/authorize-area";
import { formAction } from "@/server/core/action";
import { createBoard } from "@/server/features/boards/create-board";

const FIELDS = [
  "areaId",
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

/** Adds a board to an area (area:manage over the area), then opens its page. */
export const createBoardAction = formAction({
  read: (form) => formFields(form, FIELDS, { max: 2000 }),
  schema: createBoardSchema,
  invalid: "Check the board's details",
  authorize: (ctx, input) => authorizeArea(ctx.db, ctx.viewer, input.areaId, "area:manage"),
  run: (ctx, raw) => createBoard(ctx, raw),
  done: ({ board }) => ({ redirect: `/areas/${board.area}/boards/${encodeURIComponent(board.key)}` }),
  revalidate: { path: "/areas", type: "layout" },
  keep: FIELDS.slice(1),
  keepMax: 500,
});
