import { describe, expect, it, vi } from "vitest";
import { runCli } from "@/cli/main";
import { exportArea, serializeAreaFile } from "@/server/features/areas/export-area";
import { importAreaFile } from "@/server/features/areas/import-area";
import { createTestDatabase, withTestDatabase } from "./support/test-db";

/**
 * Issue 10's acceptance: each of the five demo areas, exported and imported into an empty database,
 * re-exports to an identical file and gives identical `obligations --json` and `calendar --fy 2026
 * --json` output, ids aside. Runs on the dialect under test (TEST_DIALECT).
 */
const source = withTestDatabase({ seeded: true });

/** Runs the command line's own entry point against a database and returns what it printed on stdout. */
async function cliJson(url: string, ...args: string[]): Promise<unknown> {
  const previous = process.env.DATABASE_URL;
  const chunks: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  process.env.DATABASE_URL = url;
  try {
    const code = await runCli(args);
    expect(code, `cli ${args.join(" ")}`).toBe(0);
  } finally {
    write.mockRestore();
    process.env.DATABASE_URL = previous;
  }
  return JSON.parse(chunks.join(""));
}

/** Ids differ between databases: drop `id` and every `...Id` field, keep everything else. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "id" && !k.endsWith("Id"))
        .map(([k, v]) => [k, withoutIds(v)]),
    );
  }
  return value;
}

describe.each(["kent", "medway", "knowsley", "harrow", "halton"])("the area file of %s", (slug) => {
  it("imports into an empty database, once, and re-exports to the same file with the same duties and calendar", async () => {
    const text = serializeAreaFile(await exportArea({ db: source.db, viewer: null }, slug));
    const target = await createTestDatabase();
    try {
      const first = await importAreaFile({ db: target.db, viewer: null }, JSON.parse(text));
      expect(first).toMatchObject({ area: slug, updated: 0, unchanged: 0, written: true });
      expect(first.created).toBeGreaterThan(50);

      const second = await importAreaFile({ db: target.db, viewer: null }, JSON.parse(text));
      expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created, changes: [] });

      expect(serializeAreaFile(await exportArea({ db: target.db, viewer: null }, slug))).toBe(text);

      for (const args of [
        ["obligations", "--area", slug, "--json"],
        ["calendar", "--area", slug, "--fy", "2026", "--json"],
      ]) {
        const [before, after] = [await cliJson(source.url, ...args), await cliJson(target.url, ...args)];
        expect(Array.isArray(after) && after.length > 0, args.join(" ")).toBe(true);
        expect(withoutIds(after), args.join(" ")).toEqual(withoutIds(before));
      }
    } finally {
      await target.drop();
    }
  });
});

describe("importing into the database the file came from", () => {
  it("changes nothing: every row matches on its natural key", async () => {
    for (const slug of ["kent", "medway"]) {
      const file = await exportArea({ db: source.db, viewer: null }, slug);
      const result = await importAreaFile({ db: source.db, viewer: null }, file);
      expect(result, slug).toMatchObject({ created: 0, updated: 0, changes: [] });
    }
  });
});
