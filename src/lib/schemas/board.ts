import { z } from "zod";
import { boardKey, monthNumber, nonEmptyText, slug } from "./common";

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .trim()
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });
const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" });
/** An optional line of text: blank means none. */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .optional()
    .transform((v) => (v ? v : undefined));
/** A yes/no: a ticked box sends "on" (or "yes"), the command line sends true; absent means no. */
const yesNo = (label: string) =>
  z
    .union([z.boolean(), z.enum(["on", "yes", "true", "no", "false", ""])], { error: `Answer yes or no: ${label}` })
    .optional()
    .transform((v) => v === true || v === "on" || v === "yes" || v === "true");

/** What a board's form holds: the same for a new board and an edit. */
const boardFields = {
  name: nonEmptyText("Board name", 200),
  key: z.string({ error: "Enter the board's key, for example KSCB" }).trim().pipe(boardKey),
  acronym: nonEmptyText("Acronym", 20),
  kind: z
    .string({ error: "Choose the kind of board" })
    .trim()
    .min(1, { error: "Choose the kind of board" })
    .max(80, { error: "Choose the kind of board" })
    .pipe(slug),
  statutoryBasis: optionalText("Statutory basis", 500),
  statutory: yesNo("is the board statutory?"),
  independentChair: yesNo("does the board have an independent chair?"),
  yearStartMonth: z.coerce
    .number({ error: "Choose the month the board's year starts" })
    .pipe(monthNumber("The month the year starts")),
  contact: optionalText("Contact", 500),
};

/** A new board in an area (its home area): `cli board add` and the "Add a board" page. */
export const createBoardSchema = z.object({ areaId: id("an area"), ...boardFields }).strict();
export type CreateBoardInput = z.input<typeof createBoardSchema>;

/** An edit of a board, as shown in one area (the key edited is its key in that area). */
export const editBoardSchema = z
  .object({ areaId: id("an area"), boardId: id("a board"), version, ...boardFields })
  .strict();

/** Attach a board to another area, under its key there. */
export const attachBoardSchema = z
  .object({
    boardId: id("a board"),
    areaId: id("the area to attach the board to"),
    key: z.string({ error: "Enter the board's key in that area, for example KMSAB" }).trim().pipe(boardKey),
    version,
  })
  .strict();

/** Detach a board from an area that is not its home. */
export const detachBoardSchema = z.object({ boardId: id("a board"), areaId: id("an area"), version }).strict();

/** Archive a board (it keeps its history) or bring it back. */
export const archiveBoardSchema = z
  .object({
    boardId: id("a board"),
    archived: z.enum(["archive", "restore"], { error: "Choose whether to archive the board or bring it back" }),
    version,
  })
  .strict();
