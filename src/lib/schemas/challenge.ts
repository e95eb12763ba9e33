import { z } from "zod";
import { civilDate } from "./common";

/** Challenges between boards: raise, respond, resolve, escalate (issue 4, Halton 44-45). */

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .trim()
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });
/** An optional id: a form's empty choice ("") means none. */
const optionalId = (what: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string({ error: `Choose ${what}` })
      .trim()
      .min(1)
      .max(64, { error: `Choose ${what}` })
      .optional(),
  );
const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" })
  .max(1_000_000_000, { error: "Reload the page and try again" });
const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer` });

export const raiseChallengeSchema = z
  .object({
    fromBoardId: id("the board raising the challenge"),
    toBoardId: id("the board being challenged"),
    itemId: optionalId("an item"),
    protocolId: id("the protocol the challenge is made under"),
    clauseId: optionalId("a clause"),
    subject: text("a subject", 200),
    detail: text("the detail of the challenge", 5000),
    /** Absent: the service sets the default (twenty working days from today). */
    responseDueOn: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      civilDate.refine((d) => d <= "2099-12-31", { error: "Enter a date before 2100" }).optional(),
    ),
  })
  .refine((v) => v.fromBoardId !== v.toBoardId, {
    path: ["toBoardId"],
    error: "Choose a different board from the one raising the challenge",
  });

const transition = (label: string) => z.object({ challengeId: id("a challenge"), version, text: text(label, 5000) });

export const respondChallengeSchema = transition("the formal response");
export const resolveChallengeSchema = transition("how the challenge was resolved");
export const escalateChallengeSchema = transition("why the challenge is being escalated");

export const challengeListFilter = z.enum(["open", "all"]).catch("open");
