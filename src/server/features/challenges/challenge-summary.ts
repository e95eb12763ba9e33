import { currentStepTimed, parseRoute, responseOverdue, stepAt, type ChallengeStatus } from "@/domain/challenges";
import { challengeStatusLabel } from "@/lib/challenge-labels";
import { formatCivilDate } from "@/lib/dates";
import { boardKeyIn } from "@/server/core/board-key";

/** How a challenge is shown in lists and on its page (the view model shared by the read use cases). */

/** What summariseChallenge needs loaded with a challenge. */
export const CHALLENGE_INCLUDE = {
  fromBoard: { include: { areas: { include: { area: true } } } },
  toBoard: { include: { areas: { include: { area: true } } } },
  protocol: true,
  clause: true,
  item: { include: { obligation: { include: { clause: true } } } },
} as const;

export type BoardWithAreas = {
  id: string;
  name: string;
  acronym: string;
  areas: { areaId: string; key: string; home: boolean; area: { slug: string } }[];
};

/** An item as a person would name it: what it is, and when it is due. */
export function itemLabel(item: {
  title: string | null;
  dueOn: string;
  obligation: { summary: string; clause: { ref: string } };
}) {
  return `${item.title ?? item.obligation.summary} (clause ${item.obligation.clause.ref}, due ${formatCivilDate(item.dueOn)})`;
}

const boardRef = (board: BoardWithAreas, areaId: string | null) => ({
  id: board.id,
  name: board.name,
  acronym: board.acronym,
  key: boardKeyIn(board, areaId),
});

export type ChallengeSummary = ReturnType<typeof summariseChallenge>;

export function summariseChallenge(
  c: {
    id: string;
    subject: string;
    status: string;
    escalationLevel: number;
    responseDueOn: string;
    version: number;
    createdAt: Date;
    updatedAt: Date;
    fromBoard: BoardWithAreas;
    toBoard: BoardWithAreas;
    protocol: { id: string; title: string; version: string; resolutionRoute: string | null };
    clause: { id: string; ref: string; heading: string | null; text: string } | null;
    item: {
      id: string;
      title: string | null;
      dueOn: string;
      obligation: { summary: string; clause: { ref: string } };
    } | null;
  },
  today: string,
  areaId: string | null,
) {
  const route = parseRoute(c.protocol.resolutionRoute);
  const home =
    c.fromBoard.areas.find((a) => a.areaId === areaId) ?? c.fromBoard.areas.find((a) => a.home) ?? c.fromBoard.areas[0];
  return {
    id: c.id,
    subject: c.subject,
    status: c.status as ChallengeStatus,
    statusLabel: challengeStatusLabel(c.status),
    escalationLevel: c.escalationLevel,
    /** Who holds it now: the chairs, or the route's step it was escalated to. */
    currentStep: stepAt(route, c.escalationLevel),
    route,
    responseDueOn: c.responseDueOn,
    /** The current step's due date: the response date, or a timed step's; null at a step the route gives no time. */
    currentDueOn: currentStepTimed(route, c.escalationLevel) ? c.responseDueOn : null,
    overdue: responseOverdue(c, today, route),
    version: c.version,
    raisedAt: c.createdAt,
    updatedAt: c.updatedAt,
    /** The area to link to the challenge in: the one being viewed, else the raising board's home area. */
    areaSlug: home?.area.slug ?? null,
    from: boardRef(c.fromBoard, areaId),
    to: boardRef(c.toBoard, areaId),
    protocol: { id: c.protocol.id, title: c.protocol.title, version: c.protocol.version },
    clause: c.clause ? { ref: c.clause.ref, heading: c.clause.heading, text: c.clause.text } : null,
    item: c.item ? { id: c.item.id, label: itemLabel(c.item) } : null,
  };
}
