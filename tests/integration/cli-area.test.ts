import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliInProcess, runCliProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

/** `cli area export | import | create`, run as `npm run --silent cli -- ...` runs it. */
const seeded = withTestDatabase({ seeded: true });
const empty = withTestDatabase();
const dir = mkdtempSync(join(tmpdir(), "area-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** In process (runCli); the export test runs the real process, for the wiring: stdout, stderr, exit status. */
const cli = (url: string, ...args: string[]) => runCliInProcess(url, args);

describe("cli area", () => {
  it("exports an area to a file, or the same JSON to standard output", async () => {
    const file = join(dir, "harrow.json");
    const [written, printed] = await Promise.all([
      runCliProcess(seeded.url, "area", "export", "--area", "harrow", "--out", file),
      runCliProcess(seeded.url, "area", "export", "--area", "harrow"),
    ]);
    expect(written).toMatchObject({ code: 0, stdout: "" });
    expect(written.stderr).toMatch(
      /^Wrote harrow to .*harrow\.json: \d+ boards, \d+ people, \d+ meetings, 1 protocol versions\.\n$/,
    );
    expect(printed).toMatchObject({ code: 0, stderr: "" });
    expect(printed.stdout).toBe(readFileSync(file, "utf8"));
    expect(JSON.parse(printed.stdout)).toMatchObject({
      format: "board-governance-portal/area",
      version: 1,
      area: { slug: "harrow", name: "Harrow" },
    });
  });

  it("imports it into an empty database, reporting counts; a dry run and a second import change nothing", async () => {
    const file = join(dir, "harrow.json");
    const dry = await cli(empty.url, "area", "import", "--file", file, "--dry-run", "--json");
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout) as { created: number };
    expect(planned).toMatchObject({ area: "harrow", updated: 0, unchanged: 0, written: false });
    expect(dry.stderr).toMatch(
      /^Dry run, nothing written: would import harrow: \d+ created, 0 updated, 0 unchanged\.\n$/,
    );

    const first = await cli(empty.url, "area", "import", "--file", file, "--json");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      area: "harrow",
      created: planned.created,
      updated: 0,
      unchanged: 0,
      written: true,
    });

    const second = await cli(empty.url, "area", "import", "--file", file);
    expect(second).toMatchObject({ code: 0, stdout: "" });
    expect(second.stderr).toBe(`Imported harrow: 0 created, 0 updated, ${planned.created} unchanged.\n`);
    expect(await empty.db.auditEntry.count({ where: { action: "area.import" } })).toBe(1);
  });

  it("creates an area, and refuses a second one with the same key, with the service's messages", async () => {
    const made = await cli(
      empty.url,
      "area",
      "create",
      "--slug",
      "north-somerset",
      "--name",
      "North Somerset",
      "--json",
    );
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(made.stdout)).toEqual({
      ok: true,
      message: "Area North Somerset (north-somerset) created.",
      area: { slug: "north-somerset", name: "North Somerset" },
    });
    const again = await cli(empty.url, "area", "create", "--slug", "north-somerset", "--name", "Another");
    expect(again).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "An area with the key north-somerset already exists\n",
    });
    const bad = await cli(empty.url, "area", "create", "--slug", "North Somerset", "--name", "x", "--json");
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { slug: [expect.stringMatching(/lower-case letters/)] },
    });
  });

  it("refuses a file that is not an area file, naming each problem by its path, and writes nothing", async () => {
    const file = join(dir, "bad.json");
    const content = JSON.parse(readFileSync(join(dir, "harrow.json"), "utf8")) as {
      area: { slug: string };
      boards: { kind: string }[];
    };
    content.area.slug = "harrow-copy";
    content.boards[0]!.kind = "no-such-kind";
    writeFileSync(file, JSON.stringify(content));
    const { code, stdout, stderr } = await cli(empty.url, "area", "import", "--file", file);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(
      /^The area file is not valid \(\d+ problems?\):\n {2}boards\.0\.kind: Unknown board kind no-such-kind/,
    );
    expect(await empty.db.area.findUnique({ where: { slug: "harrow-copy" } })).toBeNull();
  });

  it.each([
    [
      ["area", "export", "--area", "atlantis"],
      /Unknown area "atlantis"\. Valid areas: halton, harrow, kent, knowsley, medway/,
    ],
    [["area", "import", "--file", "/nonexistent/kent.json"], /Cannot read \/nonexistent\/kent\.json/],
    [
      ["area", "import", "--file", "x.json", "--out", "y"],
      /Unknown option "--out" for area import\. Options: --file, --dry-run, --json/,
    ],
  ])("exits 2 for %j with a message naming what is wrong", async (args, message) => {
    const { code, stdout, stderr } = await cli(seeded.url, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});
