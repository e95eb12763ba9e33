import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and neutralises formulas", () => {
    expect(toCsv([{ a: "plain", b: 'say "hi", then go', c: "=SUM(A1)" }])).toBe(
      'a,b,c\r\nplain,"say ""hi"", then go",\'=SUM(A1)\r\n',
    );
  });
  it("is empty for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});
