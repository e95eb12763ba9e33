import { describe, expect, it } from "vitest";
import { nextSteps, reversibleEntry, stepAllowed } from "./item-lifecycle";

describe("item steps", () => {
  it.each([
    ["planned", ["send", "waive", "defer"]],
    ["scheduled", ["send", "waive", "defer"]],
    ["deferred", ["send", "waive", "defer"]],
    ["sent", ["receive", "waive"]],
    ["received", ["close"]],
    ["closed", []],
    ["waived", []],
  ])("from %s offers %j", (status, steps) => {
    expect(nextSteps(status)).toEqual(steps);
  });

  it("never allows receiving what was not sent, or closing what was not received", () => {
    expect(stepAllowed("receive", "planned")).toBe(false);
    expect(stepAllowed("close", "sent")).toBe(false);
  });
});

describe("which entry can be reversed", () => {
  const e = (id: string, action: string, reversesId: string | null = null) => ({
    id,
    action,
    reversed: false,
    reversesId,
  });
  it.each([
    ["nothing logged", [], null],
    ["only notes", [e("a", "note"), e("b", "record-event")], null],
    ["the newest change", [e("a", "schedule"), e("b", "send"), e("c", "note")], "b"],
    ["the one before a reversal", [e("a", "schedule"), e("b", "send"), e("c", "reverse", "b")], "a"],
    ["nothing once all are reversed", [e("a", "send"), e("b", "reverse", "a")], null],
  ])("%s", (_label, entries, expected) => {
    expect(reversibleEntry(entries)).toBe(expected);
  });
});
