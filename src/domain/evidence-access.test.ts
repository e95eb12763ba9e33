import { describe, expect, it } from "vitest";
import { canSeeEvidence } from "./evidence-access";
import type { Grant } from "./permissions";

// An item the Kent HWB owes to the Kent and Medway SAB (a board of two areas).
const hwb = { boardId: "kent-hwb", areaIds: ["kent"] };
const kmsab = { boardId: "kmsab", areaIds: ["kent", "medway"] };
const item = [hwb, kmsab];

const on = (role: Grant["role"], boardId: string, areas: string[]): Grant => ({
  role,
  boardId,
  areaId: null,
  boardAreaIds: areas,
});
const area = (role: Grant["role"], areaId: string): Grant => ({ role, boardId: null, areaId, boardAreaIds: [] });
const global: Grant = { role: "administrator", boardId: null, areaId: null, boardAreaIds: [] };

describe("canSeeEvidence", () => {
  it.each<[string, Grant[], boolean, boolean]>([
    ["a member of the owing board", [on("member", "kent-hwb", ["kent"])], true, false],
    ["a member of the recipient board", [on("member", "kmsab", ["kent", "medway"])], true, false],
    ["the recipient board's secretariat", [on("secretariat", "kmsab", ["kent", "medway"])], true, true],
    ["the owing board's chair", [on("chair", "kent-hwb", ["kent"])], true, true],
    [
      "a chair of another board of the area (reads the calendar only)",
      [on("chair", "kent-kscb", ["kent"])],
      false,
      false,
    ],
    ["a member of another area's board", [on("member", "harrow-lscb", ["harrow"])], false, false],
    ["an administrator of the area", [area("administrator", "kent")], true, true],
    ["an administrator of the recipient's other area", [area("administrator", "medway")], true, true],
    ["an administrator of another area", [area("administrator", "harrow")], false, false],
    ["a global administrator", [global], true, true],
    ["nobody", [], false, false],
  ])("%s: evidence %s, restricted evidence %s", (_who, grants, open, restricted) => {
    expect(canSeeEvidence(grants, item, false)).toBe(open);
    expect(canSeeEvidence(grants, item, true)).toBe(restricted);
  });

  it("needs the restricted-reading role on a board of the item itself", () => {
    // A member of the item's board who is secretariat elsewhere does not see restricted evidence.
    const grants = [on("member", "kent-hwb", ["kent"]), on("secretariat", "kent-kscb", ["kent"])];
    expect(canSeeEvidence(grants, item, false)).toBe(true);
    expect(canSeeEvidence(grants, item, true)).toBe(false);
  });
});
