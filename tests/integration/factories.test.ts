import { beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/server/auth/authenticate-user";
import { loadViewer } from "@/server/authz/load-viewer";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import {
  TEST_PASSWORD,
  makeAuditEntry,
  makeCalendarItem,
  makeChallenge,
  makeClause,
  makeEvidence,
  makeLogEntry,
  makeMeeting,
  makeMembership,
  makeObligation,
  makePerson,
  makePost,
  makeProtocol,
  makeUser,
  roleScopeKey,
} from "../factories";
import { withTestDatabase } from "./support/test-db";

/** The factories themselves: each makes a valid row from its required references alone, a new one per call. */
const t = withTestDatabase({ seeded: true });
let hwb: string;
let kscb: string;

beforeAll(async () => {
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "knowsley-hwb" } })).id;
  kscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "knowsley-kscb" } })).id;
  // Reporting cycles come from generating a calendar (an item needs one): this year's, for KSCB.
  await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [kscb], 2026));
});

describe(`test factories on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("make people, members and posts with unique keys, and keep the fields a test gives", async () => {
    const [a, b] = [await makePerson(t.db), await makePerson(t.db)];
    expect(a.slug).not.toBe(b.slug);
    expect(await makePerson(t.db, { slug: "given-slug", name: "Given Name" })).toMatchObject({
      slug: "given-slug",
      name: "Given Name",
    });

    const member = await makeMembership(t.db, { boardId: hwb });
    expect(member).toMatchObject({ boardId: hwb, capacity: "member", endsOn: null, version: 1 });
    expect(await makeMembership(t.db, { boardId: hwb, personId: a.id, capacity: "chair" })).toMatchObject({
      personId: a.id,
      capacity: "chair",
    });

    const boardPost = await makePost(t.db, { boardId: hwb });
    const knowsley = await t.db.area.findUniqueOrThrow({ where: { slug: "knowsley" } });
    expect(boardPost).toMatchObject({ boardId: hwb, areaId: knowsley.id });
    expect((await makePost(t.db, { areaId: knowsley.id })).key).not.toBe(boardPost.key);
  });

  it("make a user who signs in with the test password and holds the role given, on the board given", async () => {
    const user = await makeUser(t.db, { role: "secretariat", boardId: kscb });
    const viewer = (await loadViewer(t.db, user.id))!;
    expect(viewer.grants).toEqual([expect.objectContaining({ role: "secretariat", boardId: kscb })]);
    expect(await t.db.roleAssignment.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      scopeKey: roleScopeKey("secretariat", kscb),
    });
    const signIn = await authenticateUser(
      {
        db: t.db,
        now: new Date("2026-11-23T09:00:00Z"),
        policy: { maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, lockoutMinutes: 15 },
      },
      { email: user.email, password: TEST_PASSWORD, address: null },
    );
    expect(signIn).toMatchObject({ ok: true });
    const admin = await makeUser(t.db, { role: "administrator" });
    expect(await t.db.roleAssignment.findFirstOrThrow({ where: { userId: admin.id } })).toMatchObject({
      boardId: null,
      scopeKey: "administrator:global",
    });
    expect((await makeUser(t.db)).email).not.toBe(admin.email);
  });

  it("make a protocol with a clause and a duty, an item of it, a meeting, a log entry with evidence, and a challenge", async () => {
    const protocol = await makeProtocol(t.db, { parties: [hwb, kscb] });
    expect(protocol).toMatchObject({ status: "agreed", approvedOn: "2026-01-01" });
    expect(protocol.parties.map((p) => p.boardId).sort()).toEqual([hwb, kscb].sort());
    expect(protocol.clauses.map((c) => c.ref)).toEqual(["1"]);
    const draft = await makeProtocol(t.db, { parties: [hwb], status: "draft", clauses: [] });
    expect(draft).toMatchObject({ approvedOn: null, clauses: [] });
    const clause = await makeClause(t.db, { protocolId: draft.id });

    const duty = await makeObligation(t.db, { protocolId: protocol.id, from: [kscb], to: [hwb] });
    expect(duty).toMatchObject({
      clauseId: protocol.clauses[0]!.id,
      frequency: "annual",
      windowFromMonth: 9,
      windowToMonth: 12,
    });
    const parties = await t.db.obligationParty.findMany({ where: { obligationId: duty.id }, orderBy: { role: "asc" } });
    expect(parties.map((p) => [p.role, p.position, p.boardId])).toEqual([
      ["from", 0, kscb],
      ["to", 0, hwb],
    ]);
    const quarterly = await makeObligation(t.db, { protocolId: draft.id, clauseId: clause.id, frequency: "quarterly" });
    expect(quarterly).toMatchObject({ windowFromMonth: null, windowToMonth: null });
    expect(quarterly.key).not.toBe(duty.key);

    const cycle = await t.db.reportingCycle.findUniqueOrThrow({
      where: { boardId_startsOn: { boardId: kscb, startsOn: "2026-04-01" } },
    });
    const item = await makeCalendarItem(t.db, { obligationId: duty.id, cycleId: cycle.id });
    expect(item).toMatchObject({ status: "planned", dueOn: "2026-12-31", version: 1 });

    const [m1, m2] = [await makeMeeting(t.db, { boardId: kscb }), await makeMeeting(t.db, { boardId: kscb })];
    expect(`${m1.date} ${m1.startTime}`).not.toBe(`${m2.date} ${m2.startTime}`);

    const actor = await makeUser(t.db);
    const entry = await makeLogEntry(t.db, { itemId: item.id, actorId: actor.id });
    expect(entry).toMatchObject({ action: "note", itemId: item.id });
    const link = await makeEvidence(t.db, { logEntryId: entry.id });
    expect(link.kind).toBe("link");
    expect(link.url).toMatch(/^https:\/\//);
    expect(await makeEvidence(t.db, { logEntryId: entry.id, kind: "file" })).toMatchObject({
      kind: "file",
      url: null,
      contentType: "application/pdf",
    });

    const challenge = await makeChallenge(t.db, {
      fromBoardId: hwb,
      toBoardId: kscb,
      protocolId: protocol.id,
      raisedById: actor.id,
    });
    expect(challenge).toMatchObject({ status: "open", escalationLevel: 0 });
    expect((await makeAuditEntry(t.db)).entityId).not.toBe((await makeAuditEntry(t.db)).entityId);
  });
});
