import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadAreaSeeds } from "../../src/seed-data/index";
import { FREQUENCIES, dayOfYearSchema, deadlineSchema, durationSchema, offsetSchema } from "@/lib/schemas/cadence";
import { OBLIGATION_KINDS } from "@/lib/schemas/vocabulary";
import { makeObligation, makeProtocol } from "../factories";
import { runCliInProcess, runCliProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });

/**
 * The command line in process (runCli, as `npm run --silent cli -- ...` calls it), against the test
 * database; `cliProcess` runs the real process, for the wiring: exit status, stdout and stderr.
 */
const cli = (...args: string[]) => runCliInProcess(t.url, args);
const cliProcess = (...args: string[]) => runCliProcess(t.url, ...args);

const party = z.object({ type: z.enum(["board", "post"]), key: z.string().min(1), name: z.string().min(1) }).strict();
/** The `obligations --json` contract of issue 2, checked field by field. */
const contract = z.array(
  z
    .object({
      id: z.string().min(1),
      protocol: z.string().min(1),
      clause: z.string().min(1),
      kind: z.enum(OBLIGATION_KINDS),
      summary: z.string().min(1),
      from: z.array(party).min(1),
      to: z.array(party),
      cadence: z
        .object({
          frequency: z.enum(FREQUENCIES),
          window: z
            .object({ fromMonth: z.number().int().min(1).max(12), toMonth: z.number().int().min(1).max(12) })
            .strict()
            .nullable(),
          minPerYear: z.number().int().positive().nullable(),
          trigger: z.string().nullable(),
          afterMeetingsOf: z.string().nullable(),
          anchorDate: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .nullable(),
          // Decision 019's forms: each field present only when the duty's cadence has it.
          quarter: z.number().int().min(1).max(4).optional(),
          deadline: deadlineSchema.optional(),
          duration: durationSchema.optional(),
          months: z.array(z.number().int().min(1).max(12)).optional(),
          day: z.number().int().min(1).max(31).optional(),
          every: z.number().int().positive().optional(),
          unit: z.enum(["months", "years"]).optional(),
          anchorIsOccurrence: z.boolean().optional(),
          precision: z.enum(["day", "month"]).optional(),
          meetingsOf: z.string().min(1).optional(),
          offset: offsetSchema.optional(),
          which: z.enum(["first", "last"]).optional(),
          after: dayOfYearSchema.optional(),
          atNextMeeting: z.boolean().optional(),
          follows: z.string().min(1).optional(),
        })
        .strict(),
      modality: z.enum(["must", "will", "should", "may"]),
      notes: z.string().nullable(),
    })
    .passthrough(),
);

beforeAll(async () => {});

describe("admin command line", () => {
  it("lists the five areas", async () => {
    const { code, stdout } = await cliProcess("areas", "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { slug: string }[]).map((a) => a.slug).sort()).toEqual([
      "halton",
      "harrow",
      "kent",
      "knowsley",
      "medway",
    ]);
  });

  it("lists an area's boards, including one shared with another area", async () => {
    const { stdout } = await cli("boards", "--area", "kent", "--json");
    const keys = (JSON.parse(stdout) as { key: string }[]).map((b) => b.key);
    expect(keys).toEqual(["CHWB", "HWB", "KMSAB", "KSCB"]);
  });

  it.each(loadAreaSeeds().map((s) => [s.area.slug, s] as const))(
    "prints every duty of %s's protocol, with its clause, in the obligations contract",
    async (slug, seed) => {
      const { code, stdout, stderr } = await cli("obligations", "--area", slug, "--json");
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const parsed = contract.parse(JSON.parse(stdout));
      const expected = [
        ...seed.protocol.obligations.map((o) => `${o.clause}|${o.kind}|${o.summary}`),
        ...seed.protocol.membershipRules.map((r) => `${r.clause}|membership|${r.summary}`),
      ].sort();
      // Medway's protocol also binds the Kent and Medway SAB, so Kent lists Medway's duties too.
      const own = parsed.filter((o) => o.protocol === seed.protocol.title);
      expect(own.map((o) => `${o.clause}|${o.kind}|${o.summary}`).sort()).toEqual(expected);
    },
  );

  it("keeps the cadence table's shapes: a window across the year end, and after every meeting", async () => {
    const medway = contract.parse(JSON.parse((await cli("obligations", "--area", "medway", "--json")).stdout));
    expect(medway.find((o) => o.clause === "8.3" && o.kind === "report")?.cadence.window).toEqual({
      fromMonth: 10,
      toMonth: 2,
    });
    const knowsley = contract.parse(JSON.parse((await cli("obligations", "--area", "knowsley", "--json")).stdout));
    expect(
      knowsley
        .filter((o) => o.clause === "8.1")
        .map((o) => o.cadence.afterMeetingsOf)
        .sort(),
    ).toEqual(["HWB", "KSCB"]);
  });

  it("gives a following duty's cadence with the key of the duty it follows (decision 019)", async () => {
    const harrow = contract.parse(JSON.parse((await cli("obligations", "--area", "harrow", "--json")).stdout));
    expect(harrow.find((o) => o.clause === "8" && o.kind === "plan")).toMatchObject({
      cadence: {
        frequency: "follows",
        window: null,
        minPerYear: null,
        trigger: null,
        afterMeetingsOf: null,
        anchorDate: null,
        atNextMeeting: true,
        follows: "lscb-annual-report-to-hwbb-chair",
      },
    });
    expect(harrow.find((o) => o.clause === "8" && o.kind === "plan")?.comesAfter).toMatch(
      /^8: Publish the LSCB annual report/,
    );
    // The new forms' fields, with the followed board's key as meetingsOf.
    const hwb = await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } });
    const kscb = await t.db.board.findUniqueOrThrow({ where: { slug: "kent-kscb" } });
    const protocol = await makeProtocol(t.db, { parties: [hwb.id, kscb.id], title: "Cadence forms" });
    const offset = { amount: 7, unit: "working-days", direction: "before", clear: true };
    await makeObligation(t.db, {
      protocolId: protocol.id,
      from: [kscb.id],
      to: [hwb.id],
      frequency: "each-meeting",
      afterMeetingsOfId: hwb.id,
      cadenceDetail: JSON.stringify({ offset }),
    });
    await makeObligation(t.db, {
      protocolId: protocol.id,
      from: [hwb.id],
      frequency: "interval",
      anchorDate: "2028-10-01",
      position: 1,
      cadenceDetail: JSON.stringify({ every: 3, unit: "years", anchorIsOccurrence: true, precision: "month" }),
    });
    const kent = contract
      .parse(JSON.parse((await cli("obligations", "--area", "kent", "--json")).stdout))
      .filter((o) => o.protocol === "Cadence forms");
    expect(kent.map((o) => o.cadence)).toEqual([
      {
        frequency: "each-meeting",
        window: null,
        minPerYear: null,
        trigger: null,
        afterMeetingsOf: null,
        anchorDate: null,
        meetingsOf: "HWB",
        offset,
      },
      {
        frequency: "interval",
        window: null,
        minPerYear: null,
        trigger: null,
        afterMeetingsOf: null,
        anchorDate: "2028-10-01",
        every: 3,
        unit: "years",
        anchorIsOccurrence: true,
        precision: "month",
      },
    ]);
    // Old forms keep exactly the six fields of issue 2.
    expect(Object.keys(harrow.find((o) => o.clause === "8" && o.kind === "report")!.cadence).sort()).toEqual([
      "afterMeetingsOf",
      "anchorDate",
      "frequency",
      "minPerYear",
      "trigger",
      "window",
    ]);
  });

  it.each([
    [
      ["obligations", "--area", "atlantis", "--json"],
      /Unknown area "atlantis"\. Valid areas: halton, harrow, kent, knowsley, medway/,
    ],
    [
      ["teleport"],
      /Unknown command "teleport"\. Commands: areas, boards, obligations, membership, rules, calendar, seed, migrate/,
    ],
    [["boards"], /boards needs --area <slug>/],
  ])("exits 2 for %j, naming the valid choices, with nothing on stdout", async (args, message) => {
    // An unknown command also runs as a real process, for the exit status a script sees.
    const { code, stdout, stderr } = await (args[0] === "teleport" ? cliProcess : cli)(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});
