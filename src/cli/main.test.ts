import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./main";

describe("CLI arguments", () => {
  it("parses a command with its options", () => {
    expect(parseArgs(["obligations", "--area", "kent", "--json"])).toEqual({
      command: "obligations",
      area: "kent",
      json: true,
      write: false,
      standing: false,
    });
    expect(parseArgs(["calendar", "--area", "kent", "--fy", "2026", "--board", "HWB", "--standing"])).toMatchObject({
      command: "calendar",
      fy: 2026,
      board: "HWB",
      standing: true,
      write: false,
    });
  });
  it.each([
    [[], /No command given\. Commands: areas, boards, obligations, membership, rules, calendar, seed, migrate/],
    [
      ["frobnicate"],
      /Unknown command "frobnicate"\. Commands: areas, boards, obligations, membership, rules, calendar, seed, migrate/,
    ],
    [["boards"], /boards needs --area <slug>/],
    [["boards", "--area"], /--area needs a value, e.g. --area kent/],
    [["areas", "--colour"], /Unknown option "--colour" for areas/],
  ])("refuses %j with a message naming the valid choices", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
