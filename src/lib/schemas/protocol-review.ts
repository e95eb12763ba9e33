import { z } from "zod";
import { slug } from "./common";

/**
 * Reviewing a protocol read from a document (issue 12): the parties the reader found are matched to
 * the area's boards and posts, or created as boards, and its clauses read again after editing. Each
 * change to what the reader found carries the fingerprint of the reading the page showed, so that two
 * people reviewing at once do not overwrite each other's matches.
 */
const id = (message: string) =>
  z.string({ error: message }).trim().min(1, { error: message }).max(64, { error: message });

const fingerprint = z
  .string({ error: "Reload the page and try again" })
  .regex(/^[0-9a-f]{16}$/, { error: "Reload the page and try again" });

/** A party by the short form the reader gave it (HWB, DPH). */
const party = z
  .string({ error: "Choose a party the document names" })
  .trim()
  .min(1, { error: "Choose a party the document names" })
  .max(60, { error: "Choose a party the document names" });

export const reviewReadingSchema = z.object({ protocolId: id("Choose a protocol"), fingerprint }).strict();

export const matchPartySchema = z
  .object({
    protocolId: id("Choose a protocol"),
    party,
    /** "board:<id>" or "post:<id>", as the page's select sends it. */
    target: z
      .string({ error: "Choose a board or post of the area" })
      .trim()
      .regex(/^(board|post):[A-Za-z0-9_-]{1,64}$/, { error: "Choose a board or post of the area" }),
    fingerprint,
  })
  .strict();

export const createPartyBoardSchema = z
  .object({ area: slug, protocolId: id("Choose a protocol"), party, fingerprint })
  .strict();
