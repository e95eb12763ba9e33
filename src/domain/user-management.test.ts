import { describe, expect, it } from "vitest";
import type { Grant } from "./permissions";
import { administeredAreas, canManageScope, canManageUser, type ScopeOfRole } from "./user-management";

const global: Grant = { role: "administrator", boardId: null, areaId: null, boardAreaIds: [] };
const haltonAdmin: Grant = { role: "administrator", boardId: null, areaId: "halton", boardAreaIds: [] };
const chairOf = (boardId: string, ...areas: string[]): Grant => ({
  role: "chair",
  boardId,
  areaId: null,
  boardAreaIds: areas,
});

describe("who may grant a role of a scope", () => {
  const cases: [string, Grant[], ScopeOfRole, boolean][] = [
    ["an administrator of everything: everything", [global], { type: "global" }, true],
    ["an administrator of everything: any area", [global], { type: "area", areaId: "kent" }, true],
    ["an area's administrator: never everything", [haltonAdmin], { type: "global" }, false],
    ["an area's administrator: their area", [haltonAdmin], { type: "area", areaId: "halton" }, true],
    ["an area's administrator: not another area", [haltonAdmin], { type: "area", areaId: "kent" }, false],
    ["an area's administrator: their area's board", [haltonAdmin], { type: "board", areaIds: ["halton"] }, true],
    [
      "an area's administrator: a board shared with their area",
      [haltonAdmin],
      { type: "board", areaIds: ["kent", "halton"] },
      true,
    ],
    ["an area's administrator: not another area's board", [haltonAdmin], { type: "board", areaIds: ["kent"] }, false],
    ["a chair: nothing", [chairOf("b1", "halton")], { type: "board", areaIds: ["halton"] }, false],
  ];
  it.each(cases)("%s", (_label, grants, scope, expected) => {
    expect(canManageScope(grants, scope)).toBe(expected);
  });
});

describe("who may manage a user", () => {
  const cases: [string, Grant[], Grant[], boolean][] = [
    ["an administrator of everything: anyone", [global], [global, chairOf("k", "kent")], true],
    ["an area's administrator: not a user with no role whom someone else invited", [haltonAdmin], [], false],
    [
      "an area's administrator: a user whose roles are all in their area",
      [haltonAdmin],
      [chairOf("h", "halton")],
      true,
    ],
    [
      "an area's administrator: not a user with a role elsewhere too",
      [haltonAdmin],
      [chairOf("h", "halton"), chairOf("k", "kent")],
      false,
    ],
    ["an area's administrator: not an administrator of everything", [haltonAdmin], [global], false],
    ["a chair: nobody", [chairOf("h", "halton")], [], false],
  ];
  it.each(cases)("%s", (_label, grants, userGrants, expected) => {
    expect(canManageUser(grants, userGrants)).toBe(expected);
  });

  it("lets an area's administrator manage a user with no role whom they invited, and an administrator of everything any", () => {
    expect(canManageUser([haltonAdmin], [], true)).toBe(true);
    expect(canManageUser([global], [], false)).toBe(true);
    expect(canManageUser([chairOf("h", "halton")], [], true)).toBe(false);
  });

  it("lists the areas administered", () => {
    expect(administeredAreas([global])).toBe("all");
    expect(administeredAreas([haltonAdmin, chairOf("k", "kent")])).toEqual(["halton"]);
    expect(administeredAreas([chairOf("k", "kent")])).toEqual([]);
  });
});
