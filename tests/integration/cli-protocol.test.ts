import { mkdtempSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cadenceSchema } from "@/lib/schemas/cadence";
import { MODALITIES, OBLIGATION_KINDS } from "@/lib/schemas/vocabulary";
import { runProtocolCommand } from "@/cli/protocol-command";
import { createDatabase } from "@/server/data/database";
import { createArea } from "@/server/features/areas/create-area";
import { calendarCommand } from "@/server/features/calendar/calendar-command";
import type { ImportResult } from "@/server/features/protocol-import/import-protocol";
import { MAX_PROTOCOL_BYTES } from "@/server/protocol-reading/extract-text";
import { localDiskStore } from "@/server/storage/evidence-store";
import { runCliProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

/** `cli protocol extract` and `cli protocol import` (issue 12, build item 7): the contracts other tools check. */
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
      [["protocol", "sign"], /protocol needs "extract" or "import" \(not "sign"\)/],
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

describe(`cli protocol import on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  const SEEDS = "tests/fixtures/seeds";
  const seed = (prefix: string) =>
    join(
      SEEDS,
      readdirSync(SEEDS).find((f) => f.startsWith(prefix))!,
    );
  const uploads = mkdtempSync(join(tmpdir(), "protocol-cli-import-"));
  const store = localDiskStore(uploads);
  /** In process, as runCli calls it; the document kept in this file's own store. */
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runProtocolCommand(
      () => createDatabase(t.url),
      ["import", ...args],
      { out: (text) => out.push(text), err: (text) => err.push(text) },
      { store },
    );
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  };
  const counts = async () => ({
    protocols: await t.db.protocol.count(),
    parties: await t.db.protocolParty.count(),
    clauses: await t.db.clause.count(),
    obligations: await t.db.obligation.count(),
    proposals: await t.db.protocolProposal.count(),
    sources: await t.db.protocolSource.count(),
    boards: await t.db.board.count(),
    audit: await t.db.auditEntry.count(),
    files: readdirSync(uploads).length,
  });

  it("imports the Harrow protocol into Harrow as a draft, saying what it made and where to review it", async () => {
    const before = await counts();
    const existing = (await t.db.protocol.findMany({ select: { id: true } })).map((p) => p.id);
    const result = await run("--area", "harrow", "--file", seed("003_"));
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const protocol = await t.db.protocol.findFirstOrThrow({
      where: { id: { notIn: existing } },
      include: { parties: true, _count: { select: { clauses: true, proposals: true } } },
    });
    expect(protocol.status).toBe("draft");
    const harrow = await t.db.boardArea.findMany({
      where: { area: { slug: "harrow" }, key: { in: ["HWBB", "LSCB"] } },
    });
    expect(protocol.parties.map((p) => p.boardId).sort()).toEqual(harrow.map((b) => b.boardId).sort());
    expect(protocol._count.clauses).toBe(11);
    expect(protocol._count.proposals).toBeGreaterThan(0);
    expect(result.stdout).toContain(
      `"${protocol.title}" into harrow: protocol ${protocol.key}, version 1, draft, id ${protocol.id}`,
    );
    expect(result.stdout).toMatch(/^ {2}clauses +11$/m);
    expect(result.stdout).toMatch(new RegExp(`^  proposals +${protocol._count.proposals}$`, "m"));
    expect(result.stdout).toMatch(/^ {2}accepted +0$/m);
    expect(result.stdout).toMatch(/^ {2}boards created +0$/m);
    expect(result.stdout).toMatch(/^ {2}parties matched +\d+: .*\(HWBB, board\).*\(LSCB, board\)/m);
    expect(result.stdout).toMatch(/^ {2}(parties unmatched|descriptive clauses|gaps) +\d+/m);
    expect(result.stdout).toContain(`Review it at /areas/harrow/protocols/${protocol.id}/review`);
    // One protocol, its source document kept, nothing reaching a calendar yet.
    const after = await counts();
    expect(after.protocols).toBe(before.protocols + 1);
    expect(after.sources).toBe(before.sources + 1);
    expect(after.files).toBe(before.files + 1);
    expect(after.boards).toBe(before.boards);
    expect(after.obligations).toBe(before.obligations);
  });

  it("--json prints the ImportResult", async () => {
    const result = await run("--area", "halton", "--file", seed("004_"), "--json");
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const json = JSON.parse(result.stdout) as ImportResult;
    expect(Object.keys(json).sort()).toEqual(
      [
        "protocolId",
        "area",
        "key",
        "title",
        "version",
        "status",
        "clauses",
        "proposals",
        "accepted",
        "leftForReview",
        "boardsCreated",
        "parties",
        "descriptive",
        "gaps",
      ].sort(),
    );
    const protocol = await t.db.protocol.findUniqueOrThrow({
      where: { id: json.protocolId },
      include: { _count: { select: { clauses: true, proposals: true } } },
    });
    expect(json).toMatchObject({
      area: "halton",
      key: protocol.key,
      title: protocol.title,
      version: "1",
      status: "draft",
      clauses: protocol._count.clauses,
      proposals: protocol._count.proposals,
      accepted: 0,
      leftForReview: [],
      boardsCreated: [],
    });
    const hct = json.parties.find((p) => p.key === "HCT");
    expect(hct).toMatchObject({ matched: true, kind: "board" });
    expect(hct?.boardId).toBe((await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hct" } })).id);
  });

  it("--create-boards adds the boards an area lacks; --accept-all --agreed-on makes the accepted duties items of that year's calendar", async () => {
    await createArea({ db: t.db, viewer: null }, { slug: "paper-knowsley", name: "Paper Knowsley" });
    // Without --create-boards the area has none of the boards the text names: refused, at --file.
    const before = await counts();
    const refused = await run("--area", "paper-knowsley", "--file", seed("002_"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^ {2}--file: .*two or more boards.*--create-boards/m);
    expect(refused.stdout).toBe("");
    expect(await counts()).toEqual(before);

    const result = await run(
      "--area",
      "paper-knowsley",
      "--file",
      seed("002_"),
      "--create-boards",
      "--accept-all",
      "--agreed-on",
      "2025-03-14",
    );
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const boards = await t.db.boardArea.findMany({ where: { area: { slug: "paper-knowsley" } } });
    expect(boards.length).toBeGreaterThanOrEqual(2);
    expect((await counts()).boards).toBe(before.boards + boards.length);
    expect(result.stdout).toMatch(new RegExp(`^  boards created +${boards.length}: `, "m"));
    const protocol = await t.db.protocol.findFirstOrThrow({
      where: { parties: { some: { boardId: boards[0]!.boardId } } },
      include: { parties: true, obligations: true },
    });
    expect(protocol).toMatchObject({ status: "agreed", approvedOn: "2025-03-14" });
    expect(protocol.parties.every((p) => p.signedOn === "2025-03-14")).toBe(true);
    expect(result.stdout).toContain(`, agreed, id ${protocol.id}`);
    expect(result.stdout).toMatch(new RegExp(`^  accepted +${protocol.obligations.length}$`, "m"));
    // Each proposal left for review is listed with its clause and why.
    const left = await t.db.protocolProposal.findMany({ where: { protocolId: protocol.id, status: "unreviewed" } });
    expect(result.stdout).toMatch(new RegExp(`^  left for review +${left.length}$`, "m"));
    for (const row of left) expect(result.stdout).toMatch(new RegExp(`^    ${escape(row.clauseRef)} +\\S`, "m"));

    // The year the protocol was signed in: every accepted dated duty's items, and nothing else.
    const { items } = await calendarCommand(t.db, { area: "paper-knowsley", fy: 2025, write: false });
    const accepted = new Set(protocol.obligations.map((o) => o.id));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => accepted.has(i.obligationId))).toBe(true);
    expect(items.every((i) => i.windowStart >= "2025-04-01" && i.dueOn <= "2026-03-31")).toBe(true);
    const annual = protocol.obligations.filter((o) => o.frequency === "annual");
    expect(annual.length).toBeGreaterThan(0);
    for (const duty of annual) expect(items.some((i) => i.obligationId === duty.id)).toBe(true);
  });

  it("refuses bad usage and bad input, each with its own message (exit 2), and writes nothing", async () => {
    await t.db.area.findUniqueOrThrow({ where: { slug: "harrow" } });
    const dir = mkdtempSync(join(tmpdir(), "protocol-cli-bad-"));
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, MAX_PROTOCOL_BYTES + 1);
    const harrow = seed("003_");
    const cases: [string[], RegExp][] = [
      [["--file", harrow], /protocol import needs --area <slug>/],
      [["--area", "harrow"], /protocol import needs --file <path>/],
      [
        ["--area", "harrow", "--file", harrow, "--accept-all", "--agreed-on", "2025-02-30"],
        /^Nothing was saved:\n {2}--agreed-on: That date does not exist$/,
      ],
      [
        ["--area", "harrow", "--file", harrow, "--accept-all", "--agreed-on", "14/03/2025"],
        /--agreed-on: Enter a date as YYYY-MM-DD/,
      ],
      [
        ["--area", "harrow", "--file", harrow, "--agreed-on", "2025-03-14"],
        /--agreed-on: .*needs every proposal accepted/,
      ],
      [["--area", "harrow", "--file", harrow, "--agreed-on"], /--agreed-on needs a value/],
      [["--area", "harrow", "--file", harrow, "--accept"], /Unknown option "--accept" for protocol import/],
      [["--area", "harrow", "--file", join(dir, "nothing.pdf")], /Cannot read .*nothing\.pdf/],
      [["--area", "harrow", "--file", huge], /huge\.txt is 21 MB; the limit is 20 MB/],
      [["--area", "nowhere", "--file", harrow], /No area "nowhere"/],
    ];
    const before = await counts();
    for (const [args, message] of cases) {
      const result = await run(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
      expect(result.stdout).toBe("");
    }
    expect(await counts()).toEqual(before);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
