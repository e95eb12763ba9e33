import type { Offset, OffsetUnit } from "@/lib/schemas/cadence";
import type { CivilDate } from "./civil-date";
import { applyOffset } from "./offset";
import type { WorkingDays } from "./working-days";

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

/**
 * A protocol's resolution route (decision 019): who an unresolved challenge goes to after the chairs,
 * step by step, and how long each has. `respondWithin` is the time the challenged chair has for the
 * formal response; a step's `within` counts from the day the challenge is escalated to it, and a step
 * without one has no due date ("not settled within 20 working days it passes to the Director of Public
 * Health, who has a further calendar month to respond").
 */
export interface RouteStep {
  name: string;
  within: Offset | null;
}
export interface ResolutionRoute {
  respondWithin: Offset;
  /** Whether the protocol states the response time itself, or the default applies. */
  respondWithinStated: boolean;
  steps: RouteStep[];
}

/** The default time for a formal response: twenty working days, about four weeks. */
export const RESPONSE_WORKING_DAYS = 20;
export const DEFAULT_RESPOND_WITHIN: Offset = {
  amount: RESPONSE_WORKING_DAYS,
  unit: "working-days",
  direction: "after",
};

const UNITS = ["days", "working-days", "weeks", "months"] as const satisfies readonly OffsetUnit[];

/** A stored `within` ({ amount, unit, direction?: after, clear? }) as an offset after the start; loud when malformed. */
function withinFrom(value: unknown, where: string): Offset {
  const v = value as Record<string, unknown> | null;
  if (
    typeof v !== "object" ||
    v === null ||
    typeof v.amount !== "number" ||
    !Number.isInteger(v.amount) ||
    v.amount < 1 ||
    !(UNITS as readonly unknown[]).includes(v.unit) ||
    (v.direction !== undefined && v.direction !== "after") ||
    (v.clear !== undefined && typeof v.clear !== "boolean")
  )
    throw new Error(`A resolution route's ${where} must be { amount: 1 or more, unit: ${UNITS.join(" | ")} }`);
  return { amount: v.amount, unit: v.unit as OffsetUnit, direction: "after", ...(v.clear ? { clear: true } : {}) };
}

/**
 * A stored route (JSON text, or null when the protocol names none). Two forms are read: the original
 * array of step names, and `{ respondWithin?, steps: [name | { step, within? }] }`. The stored text was
 * checked by resolutionRouteSchema when written; a malformed row still fails loudly here.
 */
export function parseRoute(stored: string | null): ResolutionRoute {
  const route: ResolutionRoute = { respondWithin: DEFAULT_RESPOND_WITHIN, respondWithinStated: false, steps: [] };
  if (!stored) return route;
  const value: unknown = JSON.parse(stored);
  const stepOf = (s: unknown, i: number): RouteStep => {
    if (typeof s === "string") return { name: s, within: null };
    const o = s as Record<string, unknown> | null;
    if (typeof o === "object" && o !== null && typeof o.step === "string")
      return { name: o.step, within: o.within === undefined ? null : withinFrom(o.within, `step ${i + 1}'s within`) };
    throw new Error(`A resolution route's step ${i + 1} must be a name or { step, within? }`);
  };
  if (Array.isArray(value)) return { ...route, steps: value.map(stepOf) };
  const o = value as Record<string, unknown> | null;
  if (typeof o !== "object" || o === null || !Array.isArray(o.steps))
    throw new Error("A protocol's resolution route must be a JSON array of steps or { respondWithin?, steps }");
  return {
    respondWithin:
      o.respondWithin === undefined ? DEFAULT_RESPOND_WITHIN : withinFrom(o.respondWithin, "respondWithin"),
    respondWithinStated: o.respondWithin !== undefined,
    steps: o.steps.map(stepOf),
  };
}

/** The step names of a route, as the original array form held them. */
export function stepNames(route: ResolutionRoute): string[] {
  return route.steps.map((s) => s.name);
}

/** Who holds the challenge at a level: 0 is the two boards' chairs, then the route's steps in order. */
export function stepAt(route: ResolutionRoute, level: number): string {
  const steps = route.steps;
  return level <= 0
    ? "Between the chairs"
    : ((steps[level - 1] ?? steps[steps.length - 1])?.name ?? "Between the chairs");
}

/** The step an escalation from `level` goes to, or null when the route has no further step. */
export function nextStep(route: ResolutionRoute, level: number): RouteStep | null {
  return route.steps[level] ?? null;
}

/** When the formal response to a challenge raised on `raisedOn` is due, in the area's working days. */
export function responseDueOn(route: ResolutionRoute, raisedOn: CivilDate, workingDays: WorkingDays): CivilDate {
  return applyOffset(raisedOn, route.respondWithin, workingDays);
}

/** When a step reached on `escalatedOn` must answer by, or null when the route gives the step no time. */
export function stepDueOn(step: RouteStep, escalatedOn: CivilDate, workingDays: WorkingDays): CivilDate | null {
  return step.within ? applyOffset(escalatedOn, step.within, workingDays) : null;
}

/** Whether the step a challenge is at has a due date: the chairs' response always does, a route step only with `within`. */
export function currentStepTimed(route: ResolutionRoute, level: number): boolean {
  if (level <= 0) return true;
  const step = route.steps[level - 1] ?? route.steps[route.steps.length - 1];
  return Boolean(step?.within);
}

/** "20 working days", "1 month", "10 clear days": a within as a person would say it. */
export function describeWithin(within: Offset): string {
  const unit = within.unit === "working-days" ? "working day" : within.unit.replace(/s$/, "");
  return `${within.amount}${within.clear ? " clear" : ""} ${unit}${within.amount === 1 ? "" : "s"}`;
}

/**
 * Whether the current step's answer is late: an open challenge past its response date, or one
 * escalated to a timed step past that step's due date (`responseDueOn` holds the current step's date).
 * A step the route gives no time is never overdue; answered and resolved challenges are not.
 */
export function responseOverdue(
  challenge: { status: string; responseDueOn: CivilDate; escalationLevel?: number },
  today: CivilDate,
  route?: ResolutionRoute,
): boolean {
  if (challenge.responseDueOn >= today) return false;
  if (challenge.status === "open") return true;
  if (challenge.status !== "escalated" || !route) return false;
  return currentStepTimed(route, challenge.escalationLevel ?? 0);
}
