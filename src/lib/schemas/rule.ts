import { z } from "zod";
import { cadenceSchema } from "./cadence";
import { MODALITIES, OBLIGATION_KINDS } from "./vocabulary";

/** A rule as the rule editor submits it: parties by id, the cadence as the seed data writes it. */
const party = z.object({ type: z.enum(["board", "post"]), id: z.string().min(1).max(64) }).strict();

export const ruleInputSchema = z.object({
  protocolId: z.string().min(1).max(64),
  obligationId: z.string().max(64).optional(),
  clauseId: z.string({ error: "Choose the clause the rule comes from" }).min(1, { error: "Choose the clause the rule comes from" }).max(64),
  kind: z.enum(OBLIGATION_KINDS, { error: `Choose a kind: ${OBLIGATION_KINDS.join(", ")}` }),
  summary: z.string().trim().min(5, { error: "Describe the duty in a sentence (at least 5 characters)" }).max(500, { error: "Keep the summary to 500 characters or fewer" }),
  modality: z.enum(MODALITIES, { error: "Choose how strongly the text words it: must, will, should or may" }),
  from: z.array(party).min(1, { error: "Choose at least one party that owes the duty" }).max(10),
  to: z.array(party).max(10),
  cadence: cadenceSchema,
  notes: z.string().max(2000, { error: "Keep the notes to 2,000 characters or fewer" }).optional(),
});
export type RuleInput = z.input<typeof ruleInputSchema>;
