import { describe, expect, it } from "vitest";
import { addWorkingDays, canTransition, nextStep, parseRoute, responseOverdue, stepAt } from "./challenges";

const halton = ["Strategic Director, Children & Enterprise", "Chief Executive"];

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
    expect(nextStep(halton, 0)).toBe("Strategic Director, Children & Enterprise");
    expect(stepAt(halton, 1)).toBe("Strategic Director, Children & Enterprise");
    expect(nextStep(halton, 1)).toBe("Chief Executive");
    expect(stepAt(halton, 2)).toBe("Chief Executive");
    expect(nextStep(halton, 2)).toBeNull();
  });

  it("has no step beyond the chairs when the protocol names no route", () => {
    expect(nextStep([], 0)).toBeNull();
    expect(parseRoute(null)).toEqual([]);
    expect(parseRoute(JSON.stringify(halton))).toEqual(halton);
    expect(() => parseRoute('{"a":1}')).toThrow(/JSON array/);
  });
});

describe("response due dates", () => {
  it.each([
    ["2026-11-23", 20, "2026-12-21"], // Monday + 4 weeks
    ["2026-11-27", 1, "2026-11-30"], // Friday -> Monday
    ["2026-11-28", 1, "2026-11-30"], // Saturday -> Monday
    ["2027-03-25", 5, "2027-04-01"], // across the year start and the clocks changing (28 March)
  ])("%s + %i working days = %s", (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it("is overdue only while no response has been given", () => {
    expect(responseOverdue({ status: "open", responseDueOn: "2026-11-22" }, "2026-11-23")).toBe(true);
    expect(responseOverdue({ status: "open", responseDueOn: "2026-11-23" }, "2026-11-23")).toBe(false);
    expect(responseOverdue({ status: "responded", responseDueOn: "2026-11-01" }, "2026-11-23")).toBe(false);
  });
});
