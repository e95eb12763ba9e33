import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors";
import { addClauseSchema, newProtocolSchema } from "./protocol";

const valid = { area: "halton", title: "A protocol", version: "1.0", parties: ["a", "b"] };

describe("newProtocolSchema", () => {
  it("reads the resolution route one step a line, and blanks as absent", () => {
    const parsed = newProtocolSchema.parse({
      ...valid,
      key: "  ",
      sourceDocument: "",
      resolutionRoute: " Strategic Director \r\n\r\nChief Executive\n",
    });
    expect(parsed).toMatchObject({ key: undefined, sourceDocument: undefined });
    expect(parsed.resolutionRoute).toEqual(["Strategic Director", "Chief Executive"]);
    const timed = newProtocolSchema.parse({
      ...valid,
      resolutionRoute: "Director of Public Health | 1 calendar month",
    });
    expect(timed.resolutionRoute).toEqual([
      { step: "Director of Public Health", within: { amount: 1, unit: "months" } },
    ]);
  });

  it.each([
    [{ parties: ["a"] }, "parties", "Choose at least two boards: a protocol is an agreement between boards"],
    [{ parties: ["a", "a"] }, "parties", "Choose each board once"],
    [{ key: "Not A Key" }, "key", "A key may contain only lower-case letters, digits and single hyphens"],
    [{ version: "v1/2" }, "version", "Enter a version label such as 1.0: letters, digits, dots, spaces and hyphens"],
    [{ title: "ab" }, "title", "Enter the protocol's title as printed: at least 3 characters"],
    [
      { resolutionRoute: `${"x".repeat(201)}\nChief Executive` },
      "resolutionRoute",
      "Line 1: a step's name must be 200 characters or fewer",
    ],
    [
      { resolutionRoute: "Chief Executive\nDirector of Public Health | 0 months" },
      "resolutionRoute",
      "Line 2: a step's time limit must be at least 1: leave out the | part for no time limit",
    ],
    [
      { resolutionRoute: "Director of Public Health | 1 fortnight" },
      "resolutionRoute",
      'Line 1: the unit must be days, working days, weeks or months, not "fortnight"',
    ],
    [
      { respondWithinAmount: "0" },
      "respondWithinAmount",
      "The time for the formal response must be at least 1: leave it blank for 20 working days",
    ],
    [
      { respondWithinUnit: "years" },
      "respondWithinUnit",
      "Choose days, working days, weeks or months for the formal response",
    ],
  ])("refuses %j at %s", (change, field, message) => {
    const result = newProtocolSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)[field]).toEqual([message]);
  });
});

describe("addClauseSchema", () => {
  it("keeps a reference as printed, trimmed", () => {
    expect(addClauseSchema.parse({ protocolId: "p", ref: " App. 1 2.1(a) ", text: "Text" }).ref).toBe("App. 1 2.1(a)");
  });
});
