import { describe, expect, it } from "vitest";
import { boardKeyIn } from "./board-key";

describe("boardKeyIn", () => {
  const shared = {
    acronym: "KMSAB",
    areas: [
      { areaId: "medway", key: "KMSAB", home: true },
      { areaId: "kent", key: "SAB" },
    ],
  };
  it.each([
    ["the key in the area being viewed", "kent", "SAB"],
    ["the home area's key elsewhere", "halton", "KMSAB"],
    ["the home area's key with no area", null, "KMSAB"],
  ])("gives %s", (_label, areaId, expected) => {
    expect(boardKeyIn(shared, areaId)).toBe(expected);
  });
  it("falls back to the acronym for a board with no area", () => {
    expect(boardKeyIn({ acronym: "HWB", areas: [] }, "kent")).toBe("HWB");
  });
});
