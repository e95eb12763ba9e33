import { z } from "zod";
import { cadenceSchema } from "./cadence";
import { MODALITIES, OBLIGATION_KINDS } from "./vocabulary";
import { capacityKey } from "./vocabulary-admin";

/** A rule as the rule editor submits it: parties by id, the cadence as the seed data writes it. */
const party = z.object({ type: z.enum(["board", "post"]), id: z.string().min(1).max(64) }).strict();
const optionalId = z.string().max(64).optional();
/** A capacity's key: the format here; whether it is in the Capacity table, in the use case (rule-draft). */
const capacity = capacityKey;

/**
 * The checkable part of a membership rule (Kent 3.5 "The Chair of the KSCB will be a member of the
 * CHWB"; Harrow 11 "the lead member for health will be a member of the LSCB"): who must sit
 * (a post's holder, or whoever sits on a board in a capacity), on which board, in what capacity.
 */
export const membershipRuleInputSchema = z
  .object({
    subjectType: z.enum(["post", "board-capacity"], {
      error: "Choose who must sit on the board: the holder of a post, or whoever holds a capacity on a board",
    }),
    subjectPostId: optionalId,
    subjectBoardId: optionalId,
    subjectCapacity: capacity.optional(),
    boardId: z
      .string({ error: "Choose the board they must sit on" })
      .min(1, { error: "Choose the board they must sit on" })
      .max(64),
    /** Absent: any capacity on the board will do. */
    capacity: capacity.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.subjectType === "post" && !r.subjectPostId)
      ctx.addIssue({
        code: "custom",
        path: ["subjectPostId"],
        message: "Choose the post whose holder must sit on the board",
      });
    if (r.subjectType === "board-capacity") {
      if (!r.subjectBoardId)
        ctx.addIssue({
          code: "custom",
          path: ["subjectBoardId"],
          message: "Choose the board whose chair (or other capacity) must sit on the board",
        });
      if (!r.subjectCapacity)
        ctx.addIssue({
          code: "custom",
          path: ["subjectCapacity"],
          message: "Choose the capacity they hold on that board, for example chair",
        });
      if (r.subjectBoardId && r.subjectBoardId === r.boardId && (!r.capacity || r.capacity === r.subjectCapacity)) {
        ctx.addIssue({
          code: "custom",
          path: ["boardId"],
          message:
            "That rule would always be met: whoever holds the capacity already sits on the board. Choose a different board or capacity",
        });
      }
    }
  });
export type MembershipRuleInput = z.input<typeof membershipRuleInputSchema>;

/** The `updatedAt` the form was shown, so an edit made since is refused rather than overwritten. */
const shownVersion = z
  .string({ error: "Reload the page and try again" })
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: "Reload the page and try again" });

export const ruleInputSchema = z
  .object({
    protocolId: z.string().min(1).max(64),
    obligationId: optionalId,
    updatedAt: shownVersion.optional(),
    clauseId: z
      .string({ error: "Choose the clause the rule comes from" })
      .min(1, { error: "Choose the clause the rule comes from" })
      .max(64),
    kind: z.enum(OBLIGATION_KINDS, { error: `Choose a kind: ${OBLIGATION_KINDS.join(", ")}` }),
    summary: z
      .string()
      .trim()
      .min(5, { error: "Describe the duty in a sentence (at least 5 characters)" })
      .max(500, { error: "Keep the summary to 500 characters or fewer" }),
    modality: z.enum(MODALITIES, { error: "Choose how strongly the text words it: must, will, should or may" }),
    from: z.array(party).max(10),
    to: z.array(party).max(10),
    cadence: cadenceSchema,
    /** The duty of the same draft this one comes after: its order, and a `follows` duty's dates (decision 019). */
    comesAfterId: z.string({ error: "Choose the duty it comes after from the list" }).max(64).optional(),
    membership: membershipRuleInputSchema.optional(),
    notes: z.string().max(2000, { error: "Keep the notes to 2,000 characters or fewer" }).optional(),
    /** A new rule made from one of the reader's proposals (issue 12): the proposal is marked reviewed with it. */
    proposalId: optionalId,
  })
  .superRefine((r, ctx) => {
    if (r.obligationId && !r.updatedAt)
      ctx.addIssue({ code: "custom", path: ["updatedAt"], message: "Reload the page and try again" });
    if (r.kind === "membership") {
      // A membership rule is checked, not scheduled (decision 004): its parties follow from the rule.
      if (!r.membership)
        ctx.addIssue({
          code: "custom",
          path: ["membership", "subjectType"],
          message: "Choose who must sit on the board: the holder of a post, or whoever holds a capacity on a board",
        });
      if (r.cadence.frequency !== "standing")
        ctx.addIssue({
          code: "custom",
          path: ["cadence", "frequency"],
          message: "A membership rule is a standing duty, checked against who sits where: choose standing",
        });
    } else {
      if (r.membership)
        ctx.addIssue({
          code: "custom",
          path: ["kind"],
          message: "Only a duty of kind membership has a membership rule",
        });
      if (r.cadence.frequency === "follows" && !r.comesAfterId)
        ctx.addIssue({
          code: "custom",
          path: ["comesAfterId"],
          message: "A duty that follows another needs the duty it comes after: choose it",
        });
      if (r.from.length === 0)
        ctx.addIssue({ code: "custom", path: ["from"], message: "Choose at least one party that owes the duty" });
    }
  });
export type RuleInput = z.input<typeof ruleInputSchema>;

/** Retiring or restoring a rule on a draft: which one, and the `updatedAt` the page showed. */
export const ruleStateInputSchema = z.object({
  protocolId: z.string({ error: "Choose a protocol" }).min(1, { error: "Choose a protocol" }).max(64),
  obligationId: z.string({ error: "Choose a rule" }).min(1, { error: "Choose a rule" }).max(64),
  updatedAt: shownVersion,
});
