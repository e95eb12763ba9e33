/**
 * Every mutating server action (and mutating route handler), one row each, for the cross-cutting
 * tests of issue 4: the permission matrix, the bad-input property test and the audit-trail test.
 *
 * Adding an action? Add a row here (the guard in permission-matrix.test.ts fails until you do):
 * - `name`/`file`: the exported action and its actions.ts (or route.ts) path;
 * - `permission`: what it needs on the target's board (ROLE_PERMISSIONS), or a `rule` when it is
 *   not a plain permission check (only a party's chair signs; a user's own feed secret);
 * - `setup(db, { boardId, avoid, viewer })`: a FRESH target on that board (each matrix case calls
 *   it), not concerning any board in `avoid` (so "another board of the area" is really out of scope);
 * - `valid(target)`: a raw input that succeeds for an allowed user;
 * - `run(ctx, raw)`: the service the action calls (actions are thin: session, then this);
 * - `fields`: each input field's kind, from which the property test builds bad values;
 * - `audit(target)`: the one audit entry a success writes.
 */
import type { Permission } from "@/domain/permissions";
import { cycleLabel } from "@/lib/dates";
import type { Role } from "@/lib/schemas/vocabulary";
import type { Db } from "@/server/database";
import { addItemNote } from "@/server/services/add-item-note";
import { addMeeting } from "@/server/services/add-meeting";
import { changeFeedToken, renewFeedToken } from "@/server/services/calendar-feeds";
import { addMembership, changeCapacity, endMembership } from "@/server/services/change-membership";
import { confirmCalendarGeneration } from "@/server/services/confirm-calendar-generation";
import { saveRule } from "@/server/services/edit-rule";
import { planCalendar } from "@/server/services/generate-calendar";
import type { Viewer } from "@/server/services/load-viewer";
import { createProtocolVersion, signOffProtocol } from "@/server/services/protocol-versions";
import { itemBoards, scheduleItem } from "@/server/services/schedule-item";

export type Ctx = { db: Db; viewer: Viewer; now?: Date };
/** What setup found or made: the board it is on, plus the ids and values the inputs need. */
export type Target = { boardId: string } & Record<string, string | number>;

/** Kinds of input field; the property test knows the bad values of each (bad-values.ts). */
export type FieldKind =
  | "id" // a required reference: unknown ids, wrong types, empty, huge
  | "optional-id" // an optional reference: present but unknown or malformed
  | "date" // a required civil date: impossible, out of range, malformed
  | "time" // HH:mm
  | "version" // an optimistic-lock version (coerced from a form string)
  | "fy" // a financial year's start (coerced)
  | "fingerprint" // a generation preview's fingerprint
  | "capacity"
  | "intent"
  | "rule-kind"
  | "modality"
  | { text: { min: number; max: number } } // required text
  | { optionalText: { max: number } } // optional text: too long or the wrong type
  | "parties" // at least one { type, id }
  | "optional-parties" // any number of { type, id }
  | "cadence";

/**
 * Who may do it. `permission`: allowed to an administrator everywhere, and to a role whose
 * ROLE_PERMISSIONS include it on a board in its scope. `rule`: not a plain permission; `allows`
 * says who may, and `why` says where the rule comes from.
 */
export type Access = { permission: Permission } | { rule: { why: string; allows: (role: Role | "none", inScope: boolean) => boolean } };

/** Where setup makes its target: on a board, concerning none of `avoid`, for the viewer who will act. */
export interface SetupOn {
  boardId: string;
  avoid: readonly string[];
  viewer: Viewer;
}

export interface Mutation {
  name: string;
  file: string;
  /** Distinguishes rows of one action that does two things (renew and revoke). */
  variant?: string;
  access: Access;
  /** Who performs the property and audit tests' valid runs when an administrator may not (sign-off). */
  actor?: "administrator" | "chair";
  setup: (db: Db, on: SetupOn) => Promise<Target>;
  valid: (target: Target) => Record<string, unknown>;
  run: (ctx: Ctx, raw: unknown) => Promise<unknown>;
  fields: Record<string, FieldKind>;
  /** Values wrong for this target although they exist: another area's meeting, a non-party board. */
  foreign?: (db: Db, target: Target) => Promise<Record<string, string[]>>;
  audit: (target: Target) => { action: string; entityType: string; entityId?: string };
}

let counter = 0;
/** Unique per process: fresh slugs, meeting times and years, so every setup makes a new target. */
export const next = () => ++counter;

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const timeOf = (n: number) => `${String(Math.floor(n / 60) % 24).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;

/** Another board sharing an area with this one (the second party of a fresh protocol). */
export async function partnerOf(db: Db, boardId: string) {
  const areas = await db.boardArea.findMany({ where: { boardId } });
  const other = await db.boardArea.findFirst({ where: { areaId: { in: areas.map((a) => a.areaId) }, boardId: { not: boardId } }, orderBy: { key: "asc" } });
  if (!other) throw new Error(`No other board shares an area with ${boardId}`);
  return other.boardId;
}

async function freshPerson(db: Db) {
  const n = next();
  return db.person.create({ data: { slug: `matrix-person-${process.pid}-${n}`, name: `Testperson Number${n}` } });
}

async function freshMembership(db: Db, boardId: string) {
  const person = await freshPerson(db);
  const organisation = await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
  return db.membership.create({ data: { personId: person.id, boardId, organisationId: organisation.id, capacity: "member", startsOn: "2026-01-01" } });
}

/** A new protocol between the board and a partner of its area, with one clause. */
async function freshProtocol(db: Db, boardId: string, status: "agreed" | "draft") {
  const n = next();
  const partner = await partnerOf(db, boardId);
  const protocol = await db.protocol.create({
    data: {
      key: `matrix-${process.pid}-${n}`,
      title: `Test protocol ${n}`,
      version: "1",
      status,
      approvedOn: status === "agreed" ? "2026-01-01" : null,
      parties: { create: [{ boardId }, { boardId: partner }] },
      clauses: { create: [{ ref: "1", text: "The boards will report to each other annually.", position: 0 }] },
    },
    include: { clauses: true },
  });
  return { protocolId: protocol.id, clauseId: protocol.clauses[0]!.id, partnerId: partner };
}

/**
 * A current, unretired item that concerns the board and none of `avoid` (so that for the board of
 * another area, or another board of the same area, the home board's users are really out of scope).
 */
async function itemConcerning(db: Db, boardId: string, avoid: readonly string[]) {
  const candidates = await db.calendarItem.findMany({
    where: { retiredAt: null, OR: [{ recipientBoardId: boardId }, { cycle: { boardId } }, { obligation: { parties: { some: { boardId } } } }] },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true },
  });
  for (const c of candidates) {
    const found = await itemBoards(db, c.id);
    if (found.boards.includes(boardId) && !found.boards.some((b) => avoid.includes(b)) && found.presentingBoards.length > 0) return found;
  }
  throw new Error(`No current item concerns board ${boardId} without also concerning ${avoid.join(", ")}: generate the calendar first`);
}

/** A fresh financial year per setup, so a confirmed generation always has something to write. */
let year = 2029;
async function freshPlan(db: Db, boardId: string) {
  const fy = ++year;
  if (fy > 2098) throw new Error("Out of fresh financial years: use fewer generation setups per database");
  const plan = await planCalendar(db, [boardId], fy);
  return { fy, fingerprint: plan.fingerprint };
}

const generation = (name: string, file: string, mode: "board" | "area"): Mutation => ({
  name,
  file,
  access: { permission: "calendar:generate" },
  setup: async (db, { boardId }) => ({ boardId, ...(await freshPlan(db, boardId)) }),
  valid: (t) => ({ boardId: t.boardId, fy: t.fy, fingerprint: t.fingerprint }),
  run: (ctx, raw) => confirmCalendarGeneration(ctx, raw, mode),
  fields: { boardId: "id", fy: "fy", fingerprint: "fingerprint" },
  // The right fingerprint for another area's board is the wrong one for this board.
  foreign: async (db) => ({ boardId: [(await db.board.findFirstOrThrow({ where: { slug: "kent-chwb" } })).id] }),
  audit: (t) => ({ action: "calendar.generate", entityType: "ReportingCycle", entityId: `FY${cycleLabel(Number(t.fy))}` }),
});

const ownAccount = { why: "a user's own calendar-feed secret touches no board: any signed-in user may renew or revoke theirs", allows: () => true };

export const MUTATIONS: Mutation[] = [
  {
    name: "addMeetingAction",
    file: "src/app/areas/[area]/boards/[board]/actions.ts",
    access: { permission: "meeting:manage" },
    setup: (_db, { boardId }) => Promise.resolve({ boardId, date: addDays("2027-01-01", next()) }),
    valid: (t) => ({ boardId: t.boardId, date: t.date, startTime: "14:00", location: "Council chamber" }),
    run: (ctx, raw) => addMeeting(ctx, raw as never),
    fields: { boardId: "id", date: "date", startTime: "time", location: { optionalText: { max: 200 } } },
    audit: () => ({ action: "meeting.create", entityType: "Meeting" }),
  },
  {
    name: "scheduleItemAction",
    file: "src/app/areas/[area]/boards/[board]/calendar/actions.ts",
    access: { permission: "item:schedule" },
    setup: async (db, { boardId, avoid }) => {
      const { item, presentingBoards } = await itemConcerning(db, boardId, avoid);
      // A new meeting of the presenting board inside the item's window, at a time nobody else uses.
      const meeting = await db.meeting.create({ data: { boardId: presentingBoards[0]!, date: item.windowStart, startTime: timeOf(next()), title: "Test meeting" } });
      const fresh = await db.calendarItem.findUniqueOrThrow({ where: { id: item.id } });
      return { boardId, itemId: item.id, meetingId: meeting.id, version: fresh.version };
    },
    valid: (t) => ({ itemId: t.itemId, meetingId: t.meetingId, version: t.version }),
    run: (ctx, raw) => scheduleItem(ctx, raw),
    fields: { itemId: "id", meetingId: "id", version: "version" },
    // A meeting that exists, but of a board of another area: never a meeting the item may use.
    foreign: async (db) => ({ meetingId: (await db.meeting.findMany({ where: { board: { slug: { startsWith: "kent-" } } }, take: 3 })).map((m) => m.id) }),
    audit: (t) => ({ action: "item.schedule", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
  generation("generateCalendarAction", "src/app/areas/[area]/boards/[board]/calendar/actions.ts", "board"),
  generation("generateBoardAction", "src/app/areas/[area]/calendar/generate/actions.ts", "area"),
  {
    name: "addMemberAction",
    file: "src/app/areas/[area]/boards/[board]/members/actions.ts",
    access: { permission: "membership:manage" },
    setup: async (db, { boardId }) => {
      const person = await freshPerson(db);
      const organisation = await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
      return { boardId, personId: person.id, organisationId: organisation.id };
    },
    valid: (t) => ({ boardId: t.boardId, personId: t.personId, capacity: "member", organisationId: t.organisationId, startsOn: "2026-12-01" }),
    run: (ctx, raw) => addMembership(ctx, raw),
    fields: { boardId: "id", personId: "id", capacity: "capacity", organisationId: "id", startsOn: "date" },
    audit: () => ({ action: "membership.add", entityType: "Membership" }),
  },
  {
    name: "endMembershipAction",
    file: "src/app/areas/[area]/boards/[board]/members/actions.ts",
    access: { permission: "membership:manage" },
    setup: async (db, { boardId }) => {
      const m = await freshMembership(db, boardId);
      return { boardId, membershipId: m.id, version: m.version };
    },
    valid: (t) => ({ membershipId: t.membershipId, endsOn: "2026-11-30", version: t.version }),
    run: (ctx, raw) => endMembership(ctx, raw),
    fields: { membershipId: "id", endsOn: "date", version: "version" },
    audit: (t) => ({ action: "membership.end", entityType: "Membership", entityId: String(t.membershipId) }),
  },
  {
    name: "changeCapacityAction",
    file: "src/app/areas/[area]/boards/[board]/members/actions.ts",
    access: { permission: "membership:manage" },
    setup: async (db, { boardId }) => {
      const m = await freshMembership(db, boardId);
      return { boardId, membershipId: m.id, version: m.version };
    },
    valid: (t) => ({ membershipId: t.membershipId, capacity: "vice-chair", from: "2026-06-01", version: t.version }),
    run: (ctx, raw) => changeCapacity(ctx, raw),
    fields: { membershipId: "id", capacity: "capacity", from: "date", version: "version" },
    // The audit entry is about the new term (the old one is closed, not changed in kind).
    audit: () => ({ action: "membership.change-capacity", entityType: "Membership" }),
  },
  {
    name: "newVersionAction",
    file: "src/app/areas/[area]/protocols/[protocol]/actions.ts",
    access: { permission: "protocol:manage" },
    setup: async (db, { boardId }) => ({ boardId, ...(await freshProtocol(db, boardId, "agreed")) }),
    valid: (t) => ({ protocolId: t.protocolId }),
    run: (ctx, raw) => createProtocolVersion(ctx, raw),
    fields: { protocolId: "id" },
    // A draft cannot be copied into a new draft.
    foreign: async (db) => ({ protocolId: (await db.protocol.findMany({ where: { status: { not: "agreed" } }, take: 3 })).map((p) => p.id) }),
    audit: () => ({ action: "protocol.new-version", entityType: "Protocol" }),
  },
  {
    name: "signOffAction",
    file: "src/app/areas/[area]/protocols/[protocol]/actions.ts",
    access: {
      rule: {
        why: "only the chair of a party board signs off for it (issue 5); an administrator or the secretariat cannot sign for a board",
        allows: (role, inScope) => role === "chair" && inScope,
      },
    },
    actor: "chair",
    setup: async (db, { boardId }) => ({ boardId, ...(await freshProtocol(db, boardId, "draft")) }),
    valid: (t) => ({ protocolId: t.protocolId, boardId: t.boardId }),
    run: (ctx, raw) => signOffProtocol(ctx, raw),
    fields: { protocolId: "id", boardId: "id" },
    // Boards that exist but are not parties to the protocol: another area's.
    foreign: async (db) => ({ boardId: (await db.board.findMany({ where: { slug: { startsWith: "kent-" } }, take: 3 })).map((b) => b.id) }),
    audit: (t) => ({ action: "protocol.sign-off", entityType: "Protocol", entityId: String(t.protocolId) }),
  },
  {
    name: "saveRuleAction",
    file: "src/app/areas/[area]/protocols/[protocol]/rules/[rule]/actions.ts",
    access: { permission: "protocol:manage" },
    setup: async (db, { boardId }) => ({ boardId, ...(await freshProtocol(db, boardId, "draft")) }),
    valid: (t) => ({
      protocolId: t.protocolId,
      clauseId: t.clauseId,
      kind: "report",
      summary: "Each board reports to the other once a year",
      modality: "must",
      from: [{ type: "board", id: t.boardId }],
      to: [{ type: "board", id: t.partnerId }],
      cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
      notes: "Added by the test registry",
    }),
    run: (ctx, raw) => saveRule(ctx, raw),
    fields: {
      protocolId: "id",
      obligationId: "optional-id",
      clauseId: "id",
      kind: "rule-kind",
      summary: { text: { min: 5, max: 500 } },
      modality: "modality",
      from: "parties",
      to: "optional-parties",
      cadence: "cadence",
      notes: { optionalText: { max: 2000 } },
    },
    // Clauses that exist, but of other protocols (the seeded ones).
    foreign: async (db) => ({ clauseId: (await db.clause.findMany({ where: { protocol: { key: { startsWith: "kent" } } }, take: 3 })).map((c) => c.id) }),
    audit: () => ({ action: "rule.create", entityType: "Obligation" }),
  },
  {
    name: "feedTokenAction",
    variant: "renew",
    file: "src/app/account/feeds/actions.ts",
    access: { rule: ownAccount },
    setup: (_db, { boardId }) => Promise.resolve({ boardId }),
    valid: () => ({ intent: "renew" }),
    run: (ctx, raw) => changeFeedToken(ctx, raw),
    fields: { intent: "intent" },
    audit: () => ({ action: "feed-token.renew", entityType: "CalendarFeedToken" }),
  },
  {
    name: "feedTokenAction",
    variant: "revoke",
    file: "src/app/account/feeds/actions.ts",
    access: { rule: ownAccount },
    // Revoking writes (and audits) only when there is a secret to revoke: the viewer gets one first.
    setup: async (db, { boardId, viewer }) => {
      await renewFeedToken(db, viewer);
      return { boardId };
    },
    valid: () => ({ intent: "revoke" }),
    run: (ctx, raw) => changeFeedToken(ctx, raw),
    fields: { intent: "intent" },
    audit: () => ({ action: "feed-token.revoke", entityType: "User" }),
  },
  {
    name: "POST",
    variant: "item note",
    file: "src/app/api/items/[item]/notes/route.ts",
    access: { permission: "item:log" },
    setup: async (db, { boardId, avoid }) => ({ boardId, itemId: (await itemConcerning(db, boardId, avoid)).item.id }),
    valid: (t) => ({ itemId: t.itemId, text: "  Draft report circulated to members for comment.  " }),
    run: (ctx, raw) => addItemNote(ctx, raw),
    fields: { itemId: "id", text: { text: { min: 1, max: 2000 } } },
    audit: (t) => ({ action: "item.note", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
];

/** Exported functions of actions.ts files that change nothing, or that sign-in owns. */
export const NOT_MUTATIONS: { name: string; file: string; why: string }[] = [
  { name: "signInAction", file: "src/app/sign-in/actions.ts", why: "authentication (tested in authenticate.test.ts), not a mutation by a signed-in user" },
  { name: "signOutAction", file: "src/app/sign-in/actions.ts", why: "ends the session only" },
  { name: "previewRuleAction", file: "src/app/areas/[area]/protocols/[protocol]/rules/[rule]/actions.ts", why: "read-only: runs the engine on an unsaved rule and writes nothing" },
  { name: "POST", file: "src/app/api/auth/[...nextauth]/route.ts", why: "next-auth's own endpoints (sign-in by credentials or single sign-on)" },
];

export const labelOf = (m: Mutation) => `${m.name}${m.variant ? ` (${m.variant})` : ""}`;
