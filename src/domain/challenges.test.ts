import { describe, expect, it } from "vitest";
import {
  canTransition,
  currentStepTimed,
  nextStep,
  parseRoute,
  responseDueOn,
  responseOverdue,
  stepAt,
  stepDueOn,
} from "./challenges";
import { workingDaysFor } from "./working-days";

const haltonSteps = ["Strategic Director, Children & Enterprise", "Chief Executive"];
const halton = parseRoute(JSON.stringify(haltonSteps));
const england = workingDaysFor("england-and-wales");
const scotland = workingDaysFor("scotland");

describe("challenge transitions", () => {
  it.each([
    ["respond", "open", true],
    ["respond", "responded", false],
    ["respond", "escalated", false],
    ["respond", "resolved", false],
    ["resolve", "open", false],
    ["resolve", "responded", true],
    ["resolve", "escalated", true],
    ["resolve", "resolved", false],
    ["escalate", "open", true],
    ["escalate", "responded", true],
    ["escalate", "escalated", true],
    ["escalate", "resolved", false],
  ] as const)("%s from %s: %s", (action, status, allowed) => {
    expect(canTransition(action, status)).toBe(allowed);
  });
});

describe("resolution route", () => {
  it("walks Halton 45's route one step at a time, then stops", () => {
    expect(stepAt(halton, 0)).toBe("Between the chairs");
    expect(nextStep(halton, 0)?.name).toBe("Strategic Director, Children & Enterprise");
    expect(stepAt(halton, 1)).toBe("Strategic Director, Children & Enterprise");
    expect(nextStep(halton, 1)?.name).toBe("Chief Executive");
    expect(stepAt(halton, 2)).toBe("Chief Executive");
    expect(nextStep(halton, 2)).toBeNull();
  });

  it("has no step beyond the chairs when the protocol names no route", () => {
    expect(nextStep(parseRoute(null), 0)).toBeNull();
    expect(parseRoute(null).steps).toEqual([]);
    expect(halton.steps.map((st) => st.name)).toEqual(haltonSteps);
    expect(halton.respondWithin).toEqual({ amount: 20, unit: "working-days", direction: "after" });
    expect(() => parseRoute('{"a":1}')).toThrow(/JSON array/);
    expect(() => parseRoute('{"steps":[{"step":"DPH","within":{"amount":1,"unit":"fortnights"}}]}')).toThrow(/within/);
  });
});

describe("response due dates", () => {
  it.each([
    ["2026-11-23", 20, "2026-12-21"], // Monday + 4 weeks
    ["2026-11-27", 1, "2026-11-30"], // Friday -> Monday
    ["2026-11-28", 1, "2026-11-30"], // Saturday -> Monday
    ["2027-03-25", 5, "2027-04-05"], // across the year start, the clocks changing and Easter (26 and 29 March are bank holidays)
  ])("%s + %i working days = %s", (from, days, expected) => {
    expect(england.add(from, days)).toBe(expected);
  });

  it("is overdue only while no response has been given", () => {
    expect(responseOverdue({ status: "open", responseDueOn: "2026-11-22" }, "2026-11-23")).toBe(true);
    expect(responseOverdue({ status: "open", responseDueOn: "2026-11-23" }, "2026-11-23")).toBe(false);
    expect(responseOverdue({ status: "responded", responseDueOn: "2026-11-01" }, "2026-11-23")).toBe(false);
  });
});

describe("timed resolution routes", () => {
  const knowsleyLike = parseRoute(
    JSON.stringify({
      steps: [{ step: "Director of Public Health", within: { amount: 1, unit: "months" } }, "Chief Executive"],
    }),
  );

  it("if the matter is not settled within 20 working days it passes to the Director of Public Health, who has a further calendar month to respond", () => {
    // Raised Monday 7 December 2026: 20 working days in England skip Christmas Day (Friday 25) and the
    // Boxing Day substitute (Monday 28 December) and New Year's Day (Friday 1 January 2027).
    const raised = "2026-12-07";
    const due = responseDueOn(knowsleyLike, raised, england);
    expect(due).toBe("2027-01-07");
    // Escalated the next day; the Director of Public Health has a further calendar month.
    const step = nextStep(knowsleyLike, 0)!;
    expect(step.name).toBe("Director of Public Health");
    expect(stepDueOn(step, "2027-01-08", england)).toBe("2027-02-08");
    // The Chief Executive is given no time: no due date.
    expect(stepDueOn(nextStep(knowsleyLike, 1)!, "2027-02-09", england)).toBeNull();
  });

  it("counts in the area's nation: Scotland keeps 2 January, England and Wales do not", () => {
    expect(responseDueOn(knowsleyLike, "2026-12-07", scotland)).toBe("2027-01-08");
    // 20 working days from Monday 23 November: Scotland also skips St Andrew's Day (Monday 30 November).
    expect(responseDueOn(parseRoute(null), "2026-11-23", england)).toBe("2026-12-21");
    expect(responseDueOn(parseRoute(null), "2026-11-23", scotland)).toBe("2026-12-22");
  });

  it("takes the route's own respondWithin, in any unit", () => {
    const route = parseRoute(JSON.stringify({ respondWithin: { amount: 2, unit: "weeks" }, steps: [] }));
    expect(route.respondWithinStated).toBe(true);
    expect(responseDueOn(route, "2026-12-07", england)).toBe("2026-12-21");
  });

  it("is overdue per current step: a timed step after its date, never an untimed one", () => {
    const late = { status: "escalated", responseDueOn: "2027-02-08" };
    expect(responseOverdue({ ...late, escalationLevel: 1 }, "2027-02-09", knowsleyLike)).toBe(true);
    expect(responseOverdue({ ...late, escalationLevel: 1 }, "2027-02-08", knowsleyLike)).toBe(false);
    expect(responseOverdue({ ...late, escalationLevel: 2 }, "2027-03-09", knowsleyLike)).toBe(false);
    expect(currentStepTimed(knowsleyLike, 0)).toBe(true);
    expect(currentStepTimed(knowsleyLike, 2)).toBe(false);
  });
});
