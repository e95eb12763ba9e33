import { addDays, type CivilDate } from "./civil-date";

/**
 * Challenges between boards (Halton 44-45, Kent 4.1, Knowsley 10.1): one board's chair calls
 * another to account and a formal response is due; unresolved, the matter goes up the protocol's
 * resolution route, one step at a time.
 */

export const CHALLENGE_STATUSES = ["open", "responded", "escalated", "resolved"] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export type ChallengeAction = "respond" | "resolve" | "escalate";

/**
 * Which statuses each action may start from. A response answers an open challenge; either chair
 * may close it once answered or escalated; an unresolved challenge (open, answered, or already
 * escalated) goes to the route's next step, so Halton's can reach the Chief Executive after the
 * Strategic Director.
 */
export const TRANSITIONS = {
  respond: { from: ["open"], to: "responded" },
  resolve: { from: ["responded", "escalated"], to: "resolved" },
  escalate: { from: ["open", "responded", "escalated"], to: "escalated" },
} as const satisfies Record<ChallengeAction, { from: readonly ChallengeStatus[]; to: ChallengeStatus }>;

export function canTransition(action: ChallengeAction, status: string): boolean {
  return (TRANSITIONS[action].from as readonly string[]).includes(status);
}

/** Who holds the challenge at a level: 0 is the two boards' chairs, then the route's steps in order. */
export function stepAt(route: readonly string[], level: number): string {
  return level <= 0 ? "Between the chairs" : (route[level - 1] ?? route[route.length - 1] ?? "Between the chairs");
}

/** The step an escalation from `level` goes to, or null when the route has no further step. */
export function nextStep(route: readonly string[], level: number): string | null {
  return route[level] ?? null;
}

/** A stored route (JSON text, or null when the protocol names none) as its steps. */
export function parseRoute(stored: string | null): string[] {
  if (!stored) return [];
  const value: unknown = JSON.parse(stored);
  if (!Array.isArray(value) || !value.every((s) => typeof s === "string"))
    throw new Error("A protocol's resolution route must be a JSON array of strings");
  return value;
}

/** Monday to Friday; bank holidays are not known to the portal, so a chair can move the date. */
export function addWorkingDays(date: CivilDate, days: number): CivilDate {
  let d = date;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

/** The default time for a formal response: twenty working days, about four weeks. */
export const RESPONSE_WORKING_DAYS = 20;

/** A formal response is overdue when none has been given and its due date has passed. */
export function responseOverdue(challenge: { status: string; responseDueOn: CivilDate }, today: CivilDate): boolean {
  return challenge.status === "open" && challenge.responseDueOn < today;
}
