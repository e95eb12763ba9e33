"use server";

import { formFields, formText } from "@/lib/form-data";
import {
  escalateChallengeSchema,
  raiseChallengeSchema,
  resolveChallengeSchema,
  respondChallengeSchema,
} from "@/lib/schemas/challenge";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction, type Revalidation } from "@/server/core/action";
import { authorizeChallenge } from "@/server/authz/authorize-challenge";
import { raiseChallenge } from "@/server/features/challenges/raise-challenge";
import {
  escalateChallenge,
  resolveChallenge,
  respondToChallenge,
} from "@/server/features/challenges/transition-challenge";

/**
 * Challenge actions: the board that raises needs challenge:raise; the board challenged responds
 * (challenge:respond); either side's chair resolves or escalates. On success the browser goes to
 * the challenge's page; on failure the form keeps what was typed.
 */
const read =
  (keys: readonly string[], max = 6000) =>
  (form: FormData) => ({ ...formFields(form, keys, { max, emptyIsAbsent: true }), area: formText(form, "area") });
const challenges: Revalidation = { path: "/areas/[area]/challenges", type: "layout" };
const toChallenge = (area: string | undefined, id: string, done: string) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(area ?? "") && (area ?? "").length <= 80
    ? `/areas/${area}/challenges/${id}?done=${done}`
    : "/";

const RAISE_FIELDS = [
  "fromBoardId",
  "toBoardId",
  "itemId",
  "protocolId",
  "clauseId",
  "subject",
  "detail",
  "responseDueOn",
];

export const raiseChallengeAction = formAction({
  read: read(RAISE_FIELDS),
  schema: raiseChallengeSchema,
  invalid: "Check the challenge",
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.fromBoardId, "challenge:raise"),
  run: (ctx, raw) => raiseChallenge(ctx, raw),
  done: (created, { raw }) => ({ redirect: toChallenge(raw.area, created.id, "raised") }),
  revalidate: challenges,
  keep: RAISE_FIELDS,
  keepMax: 6000,
});

const transition = (
  action: "respond" | "resolve" | "escalate",
  schema: typeof respondChallengeSchema,
  invalid: string,
  service: typeof respondToChallenge,
) =>
  formAction({
    read: (form) => ({
      ...read(["challengeId"], 100)(form),
      version: formText(form, "version", { max: 20, emptyIsAbsent: true }),
      text: formText(form, "text", { max: 6000, emptyIsAbsent: true }),
    }),
    schema,
    invalid,
    authorize: (ctx, input) => authorizeChallenge(ctx.db, ctx.viewer, input.challengeId, action),
    run: (ctx, raw) => service(ctx, raw),
    done: (_challenge, { input, raw }) => ({ redirect: toChallenge(raw.area, input.challengeId, action) }),
    revalidate: challenges,
    keep: ["text"],
    keepMax: 6000,
  });

export const respondChallengeAction = transition(
  "respond",
  respondChallengeSchema,
  "Check the response",
  respondToChallenge,
);
export const resolveChallengeAction = transition(
  "resolve",
  resolveChallengeSchema,
  "Check the resolution",
  resolveChallenge,
);
export const escalateChallengeAction = transition(
  "escalate",
  escalateChallengeSchema,
  "Check the reason for escalating",
  escalateChallenge,
);
