"use server";

import { formFields } from "@/lib/form-data";
import { createPartyBoardSchema, matchPartySchema, reviewReadingSchema } from "@/lib/schemas/protocol-review";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { formAction, type Revalidation } from "@/server/core/action";
import { createPartyBoard } from "@/server/features/protocol-import/create-party-board";
import { matchParty } from "@/server/features/protocol-import/match-party";
import { readAgain } from "@/server/features/protocol-import/read-again";
import {
  acceptProposal,
  loadProposal,
  proposalIdSchema,
  rejectProposal,
  reopenProposal,
} from "@/server/features/protocol-import/review-proposal";

/**
 * Reviewing a protocol read from a document (issue 12). Each action: protocol:manage on every party
 * board of the protocol, a draft; creating a board needs area:manage as well (checked by the use case).
 */
const review: Revalidation = { path: "/areas/[area]/protocols/[protocol]/review", type: "page" };
const read = (keys: readonly string[]) => (form: FormData) => formFields(form, keys, { max: 200, emptyIsAbsent: true });
export const acceptProposalAction = formAction({
  read: read(["proposalId"]),
  schema: proposalIdSchema,
  invalid: "Choose a proposal",
  authorize: (ctx, input) => loadProposal(ctx.db, ctx.viewer, input.proposalId),
  run: (ctx, raw) => acceptProposal(ctx, raw),
  done: (accepted) => ({ message: `Accepted: it is now a rule of the draft, from clause ${accepted.clause}.` }),
  revalidate: review,
});

export const rejectProposalAction = formAction({
  read: read(["proposalId"]),
  schema: proposalIdSchema,
  invalid: "Choose a proposal",
  authorize: (ctx, input) => loadProposal(ctx.db, ctx.viewer, input.proposalId),
  run: (ctx, raw) => rejectProposal(ctx, raw),
  done: (rejected) => ({ message: `Rejected the proposal from clause ${rejected.clause}.` }),
  revalidate: review,
});

/** A rejected proposal back among those not yet reviewed. */
export const reopenProposalAction = formAction({
  read: read(["proposalId"]),
  schema: proposalIdSchema,
  invalid: "Choose a proposal",
  authorize: (ctx, input) => loadProposal(ctx.db, ctx.viewer, input.proposalId),
  run: (ctx, raw) => reopenProposal(ctx, raw),
  done: (reopened) => ({ message: `Put back the proposal from clause ${reopened.clause} for review.` }),
  revalidate: review,
});

export const matchPartyAction = formAction({
  read: read(["protocolId", "party", "target", "fingerprint"]),
  schema: matchPartySchema,
  invalid: "Choose what the party is in the area",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => matchParty(ctx, raw),
  done: (matched) => ({
    message: `${matched.partyName} is matched to ${matched.matchedTo}${matched.partyAdded ? ", now a party to the protocol" : ""}.`,
  }),
  revalidate: review,
});

/** A board the document names that the area lacks (area:manage, checked by the use case). */
export const createPartyBoardAction = formAction({
  read: read(["area", "protocolId", "party", "fingerprint"]),
  schema: createPartyBoardSchema,
  invalid: "Choose a board the document names",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => createPartyBoard(ctx, raw),
  done: (created) => ({ message: `${created.name} (${created.key}) created, and a party to the protocol.` }),
  revalidate: review,
});

/** The reader run again over the draft's clauses as they now stand: unreviewed proposals replaced. */
export const readAgainAction = formAction({
  read: read(["protocolId", "fingerprint"]),
  schema: reviewReadingSchema,
  invalid: "Reload the page and try again",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => readAgain(ctx, raw),
  done: (again) => ({
    message: `Read the clauses again: ${again.proposals} proposal${again.proposals === 1 ? "" : "s"} to review (${again.kept} already reviewed kept).`,
  }),
  revalidate: review,
});
