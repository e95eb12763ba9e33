import { canTransition, nextStep, stepAt } from "@/domain/challenges";
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
  return {
    area,
    challenge: {
      ...summary,
      detail: c.detail,
      raisedBy: c.raisedBy.name,
      nextStep: nextStep(summary.route, c.escalationLevel),
      events: c.events.map((e) => ({
        id: e.id,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        text: e.text,
        occurredOn: e.occurredOn,
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
