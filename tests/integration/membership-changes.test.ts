import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { addMembership } from "@/server/features/membership/add-membership";
import { changeCapacity } from "@/server/features/membership/change-capacity";
import { endMembership } from "@/server/features/membership/end-membership";
import { recordPostHolder } from "@/server/features/membership/record-post-holder";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { makePerson } from "../factories";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
let chwb: string;
let council: string;

beforeAll(async () => {
  v.secretariat = await viewerFor(demoEmail("kent", "CHWB", "secretariat"));
  v.member = await viewerFor(demoEmail("kent", "CHWB", "member"));
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  chwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-chwb" } })).id;
  council = (await t.db.organisation.findUniqueOrThrow({ where: { slug: "kent-kent-county-council" } })).id;
});

/** Runs a change expected to fail, and checks that nothing changed. */
async function refused(work: () => Promise<unknown>) {
  const before = {
    m: await t.db.membership.findMany({ orderBy: { id: "asc" } }),
    h: await t.db.postHolding.findMany({ orderBy: { id: "asc" } }),
    a: await t.db.auditEntry.count(),
  };
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect({
    m: await t.db.membership.findMany({ orderBy: { id: "asc" } }),
    h: await t.db.postHolding.findMany({ orderBy: { id: "asc" } }),
    a: await t.db.auditEntry.count(),
  }).toEqual(before);
  return error as AppError;
}

describe(`membership changes on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("add a member, audited; refuse an overlapping term, an end before the start, and a member of the board", async () => {
    const person = await makePerson(t.db, { slug: "kent-test-newcomer", name: "Newton Testcase" });
    const added = await addMembership(
      { db: t.db, viewer: v.secretariat! },
      { boardId: chwb, personId: person.id, capacity: "member", organisationId: council, startsOn: "2026-12-01" },
    );
    expect(await t.db.auditEntry.count({ where: { entityId: added.id, action: "membership.add" } })).toBe(1);

    const overlap = await refused(() =>
      addMembership(
        { db: t.db, viewer: v.secretariat! },
        { boardId: chwb, personId: person.id, capacity: "vice-chair", organisationId: council, startsOn: "2027-01-01" },
      ),
    );
    expect(overlap.fieldErrors.startsOn?.[0]).toMatch(
      /^They already sit on this board from 1 December 2026: end that membership first/,
    );
    const backwards = await refused(() =>
      addMembership(
        { db: t.db, viewer: v.secretariat! },
        {
          boardId: chwb,
          personId: person.id,
          capacity: "member",
          organisationId: council,
          startsOn: "2025-01-01",
          endsOn: "2024-12-31",
        },
      ),
    );
    expect(backwards.fieldErrors.endsOn).toEqual(["The end date must be on or after the start date"]);
    const byMember = await refused(() =>
      addMembership(
        { db: t.db, viewer: v.member! },
        { boardId: chwb, personId: person.id, capacity: "member", organisationId: council, startsOn: "2030-01-01" },
      ),
    );
    expect(byMember.code).toBe("FORBIDDEN");
  });

  it("end the membership that satisfies Kent 3.5, turning the rule 'not met'; a stale form is refused", async () => {
    const chair = await t.db.membership.findFirstOrThrow({
      where: { board: { slug: "kent-kscb" }, capacity: "chair", endsOn: null },
    });
    const seat = await t.db.membership.findFirstOrThrow({
      where: { personId: chair.personId, boardId: chwb, endsOn: null },
    });
    const early = await refused(() =>
      endMembership(
        { db: t.db, viewer: v.secretariat! },
        { membershipId: seat.id, endsOn: "1999-12-31", version: seat.version },
      ),
    );
    expect(early.fieldErrors.endsOn?.[0]).toMatch(
      /^(Enter a date between 1990 and 2099|The end date must be on or after the start)/,
    );
    await endMembership(
      { db: t.db, viewer: v.secretariat! },
      { membershipId: seat.id, endsOn: "2026-11-01", version: seat.version },
    );
    const [rule] = await checkMembershipRules({ db: t.db, viewer: null }, "kent", new Date("2026-11-23T12:00:00Z"));
    expect(rule).toMatchObject({ clause: "3.5", status: "not-met" });
    const stale = await refused(() =>
      endMembership(
        { db: t.db, viewer: v.secretariat! },
        { membershipId: seat.id, endsOn: "2026-10-01", version: seat.version },
      ),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("change capacity from a date, keeping the earlier term", async () => {
    const seat = await t.db.membership.findFirstOrThrow({
      where: { boardId: chwb, capacity: "member", endsOn: null, person: { slug: { not: "kent-test-newcomer" } } },
    });
    const next = await changeCapacity(
      { db: t.db, viewer: v.secretariat! },
      { membershipId: seat.id, capacity: "vice-chair", from: "2026-12-15", version: seat.version },
    );
    expect(await t.db.membership.findUniqueOrThrow({ where: { id: seat.id } })).toMatchObject({
      endsOn: "2026-12-14",
      capacity: "member",
    });
    expect(next).toMatchObject({
      capacity: "vice-chair",
      startsOn: "2026-12-15",
      endsOn: null,
      personId: seat.personId,
    });
    const same = await refused(() =>
      changeCapacity(
        { db: t.db, viewer: v.secretariat! },
        { membershipId: next.id, capacity: "vice-chair", from: "2027-01-01", version: next.version },
      ),
    );
    expect(same.fieldErrors.capacity).toEqual(["Choose a different capacity from the current one"]);
  });

  it("record a new post holder, ending the previous holder's term; area posts need an administrator", async () => {
    const dcs = await t.db.post.findFirstOrThrow({ where: { key: "DCS", area: { slug: "kent" } } });
    const person = await makePerson(t.db, { slug: "kent-test-new-dcs", name: "Dora Placeholderson" });
    const denied = await refused(() =>
      recordPostHolder(
        { db: t.db, viewer: v.secretariat! },
        { postId: dcs.id, personId: person.id, from: "2027-01-01" },
      ),
    );
    expect(denied.code).toBe("FORBIDDEN");
    await recordPostHolder({ db: t.db, viewer: v.admin! }, { postId: dcs.id, personId: person.id, from: "2027-01-01" });
    const holdings = await t.db.postHolding.findMany({ where: { postId: dcs.id }, orderBy: { startsOn: "asc" } });
    expect(holdings.map((h) => [h.personId === person.id, h.endsOn])).toEqual([
      [false, "2026-12-31"],
      [true, null],
    ]);
  });
});
