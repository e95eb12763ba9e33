import { beforeAll, describe, expect, it } from "vitest";
import { raiseChallenge } from "@/server/features/challenges/raise-challenge";
import { escalateChallenge } from "@/server/features/challenges/transition-challenge";
import { getChallenge } from "@/server/features/challenges/get-challenge";
import { chairDashboard } from "@/server/features/dashboard/chair-dashboard";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

/** Timed resolution routes (decision 019): due dates on raising and escalating, in the area's working days. */
const t = withTestDatabase({ seeded: true });
let chair: Viewer;
let hhwb: string;
let hct: string;
let protocolId: string;

beforeAll(async () => {
  chair = (await loadViewer(
    t.db,
    (await t.db.user.findUniqueOrThrow({ where: { email: demoEmail("halton", "HHWB", "chair") } })).id,
  ))!;
  hhwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hhwb" } })).id;
  hct = (await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hct" } })).id;
  const route = {
    steps: [{ step: "Director of Public Health", within: { amount: 1, unit: "months" } }, "Chief Executive"],
  };
  protocolId = (
    await t.db.protocol.create({
      data: {
        key: "timed-route-test",
        title: "Timed route",
        version: "1",
        status: "agreed",
        approvedOn: "2026-01-01",
        resolutionRoute: JSON.stringify(route),
        parties: { create: [{ boardId: hhwb }, { boardId: hct }] },
      },
    })
  ).id;
});

const raise = (now: Date) =>
  raiseChallenge(
    { db: t.db, viewer: chair, now },
    { fromBoardId: hhwb, toBoardId: hct, protocolId, subject: "Timed", detail: "Account for it" },
  );

describe("timed resolution routes on a real database", () => {
  it("if the matter is not settled within 20 working days it passes to the Director of Public Health, who has a further calendar month to respond", async () => {
    const created = await raise(new Date("2026-12-07T10:00:00Z"));
    expect(created.responseDueOn).toBe("2027-01-07"); // past Christmas, Boxing Day (28th) and New Year
    const raised = await t.db.challengeEvent.findFirstOrThrow({ where: { challengeId: created.id, action: "raised" } });
    expect(raised.dueOn).toBe("2027-01-07");

    const first = await escalateChallenge(
      { db: t.db, viewer: chair, now: new Date("2027-01-08T10:00:00Z") },
      { challengeId: created.id, version: 1, text: "Not settled in 20 working days" },
    );
    expect(first).toMatchObject({ step: "Director of Public Health", dueOn: "2027-02-08" });
    const after = await t.db.challenge.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.responseDueOn).toBe("2027-02-08");
    const events = await t.db.challengeEvent.findMany({
      where: { challengeId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.dueOn])).toEqual([
      ["raised", "2027-01-07"],
      ["escalated", "2027-02-08"],
    ]);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { entityId: created.id, action: "challenge.escalate" },
    });
    expect(JSON.parse(String(audit.after))).toMatchObject({ stepDueOn: "2027-02-08", responseDueOn: "2027-02-08" });

    // The page: overdue after the step's date; the chairs' date stays readable from the raise event.
    const page = await getChallenge(
      { db: t.db, viewer: chair },
      "halton",
      created.id,
      new Date("2027-02-09T10:00:00Z"),
    );
    expect(page.challenge.overdue).toBe(true);
    expect(page.challenge.routeSteps.map((s) => [s.name, s.reachedOn, s.dueOn, s.escalatedOn])).toEqual([
      ["Between the chairs", "2026-12-07", "2027-01-07", "2027-01-08"],
      ["Director of Public Health", "2027-01-08", "2027-02-08", null],
      ["Chief Executive", null, null, null],
    ]);

    // The Chief Executive has no time limit: no due date, never overdue.
    const second = await escalateChallenge(
      { db: t.db, viewer: chair, now: new Date("2027-02-10T10:00:00Z") },
      { challengeId: created.id, version: 2, text: "Still not settled" },
    );
    expect(second.dueOn).toBeNull();
    const last = await getChallenge(
      { db: t.db, viewer: chair },
      "halton",
      created.id,
      new Date("2027-06-01T10:00:00Z"),
    );
    expect(last.challenge.currentDueOn).toBeNull();
    expect(last.challenge.overdue).toBe(false);
    // The chair's dashboard says so too, rather than the Director's date that no longer applies.
    const dashboard = await chairDashboard(
      { db: t.db, viewer: chair, now: new Date("2027-06-01T10:00:00Z") },
      { boardId: hhwb },
    );
    expect(dashboard.challenges.find((c) => c.id === created.id)?.responseDueOn).toBeNull();
  });

  it("counts in the area's nation: a Scottish area keeps 2 January as a holiday", async () => {
    await t.db.area.update({ where: { slug: "halton" }, data: { nation: "scotland" } });
    try {
      const created = await raise(new Date("2026-12-07T10:00:00Z"));
      expect(created.responseDueOn).toBe("2027-01-08");
    } finally {
      await t.db.area.update({ where: { slug: "halton" }, data: { nation: "england-and-wales" } });
    }
  });
});
