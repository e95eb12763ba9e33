import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, visibleAreaIds, type Grant } from "./permissions";

const kentHwb = { boardId: "kent-hwb", areaIds: ["kent"] };
const kentKscb = { boardId: "kent-kscb", areaIds: ["kent"] };
const kmsab = { boardId: "kmsab", areaIds: ["medway", "kent"] };
const harrowLscb = { boardId: "harrow-lscb", areaIds: ["harrow"] };

const onBoard = (role: Grant["role"], boardId: string, boardAreaIds: string[]): Grant => ({
  role,
  boardId,
  areaId: null,
  boardAreaIds,
});

describe("role-permission map", () => {
  it("gives administrators every permission and members only reading", () => {
    expect([...ROLE_PERMISSIONS.administrator]).toEqual([...PERMISSIONS]);
    expect([...ROLE_PERMISSIONS.member]).toEqual(["board:read"]);
  });

  it("gives chairs everything their secretariat has, plus waiving and challenges", () => {
    for (const p of ROLE_PERMISSIONS.secretariat) expect(ROLE_PERMISSIONS.chair).toContain(p);
    expect(ROLE_PERMISSIONS.chair).toContain("item:waive");
    expect(ROLE_PERMISSIONS.secretariat).not.toContain("item:waive");
  });
});

describe("can", () => {
  const secretariat = [onBoard("secretariat", "kent-hwb", ["kent"])];
  it.each([
    ["manage its own board's meetings", secretariat, "meeting:manage", kentHwb, true],
    ["not manage another board's meetings in its area", secretariat, "meeting:manage", kentKscb, false],
    ["read another board in its area", secretariat, "board:read", kentKscb, true],
    ["read a board shared with its area", secretariat, "board:read", kmsab, true],
    ["not read a board in another area", secretariat, "board:read", harrowLscb, false],
    ["as a member, read its board", [onBoard("member", "kent-hwb", ["kent"])], "board:read", kentHwb, true],
    [
      "as a member, not manage its board's meetings",
      [onBoard("member", "kent-hwb", ["kent"])],
      "meeting:manage",
      kentHwb,
      false,
    ],
    [
      "as an area administrator, manage any board of the area",
      [{ role: "administrator", boardId: null, areaId: "kent", boardAreaIds: [] }],
      "protocol:manage",
      kmsab,
      true,
    ],
    [
      "as an area administrator, not reach another area",
      [{ role: "administrator", boardId: null, areaId: "kent", boardAreaIds: [] }],
      "board:read",
      harrowLscb,
      false,
    ],
    [
      "as a global administrator, manage anything",
      [{ role: "administrator", boardId: null, areaId: null, boardAreaIds: [] }],
      "user:manage",
      harrowLscb,
      true,
    ],
    ["with no grants, do nothing", [], "board:read", kentHwb, false],
  ] as const)("lets a user %s", (_label, grants, permission, board, expected) => {
    expect(can(grants, permission, board)).toBe(expected);
  });
});

describe("visibleAreaIds", () => {
  it("lists the areas a user's boards belong to, in the given order", () => {
    expect(visibleAreaIds([onBoard("chair", "kmsab", ["medway", "kent"])], ["halton", "kent", "medway"])).toEqual([
      "kent",
      "medway",
    ]);
  });
  it("lists every area for a global administrator", () => {
    expect(
      visibleAreaIds([{ role: "administrator", boardId: null, areaId: null, boardAreaIds: [] }], ["a", "b"]),
    ).toEqual(["a", "b"]);
  });
});
