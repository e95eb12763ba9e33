import {
  canTransition,
  nextStep,
  parseRoute,
  stepAt,
  stepDueOn,
  TRANSITIONS,
  type ChallengeAction,
  type RouteStep,
} from "@/domain/challenges";
import { challengeStatusLabel } from "@/lib/challenge-labels";
import { londonToday } from "@/lib/dates";
import { escalateChallengeSchema, resolveChallengeSchema, respondChallengeSchema } from "@/lib/schemas/challenge";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeParty } from "@/server/authz/authorize-challenge";
import { noticeChallenge } from "@/server/features/notifications/immediate-notices";
import { challengeWorkingDays } from "./challenge-working-days";

const VERBS: Record<ChallengeAction, { message: string; past: string; event: string }> = {
  respond: { message: "Check the response", past: "responded to", event: "responded" },
  resolve: { message: "Check the resolution", past: "resolved", event: "resolved" },
  escalate: { message: "Check the reason for escalating", past: "escalated", event: "escalated" },
};

const SCHEMAS = { respond: respondChallengeSchema, resolve: resolveChallengeSchema, escalate: escalateChallengeSchema };

type Ctx = { db: Db; viewer: Viewer; now?: Date };

/** The challenged board's chair gives the formal response (open → responded). */
export const respondToChallenge = (ctx: Ctx, raw: unknown) => transitionChallenge(ctx, raw, "respond");
/** Either chair records how it was resolved (responded or escalated → resolved). */
export const resolveChallenge = (ctx: Ctx, raw: unknown) => transitionChallenge(ctx, raw, "resolve");
/** Either chair takes it to the next step of the protocol's resolution route. */
export const escalateChallenge = (ctx: Ctx, raw: unknown) => transitionChallenge(ctx, raw, "escalate");

/**
 * A challenge moves on by one path for the three actions: checked against the version the form
 * showed and against the statuses the action may start from, then its new status, its event and one
 * audit entry written in one transaction. Every change is refused if the challenge changed meanwhile.
 */
async function transitionChallenge(ctx: Ctx, raw: unknown, action: ChallengeAction) {
  const input = parse(SCHEMAS[action], raw, VERBS[action].message);
  const challenge = await ctx.db.challenge.findUnique({
    where: { id: input.challengeId },
    include: { protocol: true },
  });
  if (!challenge) throw notFound("The challenge");
  await authorizeParty(ctx.db, ctx.viewer, challenge, action);
  const route = parseRoute(challenge.protocol.resolutionRoute);
  const now = `it is now ${challengeStatusLabel(challenge.status)}${challenge.escalationLevel > 0 ? `, with the ${stepAt(route, challenge.escalationLevel)}` : ""}`;
  await requireVersion(
    challenge,
    input.version,
    `Someone changed this challenge since you opened the page: ${now}. Nothing was saved; check it and try again.`,
  );
  if (!canTransition(action, challenge.status)) {
    throw new AppError("CONFLICT", `This challenge cannot be ${VERBS[action].past}: ${now}. Nothing was saved.`);
  }
  let step: RouteStep | null = null;
  if (action === "escalate") {
    step = nextStep(route, challenge.escalationLevel);
    if (step === null) {
      throw new AppError(
        "CONFLICT",
        route.steps.length === 0
          ? `${challenge.protocol.title} names no one to escalate to beyond the chairs: settle it between the chairs and record the resolution. Nothing was saved.`
          : `There is no further step: the challenge is already with the ${stepAt(route, route.steps.length)}, the last step of the protocol's resolution route. Record the resolution instead. Nothing was saved.`,
      );
    }
  }
  const to = TRANSITIONS[action].to;
  const level = action === "escalate" ? challenge.escalationLevel + 1 : challenge.escalationLevel;
  const today = londonToday(ctx.now ?? new Date());
  // Escalating starts the step's clock: its due date, when the route times it, becomes the challenge's
  // current due date; an untimed step leaves the earlier date in place but is never overdue.
  const dueOn = step ? stepDueOn(step, today, await challengeWorkingDays(ctx.db, challenge.fromBoardId)) : null;
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(
      tx.challenge,
      challenge,
      { status: to, escalationLevel: level, ...(dueOn ? { responseDueOn: dueOn } : {}) },
      "Someone changed this challenge at the same moment. Nothing was saved; reload the page and try again.",
    );
    const event = await tx.challengeEvent.create({
      data: {
        challengeId: challenge.id,
        actorId: ctx.viewer.userId,
        action: VERBS[action].event,
        fromStatus: challenge.status,
        toStatus: to,
        text: input.text,
        occurredOn: today,
        dueOn,
      },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: `challenge.${action}`,
      entityType: "Challenge",
      entityId: challenge.id,
      before: {
        status: challenge.status,
        escalationLevel: challenge.escalationLevel,
        version: challenge.version,
        ...(step ? { responseDueOn: challenge.responseDueOn } : {}),
      },
      after: {
        status: to,
        escalationLevel: level,
        version: challenge.version + 1,
        ...(step ? { escalatedTo: step.name, stepDueOn: dueOn, responseDueOn: dueOn ?? challenge.responseDueOn } : {}),
      },
    });
    // Answering and escalating reach both boards' chairs at once (issue 13), in this transaction;
    // a resolution is recorded by the chairs themselves and tells no one.
    if (action !== "resolve")
      await noticeChallenge(tx, action === "respond" ? "challenge-answered" : "challenge-escalated", {
        challenge: { ...challenge, responseDueOn: dueOn ?? challenge.responseDueOn },
        eventId: event.id,
        actorId: ctx.viewer.userId,
        step: step?.name ?? null,
      });
    return { status: to, escalationLevel: level, step: step?.name ?? null, dueOn };
  });
}
