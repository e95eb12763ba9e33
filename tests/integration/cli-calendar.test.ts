import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { runCliInProcess, runCliProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });

/** In process (runCli); `cliProcess` runs the real command line, for the wiring. */
const cli = (...args: string[]) => runCliInProcess(t.url, args);
const cliProcess = (...args: string[]) => runCliProcess(t.url, ...args);

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const party = z.object({ type: z.enum(["board", "post"]), key: z.string(), name: z.string() }).strict();
/** The `calendar --json` contract of issue 3. */
const item = z
  .object({
    key: z.string().min(1),
    obligationId: z.string().min(1),
    clause: z.string().min(1),
    kind: z.string().min(1),
    title: z.string().min(1),
    from: z.array(party).min(1),
    to: party.nullable(),
    windowStart: date,
    windowEnd: date,
    dueOn: date,
    meeting: z.object({ date }).strict().nullable(),
    sequence: z.object({ index: z.number().int().min(1), of: z.number().int().min(1) }).strict(),
    status: z.string(),
    flags: z.array(z.string()),
  })
  .strict();
type Item = z.infer<typeof item>;

const calendar = async (area: string, ...extra: string[]) => {
  // Kent's runs as a real process: the JSON a script reads on stdout, and exit status 0.
  const { code, stdout, stderr } = await (area === "kent" ? cliProcess : cli)(
    "calendar",
    "--area",
    area,
    "--fy",
    "2026",
    "--json",
    ...extra,
  );
  expect(stderr).toEqual(extra.includes("--write") ? expect.stringMatching(/^Written: \d+ created/) : "");
  expect(code).toBe(0);
  return z.array(item).parse(JSON.parse(stdout));
};
const of = (items: Item[], clause: string, kind?: string) =>
  items.filter((i) => i.clause === clause && (!kind || i.kind === kind));
const shape = (i: Item) => `${i.to?.key ?? "-"} ${i.windowStart}..${i.windowEnd}`;

beforeAll(async () => {});

describe("cli calendar, FY2026/27, as a careful reader of each protocol expects", () => {
  it("Kent: the KSCB annual report to CHWB and HWB, any time; the protocol review in April", async () => {
    const items = (await calendar("kent")).filter((i) => i.key.startsWith("kent-hwb-chwb-kscb/"));
    expect(of(items, "3.6", "report").map(shape).sort()).toEqual([
      "CHWB 2026-04-01..2027-03-31",
      "HWB 2026-04-01..2027-03-31",
    ]);
    expect(
      of(items, "3.6", "report").every(
        (i) => i.flags.includes("to-schedule") && i.meeting === null && i.dueOn === "2027-03-31",
      ),
    ).toBe(true);
    expect(of(items, "4.2").map(shape)).toEqual(["- 2026-04-01..2026-04-30"]);
    expect(of(items, "4.2")[0]!.meeting?.date).toMatch(/^2026-04-/);
  });

  it("Medway: annual reports between September and November, then October to February, then April/May", async () => {
    const items = await calendar("medway");
    expect(of(items, "8.2", "report").map(shape)).toEqual(["HWB 2026-09-01..2026-11-30", "HWB 2026-09-01..2026-11-30"]);
    expect(of(items, "8.3", "report").map(shape).sort()).toEqual([
      "KMSAB 2026-10-01..2027-02-28",
      "MSCB 2026-10-01..2027-02-28",
    ]);
    expect(new Set(of(items, "8.4").map((i) => `${i.windowStart}..${i.windowEnd}`))).toEqual(
      new Set(["2026-04-01..2026-05-31"]),
    );
    for (const i of [...of(items, "8.2", "report"), ...of(items, "8.3", "report")])
      expect(i.meeting?.date).toBe(i.dueOn);
  });

  it("Knowsley: minutes after every meeting of each board, and the reciprocal annual reports", async () => {
    const items = await calendar("knowsley", "--write");
    const meetings = await t.db.meeting.findMany({
      where: { board: { slug: { in: ["knowsley-hwb", "knowsley-kscb"] } } },
      select: { date: true },
    });
    expect(of(items, "8.1")).toHaveLength(meetings.length);
    expect(of(items, "5.1(c)", "report").map(shape).sort()).toEqual([
      "HWB 2026-04-01..2027-03-31",
      "KSCB 2026-04-01..2027-03-31",
    ]);
    // --write persisted them: a second write changes nothing.
    const again = await cli("calendar", "--area", "knowsley", "--fy", "2026", "--write");
    expect(again.stderr).toMatch(/Written: 0 created, 0 updated, 0 retired/);
  });

  it("Harrow: the LSCB chair attends the HWBB at least twice, once in each half of the year", async () => {
    const items = of(await calendar("harrow"), "11", "attendance");
    expect(items.map((i) => `${i.sequence.index}/${i.sequence.of} ${shape(i)}`)).toEqual([
      "1/2 HWBB 2026-04-01..2026-09-30",
      "2/2 HWBB 2026-10-01..2027-03-31",
    ]);
    expect(items.map((i) => i.title)).toEqual([
      expect.stringContaining("(1 of at least 2)"),
      expect.stringContaining("(2 of at least 2)"),
    ]);
  });

  it("Harrow 8 and Knowsley 8.2: a duty that follows another, at the board's next meeting after it, provisional until that is logged", async () => {
    const harrow = await calendar("harrow");
    const report = of(harrow, "8", "report");
    const plan = of(harrow, "8", "plan");
    // The report may come any time in the year, so until it is logged the plan is counted from the
    // year's end: no HWBB meeting follows it inside the year, and both flags say so.
    expect(report.map((i) => [i.dueOn, i.flags])).toEqual([
      ["2027-03-31", ["to-schedule"]],
      ["2027-03-31", ["to-schedule"]],
    ]);
    expect(plan.map((i) => [i.dueOn, i.meeting, [...i.flags].sort()])).toEqual([
      ["2027-03-31", null, ["no-meeting-in-window", "provisional"]],
    ]);
    const knowsley = await calendar("knowsley");
    const event = of(knowsley, "8.2", "meeting");
    const plans = of(knowsley, "8.2", "plan");
    expect(event.map((i) => [i.dueOn, i.flags])).toEqual([["2027-03-31", ["to-schedule"]]]);
    expect(plans.map((i) => [i.dueOn, i.meeting, [...i.flags].sort()])).toEqual([
      ["2027-03-31", null, ["no-meeting-in-window", "provisional"]],
    ]);
  });

  it("Halton: quarterly early help reports, six-monthly chairs' meetings, the review on the anniversary", async () => {
    const items = await calendar("halton");
    expect(of(items, "14").map(shape)).toEqual([
      "HSCB 2026-04-01..2026-06-30",
      "HSCB 2026-07-01..2026-09-30",
      "HSCB 2026-10-01..2026-12-31",
      "HSCB 2027-01-01..2027-03-31",
    ]);
    expect(of(items, "36").map(shape)).toEqual(["- 2026-04-01..2026-09-30", "- 2026-10-01..2027-03-31"]);
    expect(of(items, "2").map(shape)).toEqual(["- 2026-09-01..2026-09-30"]);
  });

  it("invents nothing where the text is silent: no dated items for on-event, as-needed or standing duties", async () => {
    const { stdout } = await cli("calendar", "--area", "halton", "--fy", "2026", "--json", "--standing");
    const { items, standing } = z
      .object({
        items: z.array(item),
        standing: z.array(z.object({ obligationId: z.string(), frequency: z.string() }).passthrough()),
      })
      .parse(JSON.parse(stdout));
    const standingIds = new Set(standing.map((s) => s.obligationId));
    expect(standing.length).toBeGreaterThan(10);
    expect(standing.every((s) => ["on-event", "as-needed", "standing"].includes(s.frequency))).toBe(true);
    expect(items.some((i) => standingIds.has(i.obligationId))).toBe(false);
  });

  it.each([
    [["calendar", "--area", "kent"], /calendar needs --fy <startYear>/],
    [["calendar", "--area", "kent", "--fy", "26"], /--fy takes the year a financial year starts, from 2000 to 2098/],
    [
      ["calendar", "--area", "kent", "--fy", "2026", "--board", "NOPE"],
      /Unknown board "NOPE" in kent\. Valid boards: CHWB, HWB, KMSAB, KSCB/,
    ],
    [
      ["calendar", "--area", "kent", "--fy", "2026", "--colour"],
      /Options: --area <slug>, --fy <startYear>, --board <key>, --standing, --write, --json/,
    ],
  ])("exits 2 for %j with a message naming the valid choices", async (args, message) => {
    // A usage error also runs as a real process, for the exit status a script sees.
    const { code, stdout, stderr } = await (args.length === 3 ? cliProcess : cli)(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});
