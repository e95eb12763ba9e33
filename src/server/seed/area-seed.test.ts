import { describe, expect, it } from "vitest";
import { areaSeedInputs, loadAreaSeeds } from "@/seed-data/index";
import harrow from "@/seed-data/harrow";
import { areaSeedSchema, type AreaSeedInput } from "@/lib/schemas/area-seed";

const issuesOf = (input: AreaSeedInput) => {
  const result = areaSeedSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("area data files", () => {
  it("all five parse with the application's schema", () => {
    const seeds = loadAreaSeeds();
    expect(seeds.map((s) => s.area.slug)).toEqual(["kent", "medway", "knowsley", "harrow", "halton"]);
  });

  it("keep person keys unique across areas (the seed matches people on them)", () => {
    const keys = areaSeedInputs.flatMap((a) => a.people.map((p) => p.key));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it("cite clause references exactly as printed, including sub-items and the appendix", () => {
    const refs = new Set(
      loadAreaSeeds().flatMap((s) => s.protocol.obligations.map((o) => `${s.area.slug} ${o.clause}`)),
    );
    for (const ref of [
      "kent 3.6",
      "kent 4.2",
      "medway 8.2",
      "medway 8.3",
      "medway 8.4",
      "knowsley 5.1(c)",
      "knowsley 8.1",
      "knowsley App. 1 2.1(a)",
      "harrow 11",
      "halton 36",
      "halton 2",
    ]) {
      expect(refs).toContain(ref);
    }
  });

  it("encode Knowsley's membership table (6.8) as memberships", () => {
    const knowsley = loadAreaSeeds().find((s) => s.area.slug === "knowsley")!;
    const fromTable = knowsley.memberships.filter((m) => m.source === "6.8");
    expect(fromTable.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fromTable.map((m) => m.board))).toEqual(new Set(["KSCB", "HWB", "KSB"]));
  });
});

describe("area data cross-references", () => {
  const base = structuredClone(harrow);

  it("names an unknown board in an obligation by its path", () => {
    const bad = structuredClone(base);
    bad.protocol.obligations[0]!.from = [{ board: "NOPE" }];
    expect(issuesOf(bad)).toContain("protocol.obligations.0.from.0: Unknown board NOPE");
  });

  it("refuses a clause that is not in the protocol", () => {
    const bad = structuredClone(base);
    bad.protocol.obligations[0]!.clause = "99";
    expect(issuesOf(bad)).toContain("protocol.obligations.0.clause: Clause 99 is not among the protocol's clauses");
  });

  it("refuses a membership that ends before it starts", () => {
    const bad = structuredClone(base);
    bad.memberships[0]!.to = "2000-01-01";
    expect(issuesOf(bad)).toContain("memberships.0.to: A membership cannot end before it starts");
  });

  it("refuses a duty that comes after itself", () => {
    const bad = structuredClone(base);
    bad.protocol.obligations[0]!.comesAfter = bad.protocol.obligations[0]!.key;
    expect(issuesOf(bad)).toContain("protocol.obligations.0.comesAfter: A duty cannot come after itself");
  });

  it("refuses an empty resolution route (a protocol that names none leaves it out)", () => {
    const bad = structuredClone(base);
    bad.protocol.resolutionRoute = [];
    expect(issuesOf(bad)).toContain(
      "protocol.resolutionRoute: A resolution route has at least one step; leave it out if the protocol names none",
    );
    bad.protocol.resolutionRoute = ["Chief Executive", " "];
    expect(issuesOf(bad)).toContain("protocol.resolutionRoute.1: Resolution step is required");
  });

  it("accepts the file as written", () => {
    expect(issuesOf(base)).toEqual([]);
  });
});
