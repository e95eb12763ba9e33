import { canTransition, describeWithin, nextStep, stepAt } from "@/domain/challenges";
import { londonToday } from "@/lib/dates";
import { notFound } from "@/server/core/errors";
import { requireArea, viewerCan } from "@/server/authz/load-viewer";
import type { ViewerReader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { CHALLENGE_INCLUDE, summariseChallenge } from "./challenge-summary";

/** One challenge, as seen from an area: its history, its route, and what the viewer may do now. */
export async function getChallenge(reader: ViewerReader, areaSlug: string, challengeId: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  requireArea(reader.viewer, area.id);
  const c = await reader.db.challenge.findUnique({
    where: { id: challengeId },
    include: {
      ...CHALLENGE_INCLUDE,
      raisedBy: true,
      events: { include: { actor: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const inArea = c && [c.fromBoard, c.toBoard].some((b) => b.areas.some((a) => a.areaId === area.id));
  if (
    !c ||
    !inArea ||
    !(viewerCan(reader.viewer, "board:read", c.fromBoard) || viewerCan(reader.viewer, "board:read", c.toBoard))
  )
    throw notFound("The challenge");
  const today = londonToday(now);
  const summary = summariseChallenge(c, today, area.id);
  const isToChair = viewerCan(reader.viewer, "challenge:respond", c.toBoard);
  const isEitherChair = isToChair || viewerCan(reader.viewer, "challenge:raise", c.fromBoard);
  let escalations = 0;
  const escalated = c.events.filter((e) => e.action === "escalated");
  const raised = c.events.find((e) => e.action === "raised");
  const after = (from: Date | undefined, action: string) =>
    c.events.find((e) => e.action === action && (!from || e.createdAt >= from));
  /**
   * The route as this challenge has travelled it: the chairs, then each step, with the date it was
   * reached, its due date (from its event), and the date it was answered, escalated on or resolved.
   */
  const routeSteps = [
    { name: "Between the chairs", within: summary.route.respondWithin, stated: summary.route.respondWithinStated },
    ...summary.route.steps.map((s) => ({ name: s.name, within: s.within, stated: true })),
  ].map((s, level) => {
    const start = level === 0 ? raised : escalated[level - 1];
    const next = escalated[level];
    const resolved = start && !next ? after(start.createdAt, "resolved") : undefined;
    return {
      level,
      name: s.name,
      timeLimit: s.within ? `${describeWithin(s.within)}${s.stated ? "" : " (the default)"}` : null,
      reachedOn: start?.occurredOn ?? null,
      dueOn: start ? (level === 0 ? (start.dueOn ?? c.responseDueOn) : start.dueOn) : null,
      respondedOn: level === 0 ? (after(undefined, "responded")?.occurredOn ?? null) : null,
      escalatedOn: next?.occurredOn ?? null,
      resolvedOn: resolved?.occurredOn ?? null,
    };
  });
  return {
    area,
    challenge: {
      ...summary,
      detail: c.detail,
      raisedBy: c.raisedBy.name,
      nextStep: nextStep(summary.route, c.escalationLevel)?.name ?? null,
      nextStepTime: nextStep(summary.route, c.escalationLevel)?.within ?? null,
      routeSteps,
      events: c.events.map((e) => ({
        id: e.id,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        text: e.text,
        occurredOn: e.occurredOn,
        dueOn: e.dueOn,
        at: e.createdAt,
        actor: e.actor.name,
        /** For an escalation: the step it went to (levels only rise, so the n-th escalation reached step n). */
        step: e.action === "escalated" ? stepAt(summary.route, ++escalations) : null,
      })),
    },
    permissions: {
      respond: isToChair && canTransition("respond", c.status),
      resolve: isEitherChair && canTransition("resolve", c.status),
      escalate:
        isEitherChair && canTransition("escalate", c.status) && nextStep(summary.route, c.escalationLevel) !== null,
    },
  };
}
