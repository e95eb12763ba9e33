import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cadenceSchema } from "@/lib/schemas/cadence";
import { MODALITIES, OBLIGATION_KINDS } from "@/lib/schemas/vocabulary";
import { runProtocolCommand } from "@/cli/protocol-command";
import { createDatabase } from "@/server/data/database";
import { runCliProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

/** `cli protocol extract` (issue 12, build item 7): the output contract other tools check. */
const t = withTestDatabase({ seeded: true });

const cli = (...args: string[]) => runCliProcess(t.url, ...args);

const item = z.object({ windowStart: z.string(), windowEnd: z.string(), dueOn: z.string() }).strict();
const contract = z
  .object({
    title: z.string().nullable(),
    agreedOn: z.string().nullable(),
    parties: z.array(
      z.object({ key: z.string().min(1), name: z.string().min(1), boardId: z.string().optional() }).strict(),
    ),
    clauses: z.array(z.object({ ref: z.string().min(1), text: z.string().min(1) }).strict()).min(1),
    duties: z.array(
      z
        .object({
          clause: z.string().min(1),
          kind: z.enum(OBLIGATION_KINDS),
          summary: z.string().min(1),
          from: z.array(z.string()),
          to: z.array(z.string()),
          dated: z.boolean(),
          cadence: z.unknown(),
          modality: z.enum(MODALITIES),
          documents: z.array(z.string()),
          quote: z.string().min(1),
          confidence: z.number().min(0).max(1),
          items: z.array(item).optional(),
        })
        .strict(),
    ),
    membershipRules: z.array(
      z.object({ clause: z.string(), rule: z.object({}).passthrough(), quote: z.string().min(1) }).strict(),
    ),
    descriptive: z.array(z.string()),
  })
  .strict();

describe("cli protocol extract", () => {
  it("reads the Harrow protocol into the contract, matches its boards in the area, and gives FY2026/27 items", async () => {
    const result = await cli(
      "protocol",
      "extract",
      "--file",
      "tests/fixtures/seeds/003_67d94f5808861967.txt",
      "--area",
      "harrow",
      "--fy",
      "2026",
      "--json",
    );
    expect(result.code).toBe(0);
    const out = contract.parse(JSON.parse(result.stdout));
    const boards = await t.db.boardArea.findMany({ where: { area: { slug: "harrow" } } });
    const hwbb = out.parties.find((p) => p.key === "HWBB");
    expect(hwbb?.boardId).toBe(boards.find((b) => b.key === "HWBB")!.boardId);
    expect(out.clauses.map((c) => c.ref)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    // Every cadence is one the rule editor accepts; dated duties carry the engine's items for the year.
    for (const d of out.duties) {
      expect(cadenceSchema.safeParse(d.cadence).success).toBe(true);
      expect(d.items).toBeDefined();
      if (!d.dated) expect(d.items).toEqual([]);
    }
    // Harrow 11: the LSCB chair attends at least twice a year: one item in each half of the year.
    const attendance = out.duties.find((d) => d.clause === "11" && d.kind === "attendance");
    expect(attendance?.items).toEqual([
      { windowStart: "2026-04-01", windowEnd: "2026-09-30", dueOn: "2026-09-30" },
      { windowStart: "2026-10-01", windowEnd: "2027-03-31", dueOn: "2027-03-31" },
    ]);
  });

  it("refuses an empty file, a missing file, an unknown area and an unknown option, each with its own message (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "protocol-cli-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const cases: [string[], RegExp][] = [
      [["protocol", "extract", "--file", empty], /empty/i],
      [["protocol", "extract", "--file", join(dir, "nothing.pdf")], /Cannot read/],
      [
        ["protocol", "extract", "--file", "tests/fixtures/seeds/003_67d94f5808861967.txt", "--area", "nowhere"],
        /No area "nowhere"/,
      ],
      [["protocol", "extract", "--file", empty, "--colour"], /Unknown option "--colour"/],
      [["protocol", "extract"], /needs --file/],
      [["protocol", "import"], /protocol needs "extract"/],
    ];
    // In process (runProtocolCommand, which runCli calls), to spare a process start per case; the
    // first case also runs as a real process, so the two paths are seen to agree.
    const viaProcess = await cli(...cases[0]![0]);
    expect([viaProcess.code, viaProcess.stdout]).toEqual([2, ""]);
    expect(viaProcess.stderr).toMatch(cases[0]![1]);
    for (const [args, message] of cases) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runProtocolCommand(() => createDatabase(t.url), args.slice(1), {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
      });
      expect(code, args.join(" ")).toBe(2);
      expect(err.join("\n")).toMatch(message);
      expect(out).toEqual([]);
    }
  });
});
