import { describe, expect, it } from "vitest";
import { loadAreaSeeds } from "../../src/seed-data/index";
import { seedAll } from "../factories/seed";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase();

async function counts() {
  const { db } = t;
  return {
    areas: await db.area.count(),
    boards: await db.board.count(),
    boardAreas: await db.boardArea.count(),
    people: await db.person.count(),
    memberships: await db.membership.count(),
    meetings: await db.meeting.count(),
    protocols: await db.protocol.count(),
    clauses: await db.clause.count(),
    obligations: await db.obligation.count(),
    parties: await db.obligationParty.count(),
    rules: await db.membershipRule.count(),
    users: await db.user.count(),
    roles: await db.roleAssignment.count(),
    audit: await db.auditEntry.count(),
  };
}

describe(`seed on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  const seeds = loadAreaSeeds();

  it("loads all five protocols with every duty, clause and meeting", async () => {
    const first = await seedAll(t.db);
    expect(first.areas.map((a) => a.area)).toEqual(["kent", "medway", "knowsley", "harrow", "halton"]);
    const c = await counts();
    expect(c.areas).toBe(5);
    expect(c.protocols).toBe(5);
    expect(c.boards).toBe(seeds.reduce((n, s) => n + s.boards.length, 0));
    // The Kent and Medway SAB belongs to both areas: one board, two area links.
    expect(c.boardAreas).toBe(c.boards + 1);
    expect(c.clauses).toBe(seeds.reduce((n, s) => n + s.protocol.clauses.length, 0));
    expect(c.obligations).toBe(
      seeds.reduce((n, s) => n + s.protocol.obligations.length + s.protocol.membershipRules.length, 0),
    );
    expect(c.rules).toBe(seeds.reduce((n, s) => n + s.protocol.membershipRules.length, 0));
    expect(c.meetings).toBe(seeds.reduce((n, s) => n + s.meetings.length, 0));
    // One administrator, and a secretariat user, a chair and a member for every board.
    expect(c.users).toBe(1 + 3 * c.boards);
    expect(first.users.created).toBe(c.users);
  });

  it("keys boards within their area: Kent's KSCB and Knowsley's KSCB are different boards", async () => {
    const kscbs = await t.db.boardArea.findMany({ where: { key: "KSCB" }, include: { area: true, board: true } });
    expect(kscbs.map((k) => `${k.area.slug}: ${k.board.name}`).sort()).toEqual([
      "kent: Kent Safeguarding Children Board",
      "knowsley: Knowsley Safeguarding Children Board",
    ]);
  });

  it("keeps each clause reference exactly as printed", async () => {
    const refs = (await t.db.clause.findMany({ select: { ref: true } })).map((c) => c.ref);
    expect(refs).toEqual(expect.arrayContaining(["3.6", "5.1(c)", "8.2", "36", "App. 1 2.1(a)"]));
  });

  it("changes nothing when run a second time", async () => {
    const before = await counts();
    const second = await seedAll(t.db);
    for (const part of [second.reference, second.users, ...second.areas.map((a) => a.stats)]) {
      expect(part).toMatchObject({ created: 0, updated: 0, retired: 0 });
    }
    expect(await counts()).toEqual(before);
  });

  it("writes an audit entry for each area it changed, and none when nothing changed", async () => {
    const entries = await t.db.auditEntry.findMany({ where: { action: "seed.import-area" } });
    expect(entries).toHaveLength(5);
    expect(entries.every((e) => e.actorLabel === "seed")).toBe(true);
  });

  it("stores each protocol's resolution route as JSON, and restores a changed one once", async () => {
    const routes = Object.fromEntries(
      (await t.db.protocol.findMany({ select: { key: true, resolutionRoute: true } })).map((p) => [
        p.key,
        p.resolutionRoute === null ? null : (JSON.parse(p.resolutionRoute) as string[]),
      ]),
    );
    expect(routes["halton-hct-hscb-hhwb"]).toEqual(["Strategic Director, Children & Enterprise", "Chief Executive"]);
    expect(routes["kent-hwb-chwb-kscb"]).toHaveLength(1);
    expect(routes["knowsley-hwb-kscb"]).toHaveLength(1);
    expect(routes["medway-hwb-mscb-kmsab-can"]).toBeNull();
    expect(routes["harrow-hwbb-lscb"]).toBeNull();

    // A database seeded before routes existed gets Halton's on the next run, and nothing after that.
    await t.db.protocol.updateMany({ where: { key: "halton-hct-hscb-hhwb" }, data: { resolutionRoute: null } });
    const audits = await t.db.auditEntry.count();
    const repair = await seedAll(t.db);
    expect(repair.areas.find((a) => a.area === "halton")?.stats).toMatchObject({ created: 0, updated: 1 });
    expect(await t.db.auditEntry.count()).toBe(audits + 1);
    const again = await seedAll(t.db);
    for (const part of again.areas.map((a) => a.stats))
      expect(part).toMatchObject({ created: 0, updated: 0, retired: 0 });
    expect(await t.db.auditEntry.count()).toBe(audits + 1);
  });
});
