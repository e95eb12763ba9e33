import { describe, expect, it, vi } from "vitest";
import { runCli } from "@/cli/main";
import type { AreaFile } from "@/lib/schemas/area-file";
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
    // The demo has none of what the administration added, so its files read as before those fields existed.
    expect(text).not.toMatch(/"(contact|archivedOn|series|cancelledOn|cancelReason)":/);
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

describe("what the administration added (issue 10)", () => {
  it("a board's contact and archiving, and a meeting's series and cancellation, survive a round trip", async () => {
    const copy = await createTestDatabase({ seeded: true });
    const target = await createTestDatabase();
    try {
      const db = copy.db;
      const [home] = await db.board.findMany({
        where: { areas: { some: { home: true, area: { slug: "harrow" } } }, meetings: { some: {} } },
        orderBy: { slug: "asc" },
      });
      // 23:30 GMT on 30 June is 1 July in London (BST): the file holds London days.
      await db.board.update({
        where: { id: home!.id },
        data: { contact: "Board manager, 020 8863 5611", archivedAt: new Date("2026-06-30T23:30:00Z") },
      });
      const meetings = await db.meeting.findMany({ where: { boardId: home!.id }, orderBy: [{ date: "asc" }] });
      expect(meetings.length).toBeGreaterThanOrEqual(4);
      const [a, b, c, d] = meetings as [
        (typeof meetings)[0],
        (typeof meetings)[0],
        (typeof meetings)[0],
        (typeof meetings)[0],
      ];
      // One series named by its first meeting; one whose first meeting is gone (named by its earliest).
      await db.meeting.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { seriesId: a.id } });
      await db.meeting.updateMany({ where: { id: { in: [c.id, d.id] } }, data: { seriesId: "gone" } });
      await db.meeting.update({
        where: { id: b.id },
        data: { cancelledAt: new Date("2026-03-02T10:00:00Z"), cancelReason: "Not quorate" },
      });

      const text = serializeAreaFile(await exportArea({ db, viewer: null }, "harrow"));
      const file = JSON.parse(text) as AreaFile;
      expect(file.boards.find((x) => x.slug === home!.slug)).toMatchObject({
        contact: "Board manager, 020 8863 5611",
        archivedOn: "2026-07-01",
      });
      const at = (m: { date: string; startTime: string }) => `${m.date}T${m.startTime}`;
      const inFile = (m: { date: string; startTime: string }) =>
        file.meetings.find((x) => x.board === home!.slug && at(x) === at(m));
      expect(inFile(a)).toMatchObject({ series: at(a) });
      expect(inFile(a)).not.toHaveProperty("cancelledOn");
      expect(inFile(b)).toMatchObject({ series: at(a), cancelledOn: "2026-03-02", cancelReason: "Not quorate" });
      expect([inFile(c)?.series, inFile(d)?.series]).toEqual([at(c), at(c)]);

      const first = await importAreaFile({ db: target.db, viewer: null }, JSON.parse(text));
      expect(first).toMatchObject({ updated: 0, unchanged: 0 });
      const second = await importAreaFile({ db: target.db, viewer: null }, JSON.parse(text));
      expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created, changes: [] });
      expect(serializeAreaFile(await exportArea({ db: target.db, viewer: null }, "harrow"))).toBe(text);

      const board = await target.db.board.findUniqueOrThrow({ where: { slug: home!.slug } });
      expect(board.archivedAt).toEqual(new Date("2026-06-30T23:00:00Z"));
      const imported = await target.db.meeting.findMany({ where: { boardId: board.id } });
      const row = (m: { date: string; startTime: string }) => imported.find((x) => at(x) === at(m))!;
      expect([row(a).seriesId, row(b).seriesId]).toEqual([row(a).id, row(a).id]);
      expect([row(c).seriesId, row(d).seriesId]).toEqual([row(c).id, row(c).id]);
      expect(row(b)).toMatchObject({ cancelledAt: new Date("2026-03-02T00:00:00Z"), cancelReason: "Not quorate" });

      // What the import created belongs to the imported area, so that its administrators can edit it.
      const harrow = await target.db.area.findUniqueOrThrow({ where: { slug: "harrow" } });
      expect(await target.db.person.count({ where: { areaId: { not: harrow.id } } })).toBe(0);
      expect(await target.db.organisation.count({ where: { areaId: { not: harrow.id } } })).toBe(0);
      expect(await target.db.person.count()).toBe(file.people.length);
    } finally {
      await Promise.all([copy.drop(), target.drop()]);
    }
  });
});

describe("an area's bank holidays (decision 019)", () => {
  it("carries a nation other than England and Wales, reads a file without one as England and Wales, and refuses a wrong one at its field", async () => {
    const copy = await createTestDatabase({ seeded: true });
    const target = await createTestDatabase();
    try {
      await copy.db.area.update({ where: { slug: "kent" }, data: { nation: "scotland" } });
      const text = serializeAreaFile(await exportArea({ db: copy.db, viewer: null }, "kent"));
      const file = JSON.parse(text) as AreaFile;
      expect(file.area).toEqual({ slug: "kent", name: "Kent", nation: "scotland" });
      // Medway, the shared board's home, keeps the default: left out.
      expect(file.otherAreas.find((a) => a.slug === "medway")).toEqual({ slug: "medway", name: "Medway" });

      await importAreaFile({ db: target.db, viewer: null }, JSON.parse(text));
      expect((await target.db.area.findUniqueOrThrow({ where: { slug: "kent" } })).nation).toBe("scotland");
      expect((await target.db.area.findUniqueOrThrow({ where: { slug: "medway" } })).nation).toBe("england-and-wales");
      expect(serializeAreaFile(await exportArea({ db: target.db, viewer: null }, "kent"))).toBe(text);

      // The same file without the nation: England and Wales again, noted as an update of the area.
      const { nation: _, ...area } = file.area;
      const again = await importAreaFile({ db: target.db, viewer: null }, { ...file, area });
      expect(again.changes).toEqual([expect.objectContaining({ change: "update", entity: "Area", key: "kent" })]);
      expect(JSON.stringify(again.changes)).toContain("nation");
      expect((await target.db.area.findUniqueOrThrow({ where: { slug: "kent" } })).nation).toBe("england-and-wales");

      const before = await target.db.area.findUniqueOrThrow({ where: { slug: "kent" } });
      const refused = await importAreaFile(
        { db: target.db, viewer: null },
        { ...file, area: { ...area, nation: "wales" } },
      ).then(
        () => null,
        (e: unknown) => e as { fieldErrors?: Record<string, string[]> },
      );
      expect(JSON.stringify(refused?.fieldErrors)).toMatch(
        /area\.nation.*must be one of england-and-wales, scotland, northern-ireland/,
      );
      expect(await target.db.area.findUniqueOrThrow({ where: { slug: "kent" } })).toEqual(before);
    } finally {
      await Promise.all([copy.drop(), target.drop()]);
    }
  });
});
