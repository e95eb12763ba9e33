import { z } from "zod";
import { nonEmptyText } from "./common";
import { OFFSET_UNITS } from "./cadence";

/**
 * A protocol's resolution route (decision 019, Halton 44-45, Kent 4.1, Knowsley 10.1): who an unresolved
 * challenge goes to after the chairs, step by step. The original form, an array of step names, stays
 * valid; the timed form says how long the chairs have for the formal response (`respondWithin`, 20
 * working days when left out) and how long each step has once the challenge reaches it (`within`).
 * No transforms: the stored JSON is exactly what was checked, and src/domain/challenges.ts reads it.
 */

/** How long after the step starts its answer is due: "a further calendar month" is { amount: 1, unit: months }. */
export const routeWithinSchema = (label: string) =>
  z
    .object(
      {
        amount: z
          .number({ error: `${label} must be a number` })
          .int({ error: `${label} must be a whole number` })
          .min(1, { error: `${label} must be at least 1: leave it out for no time limit` })
          .max(400, { error: `${label} must be 400 or fewer` }),
        // A refinement, not an enum: inside the step union an enum's failure would hide behind the union's message.
        unit: z
          .string({ error: `${label}: the unit must be one of ${OFFSET_UNITS.join(", ")}` })
          .refine((u) => (OFFSET_UNITS as readonly string[]).includes(u), {
            error: `${label}: the unit must be one of ${OFFSET_UNITS.join(", ")}`,
          })
          .meta({ enum: [...OFFSET_UNITS] }),
        direction: z
          .literal("after", { error: `${label} counts after the step starts: its direction can only be after` })
          .optional(),
        clear: z.boolean({ error: "clear must be true or false" }).optional(),
      },
      { error: `${label} must be an object with amount and unit, e.g. { "amount": 20, "unit": "working-days" }` },
    )
    .strict();

const stepName = nonEmptyText("Resolution step", 200);

export const routeStepSchema = z.union(
  [stepName, z.object({ step: stepName, within: routeWithinSchema("The step's time limit").optional() }).strict()],
  { error: 'Each step is a name, or { "step": name, "within": { amount, unit } }' },
);

export const resolutionRouteSchema = z.union(
  [
    z
      .array(stepName, { error: "A resolution route is a list of steps" })
      .min(1, { error: "A resolution route has at least one step; leave it out if the protocol names none" })
      .max(20, { error: "A resolution route has at most 20 steps" }),
    z
      .object({
        respondWithin: routeWithinSchema("The time for the formal response").optional(),
        steps: z
          .array(routeStepSchema, { error: "steps must be a list of steps" })
          .max(20, { error: "A resolution route has at most 20 steps" }),
      })
      .strict()
      .refine((r) => r.steps.length > 0 || r.respondWithin, {
        path: ["steps"],
        error: "A resolution route needs a step or a respondWithin; leave it out if the protocol names neither",
      }),
  ],
  {
    error:
      'A resolution route is a list of step names, or { "respondWithin"?, "steps": [name or { "step", "within" }] } for timed steps',
  },
);
export type ResolutionRouteInput = z.input<typeof resolutionRouteSchema>;

export type RouteWithin = { amount: number; unit: (typeof OFFSET_UNITS)[number] };
export type RouteStepInput = string | { step: string; within?: RouteWithin };

const UNIT_WORDS: Record<string, RouteWithin["unit"]> = {
  day: "days",
  days: "days",
  "working day": "working-days",
  "working days": "working-days",
  week: "weeks",
  weeks: "weeks",
  month: "months",
  months: "months",
  "calendar month": "months",
  "calendar months": "months",
};

/**
 * The route as typed in a form: one step a line, its time limit after a vertical bar
 * ("Director of Public Health | 1 calendar month"). Issues name the line at fault.
 */
export const routeLinesSchema = z
  .string({ error: "The resolution route must be text" })
  .max(2000, { error: "The resolution route must be 2000 characters or fewer" })
  .optional()
  .transform((text, ctx): RouteStepInput[] => {
    const lines = (text ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const steps: RouteStepInput[] = [];
    lines.forEach((line, i) => {
      const [rawName = "", rawTime, ...rest] = line.split("|").map((p) => p.trim());
      const where = `Line ${i + 1}`;
      const fail = (message: string) => ctx.addIssue({ code: "custom", message: `${where}: ${message}` });
      if (!rawName) return fail("enter the step's name before the |");
      if (rawName.length > 200) return fail("a step's name must be 200 characters or fewer");
      if (rest.length > 0) return fail("use one | per line, between the step and its time limit");
      if (rawTime === undefined) return void steps.push(rawName);
      const match = /^(\S+)\s+(.+)$/.exec(rawTime.toLowerCase().replace(/\s+/g, " "));
      const amount = match ? Number(match[1]) : NaN;
      const unit = match ? UNIT_WORDS[match[2]!] : undefined;
      if (!match || !Number.isInteger(amount))
        return fail(`after the | give a whole number and a unit, such as "1 month" or "10 working days"`);
      if (amount < 1) return fail("a step's time limit must be at least 1: leave out the | part for no time limit");
      if (amount > 400) return fail("a step's time limit must be 400 or fewer");
      if (!unit) return fail(`the unit must be days, working days, weeks or months, not "${match[2]}"`);
      steps.push({ step: rawName, within: { amount, unit } });
    });
    if (steps.length > 20) ctx.addIssue({ code: "custom", message: "A resolution route has at most 20 steps" });
    return steps;
  });

/** One line of the form's textarea for a stored step (the inverse of routeLinesSchema). */
export function routeStepLine(step: RouteStepInput): string {
  if (typeof step === "string") return step;
  if (!step.within) return step.step;
  const unit = step.within.unit === "working-days" ? "working days" : step.within.unit;
  return `${step.step} | ${step.within.amount} ${step.within.amount === 1 ? unit.replace(/s$/, "") : unit}`;
}

/**
 * What to store for a route: the original array of names when nothing is timed (so untimed routes
 * read exactly as before), the timed form otherwise, null when there is neither a step nor a time.
 */
export function routeToStore(steps: RouteStepInput[], respondWithin?: RouteWithin): ResolutionRouteInput | null {
  const timed = Boolean(respondWithin) || steps.some((s) => typeof s !== "string" && s.within);
  if (!timed) return steps.length ? steps.map((s) => (typeof s === "string" ? s : s.step)) : null;
  return { ...(respondWithin ? { respondWithin } : {}), steps };
}
