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
      "Each step of the resolution route must be 200 characters or fewer",
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
