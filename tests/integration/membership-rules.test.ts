import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T12:00:00Z");
const reader = () => ({ db: t.db, viewer: null });
const exec = promisify(execFile);
const cli = async (...args: string[]) =>
  (await exec("node_modules/.bin/tsx", ["src/cli/index.ts", ...args], { env: { ...process.env, DATABASE_URL: t.url } }))
    .stdout;

beforeAll(async () => {});

describe(`membership rules on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("are all met by the demo memberships, with the people named", async () => {
    for (const area of ["kent", "knowsley", "harrow", "halton"]) {
      const checks = await checkMembershipRules(reader(), area, now);
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.filter((c) => c.status !== "met")).toEqual([]);
    }
    const [kent] = await checkMembershipRules(reader(), "kent", now);
    expect(kent).toMatchObject({ clause: "3.5", status: "met" });
    expect(kent!.explanation).toMatch(/^Clause 3\.5: .+ \(the chair of KSCB\) sits on CHWB as member\.$/);
  });

  it("turn 'not met' when the membership that satisfied the rule ends", async () => {
    const chwb = await t.db.board.findUniqueOrThrow({ where: { slug: "kent-chwb" } });
    const kscbChair = await t.db.membership.findFirstOrThrow({
      where: { board: { slug: "kent-kscb" }, capacity: "chair", endsOn: null },
    });
    await t.db.membership.updateMany({
      where: { personId: kscbChair.personId, boardId: chwb.id },
      data: { endsOn: "2026-11-01" },
    });
    const [rule] = await checkMembershipRules(reader(), "kent", now);
    expect(rule).toMatchObject({ clause: "3.5", status: "not-met" });
    expect(rule!.explanation).toMatch(/does not sit on CHWB\.$/);
  });

  it("say 'cannot tell' when the post is vacant", async () => {
    await t.db.postHolding.updateMany({
      where: { post: { key: "LEAD-MEMBER-HEALTH", area: { slug: "harrow" } } },
      data: { endsOn: "2026-10-31" },
    });
    const [rule] = await checkMembershipRules(reader(), "harrow", now);
    expect(rule).toMatchObject({ clause: "11", status: "unknown" });
    expect(rule!.explanation).toContain("the post is vacant");
  });

  it("print through the CLI as the issue's contracts", async () => {
    const rules = z
      .array(
        z
          .object({
            protocol: z.string(),
            clause: z.string(),
            rule: z.string(),
            status: z.enum(["met", "not-met", "unknown"]),
            explanation: z.string(),
          })
          .strict(),
      )
      .parse(JSON.parse(await cli("rules", "--area", "knowsley", "--json")));
    expect(rules.filter((r) => r.clause === "6.8")).toHaveLength(12);
    const people = z
      .array(
        z
          .object({
            person: z.string(),
            posts: z.array(z.string()),
            boards: z.array(
              z
                .object({
                  area: z.string(),
                  board: z.string(),
                  capacity: z.string(),
                  from: z.string(),
                  to: z.string().nullable(),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .parse(JSON.parse(await cli("membership", "--area", "knowsley", "--json")));
    const dcs = people.find((p) => p.posts.includes("Director of Children's Services"))!;
    expect(dcs.boards.map((b) => `${b.board} ${b.capacity}`).sort()).toEqual([
      "HWB member",
      "KSB supporting-officer",
      "KSCB member",
    ]);
  });
});
