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
 * - `valid(target)`: an input that succeeds for an allowed user, with the hidden fields the real
 *   form sends (area, returnTo);
 * - `endpoint`: the action itself and how the browser sends it the input (action-harness.ts):
 *   `viaForm(action)` (FormData: text and files), `viaCall(...)` (client code passing an object), or
 *   `viaItemRoute(POST, ...)`; the tests call it with a real session cookie for the viewer;
 * - `fields`: each input field's kind, from which the property test builds bad values;
 * - `audit(target)`: the one audit entry a success writes.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { roleAllows, type Permission } from "@/domain/permissions";
import { cycleLabel, londonToday } from "@/lib/dates";
import type { Role } from "@/lib/schemas/vocabulary";
import type { Db } from "@/server/data/database";
import { renewFeedToken } from "@/server/features/feeds/feed-tokens";
import { planCalendar } from "@/server/features/calendar/generate-calendar";
import { logStep } from "@/server/features/items/log-item-step";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { itemBoards } from "@/server/authz/authorize-item";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { localDiskStore } from "@/server/storage/evidence-store";
import { feedTokenAction } from "@/app/account/feeds/actions";
import { saveNotificationPreferencesAction } from "@/app/account/notifications/actions";
import { POST as postItemNote } from "@/app/api/items/[item]/notes/route";
import { addMeetingAction } from "@/app/areas/[area]/boards/[board]/actions";
import { addMeetingSeriesAction } from "@/app/areas/[area]/boards/[board]/meetings/actions";
import { cancelMeetingAction, editMeetingAction } from "@/app/areas/[area]/meetings/[meeting]/actions";
import { generateCalendarAction, scheduleItemAction } from "@/app/areas/[area]/boards/[board]/calendar/actions";
import { recordEventAction } from "@/app/areas/[area]/boards/[board]/events/new/actions";
import {
  addMemberAction,
  changeCapacityAction,
  endMembershipAction,
} from "@/app/areas/[area]/boards/[board]/members/actions";
import { generateBoardAction } from "@/app/areas/[area]/calendar/generate/actions";
import {
  escalateChallengeAction,
  raiseChallengeAction,
  resolveChallengeAction,
  respondChallengeAction,
} from "@/app/areas/[area]/challenges/actions";
import {
  addFollowUpAction,
  addItemNoteAction,
  deferItemAction,
  logStepAction,
  reverseEntryAction,
  scheduleFromItemAction,
  waiveItemAction,
} from "@/app/areas/[area]/items/[item]/actions";
import { recordPostHolderAction } from "@/app/areas/[area]/posts/[post]/actions";
import {
  newVersionAction,
  requestSignOffAction,
  restoreRuleAction,
  retireRuleAction,
  signOffAction,
} from "@/app/areas/[area]/protocols/[protocol]/actions";
import { saveRuleAction } from "@/app/areas/[area]/protocols/[protocol]/rules/[rule]/actions";
import {
  addClauseAction,
  editClauseAction,
  moveClauseAction,
  removeClauseAction,
} from "@/app/areas/[area]/protocols/[protocol]/clauses/actions";
import { createProtocolAction } from "@/app/areas/[area]/protocols/new/actions";
import { readProtocolDocumentAction } from "@/app/areas/[area]/protocols/read/actions";
import { viaCall, viaForm, viaItemRoute, type Endpoint } from "./action-harness";
import { DOCX_BYTES, PDF_BYTES, goodFile } from "./bad-values";
import { ADMINISTRATION_ROWS } from "./mutations-administration";
import { OUTBOX_ROWS } from "./outbox-mutations";
import { USER_ROWS } from "./user-mutations";
import { NOTIFICATION_ROWS } from "./notification-mutations";
import { DIRECTORY_NOT_MUTATIONS, DIRECTORY_ROWS } from "./directory-mutations";
import { REVIEW_ROWS } from "./review-mutations";
import { EVIDENCE_ROWS } from "./evidence-mutations";

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
  | { count: { min: number; max: number } } // a required whole number (coerced from a form string)
  | { optionalCount: { min: number; max: number } } // the same, where absent or blank mean "not given"
  | { optionalChoice: { wrong: string[] } } // one of a few words, or absent/blank: these words are wrong
  | "series-frequency" // how a meeting series repeats (monthly-weekday, monthly-day, weekly)
  | "parties" // at least one { type, id }
  | "optional-parties" // any number of { type, id }
  | "cadence"
  | "nullable-id" // an optional reference where null and "" also mean none: present but unknown or malformed
  | "happened-on" // a civil date that has happened: malformed, or after today (NOW)
  | "due-date" // a civil date from today (NOW) on: malformed, or in the past
  | "optional-due-date" // the same, but absent, "" or null mean the default
  | "step" // an item's workflow step (send, receive, close)
  | "links" // document links, one per line
  | "route-lines" // a resolution route typed one step a line, "step | 1 month": bad times, units, bars, too long
  | "files" // uploaded evidence files (sent as files in the form)
  | "protocol-file" // one protocol document (sent as a file): none, several, empty, over 20 MB, not a protocol
  | "shown-at" // an optional optimistic-lock timestamp (the updatedAt a form showed): malformed
  | "required-shown-at" // the same, required: missing, malformed, or (foreign) stale
  | "board-ids" // a checkbox group of boards, two or more: none, one, repeated, unknown, malformed
  | "protocol-key" // an optional machine key (blank means "made from the title"): malformed or (foreign) taken
  | "move" // a clause's move: up or down
  | "email" // an email address: missing, malformed, too long
  | "role" // administrator, secretariat, chair, member
  | "role-scope" // where a role applies: "global", "area:<id>", "board:<id>"
  | "days" // an invitation link's days (coerced): 1 to 30
  | "evidence-mark"; // restrict or unrestrict a piece of evidence

/**
 * Who may do it. `permission`: allowed to an administrator everywhere, and to a role whose
 * ROLE_PERMISSIONS include it on a board in its scope. `rule`: not a plain permission; `allows`
 * says who may, and `why` says where the rule comes from.
 */
export type Access =
  { permission: Permission } | { rule: { why: string; allows: (role: Role | "none", inScope: boolean) => boolean } };

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
  endpoint: Endpoint<Target>;
  fields: Record<string, FieldKind>;
  /** Values wrong for this target although they exist: another area's meeting, a non-party board. */
  foreign?: (db: Db, target: Target) => Promise<Record<string, string[]>>;
  audit: (target: Target) => { action: string; entityType: string; entityId?: string };
}

let counter = 0;
/** Unique per process: fresh slugs, meeting times and years, so every setup makes a new target. */
export const next = () => ++counter;

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const timeOf = (n: number) => `${String(Math.floor(n / 60) % 24).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;

/** Another board sharing an area with this one, and none of `avoid` (the second party of a fresh protocol). */
export async function partnerOf(db: Db, boardId: string, avoid: readonly string[] = []) {
  const areas = await db.boardArea.findMany({ where: { boardId } });
  const other = await db.boardArea.findFirst({
    where: { areaId: { in: areas.map((a) => a.areaId) }, boardId: { notIn: [boardId, ...avoid] } },
    orderBy: { key: "asc" },
  });
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
  return db.membership.create({
    data: { personId: person.id, boardId, organisationId: organisation.id, capacity: "member", startsOn: "2026-01-01" },
  });
}

/** A new protocol between the board and a partner of its area, with one clause. */
async function freshProtocol(db: Db, boardId: string, status: "agreed" | "draft", avoid: readonly string[] = []) {
  const n = next();
  const partner = await partnerOf(db, boardId, avoid);
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
    where: {
      retiredAt: null,
      OR: [{ recipientBoardId: boardId }, { cycle: { boardId } }, { obligation: { parties: { some: { boardId } } } }],
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true },
  });
  for (const c of candidates) {
    const found = await itemBoards(db, c.id);
    if (
      found.boards.includes(boardId) &&
      !found.boards.some((b) => avoid.includes(b)) &&
      found.presentingBoards.length > 0
    )
      return found;
  }
  throw new Error(
    `No current item concerns board ${boardId} without also concerning ${avoid.join(", ")}: generate the calendar first`,
  );
}

/**
 * The tests' clock (useActionHarness fixes Date at NOW): a fixed Monday, so that the dates below
 * (happened, due, in the future) and the bad dates of bad-values.ts (every year to 2025 is past,
 * every year from 2027 future) hold whatever day the tests run. Uploads made in setup go to a
 * temporary folder, never under the repository's data/ (the actions' go to the harness's UPLOAD_DIR).
 */
export const NOW = new Date("2026-11-23T10:00:00Z");
const TODAY = londonToday(NOW);
const evidence = localDiskStore(join(tmpdir(), `portal-matrix-evidence-${process.pid}`));

/** The administrator, who prepares targets through the services (sends and receives an item first). */
const admins = new WeakMap<Db, Viewer>();
async function adminOf(db: Db) {
  let admin = admins.get(db);
  if (!admin) {
    admin = (await loadViewer(db, (await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id))!;
    admins.set(db, admin);
  }
  return admin;
}

/**
 * A fresh planned item of a new annual duty that only the board owes (no recipient), in its current
 * reporting year, under a new agreed protocol with a partner outside `avoid`: it concerns the board
 * alone, and no other test touches it.
 */
async function freshItem(db: Db, boardId: string, avoid: readonly string[]) {
  const { protocolId, clauseId, partnerId } = await freshProtocol(db, boardId, "agreed", avoid);
  const obligation = await db.obligation.create({
    data: {
      protocolId,
      clauseId,
      key: `matrix-duty-${next()}`,
      kind: "report",
      summary: "The board reports on its work once a year",
      modality: "must",
      frequency: "annual",
      windowFromMonth: 9,
      windowToMonth: 12,
      position: 0,
      parties: { create: [{ role: "from", position: 0, boardId }] },
    },
  });
  const cycle = await db.reportingCycle.findFirstOrThrow({
    where: { boardId, startsOn: { lte: TODAY }, endsOn: { gte: TODAY } },
  });
  const item = await db.calendarItem.create({
    data: {
      obligationId: obligation.id,
      recipientKey: "none",
      cycleId: cycle.id,
      sequence: 1,
      sequenceIndex: 1,
      sequenceOf: 1,
      windowStart: "2026-09-01",
      windowEnd: "2026-12-31",
      dueOn: "2026-12-31",
    },
  });
  return { itemId: item.id, version: item.version, protocolId, partnerId };
}

/**
 * A meeting of the board on a Sunday (no seeded meeting is), by default one that has happened, at a
 * time nobody else uses: a week earlier (or, for a future one, later) for every 1,440 minutes used.
 */
const meetingOf = (db: Db, boardId: string, sunday = "2026-11-01") => {
  const n = next();
  const date = addDays(sunday, 7 * Math.floor(n / 1440) * (sunday > TODAY ? 1 : -1));
  return db.meeting.create({ data: { boardId, date, startTime: timeOf(n), title: "Test meeting" } });
};

/** A fresh item, sent by the administrator through the service (its send entry can be reversed). */
async function sentItem(db: Db, boardId: string, avoid: readonly string[]) {
  const fresh = await freshItem(db, boardId, avoid);
  const sent = await logStep(
    { db, viewer: await adminOf(db), now: NOW, store: evidence },
    { itemId: fresh.itemId, version: fresh.version, step: "send", occurredOn: "2026-10-30" },
  );
  return { ...fresh, version: fresh.version + 1, sendEntryId: sent.id };
}

/** A fresh item, sent and then received at a past meeting of the board, by the administrator. */
async function receivedItem(db: Db, boardId: string, avoid: readonly string[]) {
  const sent = await sentItem(db, boardId, avoid);
  const meeting = await meetingOf(db, boardId);
  await logStep(
    { db, viewer: await adminOf(db), now: NOW, store: evidence },
    {
      itemId: sent.itemId,
      version: sent.version,
      step: "receive",
      occurredOn: meeting.date,
      meetingId: meeting.id,
      minuteRef: "26/14",
    },
  );
  return { ...sent, version: sent.version + 1 };
}

/** Boards of another area (never a party of a fresh protocol of Halton's boards). */
const kentBoards = async (db: Db) =>
  (await db.board.findMany({ where: { slug: { startsWith: "kent-" } }, take: 3 })).map((b) => b.id);

/** A challenge between two boards under a fresh agreed protocol, made directly in the state a test needs. */
async function freshChallenge(
  db: Db,
  on: { from: string; to: string; protocolId: string },
  status: "open" | "responded" | "resolved",
) {
  const admin = await adminOf(db);
  const challenge = await db.challenge.create({
    data: {
      fromBoardId: on.from,
      toBoardId: on.to,
      protocolId: on.protocolId,
      subject: `Test challenge ${next()}`,
      detail: "The annual report did not cover the board's statutory duties.",
      responseDueOn: "2026-12-21",
      status,
      raisedById: admin.userId,
    },
  });
  return challenge.id;
}
const withRoute = (db: Db, protocolId: string) =>
  db.protocol.update({
    where: { id: protocolId },
    data: { resolutionRoute: JSON.stringify(["Strategic Director", "Chief Executive"]) },
  });

/** A fresh financial year per setup, so a confirmed generation always has something to write. */
let year = 2029;
async function freshPlan(db: Db, boardId: string) {
  const fy = ++year;
  if (fy > 2098) throw new Error("Out of fresh financial years: use fewer generation setups per database");
  const plan = await planCalendar(db, [boardId], fy);
  return { fy, fingerprint: plan.fingerprint };
}

/** The area the forms say they were sent from (the item, protocol and challenge pages send it). */
const AREA = "halton";

const generation = (name: string, file: string, endpoint: Endpoint<Target>): Mutation => ({
  name,
  file,
  access: { permission: "calendar:generate" },
  setup: async (db, { boardId }) => ({ boardId, ...(await freshPlan(db, boardId)) }),
  valid: (t) => ({ boardId: t.boardId, fy: t.fy, fingerprint: t.fingerprint }),
  endpoint,
  fields: { boardId: "id", fy: "fy", fingerprint: "fingerprint" },
  // The right fingerprint for another area's board is the wrong one for this board.
  foreign: async (db) => ({ boardId: [(await db.board.findFirstOrThrow({ where: { slug: "kent-chwb" } })).id] }),
  audit: (t) => ({
    action: "calendar.generate",
    entityType: "ReportingCycle",
    entityId: `FY${cycleLabel(Number(t.fy))}`,
  }),
});

const ownAccount = {
  why: "a user's own calendar-feed secret touches no board: any signed-in user may renew or revoke theirs",
  allows: () => true,
};

const scheduleItemRow: Mutation = {
  name: "scheduleItemAction",
  file: "src/app/areas/[area]/boards/[board]/calendar/actions.ts",
  access: { permission: "item:schedule" },
  setup: async (db, { boardId, avoid }) => {
    const { item, presentingBoards } = await itemConcerning(db, boardId, avoid);
    // A new meeting of the presenting board inside the item's window, at a time nobody else uses.
    const meeting = await db.meeting.create({
      data: { boardId: presentingBoards[0]!, date: item.windowStart, startTime: timeOf(next()), title: "Test meeting" },
    });
    const fresh = await db.calendarItem.findUniqueOrThrow({ where: { id: item.id } });
    return { boardId, itemId: item.id, meetingId: meeting.id, version: fresh.version };
  },
  valid: (t) => ({
    itemId: t.itemId,
    meetingId: t.meetingId,
    version: t.version,
    returnTo: "/areas/halton/boards/HSCB/calendar?fy=2026",
  }),
  endpoint: viaForm(scheduleItemAction),
  fields: { itemId: "id", meetingId: "id", version: "version" },
  // A meeting that exists, but of a board of another area: never a meeting the item may use.
  foreign: async (db) => ({
    meetingId: (await db.meeting.findMany({ where: { board: { slug: { startsWith: "kent-" } } }, take: 3 })).map(
      (m) => m.id,
    ),
  }),
  audit: (t) => ({ action: "item.schedule", entityType: "CalendarItem", entityId: String(t.itemId) }),
};

const itemNoteRow: Mutation = {
  name: "POST",
  variant: "item note",
  file: "src/app/api/items/[item]/notes/route.ts",
  access: { permission: "item:log" },
  setup: async (db, { boardId, avoid }) => ({ boardId, itemId: (await itemConcerning(db, boardId, avoid)).item.id }),
  valid: (t) => ({ itemId: t.itemId, text: "  Draft report circulated to members for comment.  " }),
  endpoint: viaItemRoute(postItemNote, "notes"),
  fields: { itemId: "id", text: { text: { min: 1, max: 2000 } } },
  audit: (t) => ({ action: "item.note", entityType: "CalendarItem", entityId: String(t.itemId) }),
};

const ITEMS_FILE = "src/app/areas/[area]/items/[item]/actions.ts";
const CHALLENGES_FILE = "src/app/areas/[area]/challenges/actions.ts";
/** Log entries of other items: never an entry of this item's history. */
const otherEntries = async (db: Db, itemId: string) =>
  (await db.itemLogEntry.findMany({ where: { itemId: { not: itemId } }, orderBy: { id: "asc" }, take: 3 })).map(
    (e) => e.id,
  );

/** The item page's actions (issue 4, "An item's life"): each on a fresh item of the board. */
const ITEM_ROWS: Mutation[] = [
  {
    name: "logStepAction",
    variant: "send",
    file: ITEMS_FILE,
    access: { permission: "item:log" },
    setup: async (db, { boardId, avoid }) => {
      const { itemId, version } = await freshItem(db, boardId, avoid);
      return { boardId, itemId, version };
    },
    valid: (t) => ({
      itemId: t.itemId,
      version: t.version,
      step: "send",
      occurredOn: "2026-11-20",
      notes: "Sent to the board's members with the agenda",
      links: "https://example.org/annual-report.pdf\nhttps://example.org/annex.pdf",
      files: [goodFile("annual-report.pdf", PDF_BYTES)],
      area: AREA,
    }),
    endpoint: viaForm(logStepAction),
    fields: {
      itemId: "id",
      version: "version",
      step: "step",
      occurredOn: "happened-on",
      notes: { optionalText: { max: 2000 } },
      links: "links",
      files: "files",
    },
    // Real steps, but not from a planned item.
    foreign: () => Promise.resolve({ step: ["receive", "close"] }),
    audit: (t) => ({ action: "item.send", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
  {
    name: "logStepAction",
    variant: "receive",
    file: ITEMS_FILE,
    access: { permission: "item:log" },
    setup: async (db, { boardId, avoid }) => {
      const { itemId, version } = await sentItem(db, boardId, avoid);
      const meeting = await meetingOf(db, boardId);
      return { boardId, itemId, version, meetingId: meeting.id };
    },
    valid: (t) => ({
      itemId: t.itemId,
      version: t.version,
      step: "receive",
      occurredOn: "2026-11-20",
      meetingId: t.meetingId,
      minuteRef: "26/15",
      files: [goodFile("minutes.docx", DOCX_BYTES)],
      area: AREA,
    }),
    endpoint: viaForm(logStepAction),
    fields: {
      itemId: "id",
      version: "version",
      step: "step",
      occurredOn: "happened-on",
      meetingId: "id",
      minuteRef: { text: { min: 1, max: 100 } },
      files: "files",
    },
    // Real steps, but not from a sent item; meetings that exist but are another area's board's, or have not happened yet.
    foreign: async (db, t) => ({
      step: ["send", "close"],
      meetingId: [
        ...(await db.meeting.findMany({ where: { board: { slug: { startsWith: "kent-" } } }, take: 2 })).map(
          (m) => m.id,
        ),
        (await meetingOf(db, String(t.boardId), "2026-12-06")).id,
      ],
    }),
    audit: (t) => ({ action: "item.receive", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
  {
    name: "waiveItemAction",
    file: ITEMS_FILE,
    access: { permission: "item:waive" },
    setup: async (db, { boardId, avoid }) => {
      const { itemId, version } = await freshItem(db, boardId, avoid);
      return { boardId, itemId, version };
    },
    valid: (t) => ({
      itemId: t.itemId,
      version: t.version,
      reason: "The duty was replaced by the joint annual report.",
      area: AREA,
    }),
    endpoint: viaForm(waiveItemAction),
    fields: { itemId: "id", version: "version", reason: { text: { min: 1, max: 2000 } } },
    audit: (t) => ({ action: "item.waive", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
  {
    name: "deferItemAction",
    file: ITEMS_FILE,
    access: { permission: "item:waive" },
    setup: async (db, { boardId, avoid }) => {
      const { itemId, version } = await freshItem(db, boardId, avoid);
      return { boardId, itemId, version };
    },
    valid: (t) => ({
      itemId: t.itemId,
      version: t.version,
      dueOn: "2027-01-29",
      reason: "The data for the report arrives in January.",
      area: AREA,
    }),
    endpoint: viaForm(deferItemAction),
    fields: { itemId: "id", version: "version", dueOn: "due-date", reason: { text: { min: 1, max: 2000 } } },
    audit: (t) => ({ action: "item.defer", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
  {
    name: "reverseEntryAction",
    file: ITEMS_FILE,
    access: { permission: "item:log" },
    // Sent by the administrator in setup (its audit entry is written before the tests count), then noted.
    setup: async (db, { boardId, avoid }) => {
      const { itemId, version, sendEntryId } = await sentItem(db, boardId, avoid);
      const admin = await adminOf(db);
      const note = await db.itemLogEntry.create({
        data: { itemId, actorId: admin.userId, action: "note", occurredOn: TODAY, notes: "Chased the author." },
      });
      return { boardId, itemId, version, entryId: sendEntryId, noteId: note.id };
    },
    valid: (t) => ({
      itemId: t.itemId,
      version: t.version,
      entryId: t.entryId,
      reason: "Logged against the wrong item.",
      area: AREA,
    }),
    endpoint: viaForm(reverseEntryAction),
    fields: { itemId: "id", version: "version", entryId: "id", reason: { text: { min: 1, max: 2000 } } },
    // A note of this item (it changed nothing, so there is nothing to reverse), and other items' entries.
    foreign: async (db, t) => ({ entryId: [String(t.noteId), ...(await otherEntries(db, String(t.itemId)))] }),
    audit: (t) => ({ action: "item.reverse", entityType: "CalendarItem", entityId: String(t.itemId) }),
  },
  {
    name: "addFollowUpAction",
    file: ITEMS_FILE,
    access: { permission: "item:log" },
    // Sent and received by the administrator in setup: recommendations come from a received report.
    setup: async (db, { boardId, avoid }) => {
      const { itemId, version, partnerId } = await receivedItem(db, boardId, avoid);
      return { boardId, itemId, version, partnerId };
    },
    valid: (t) => ({
      itemId: t.itemId,
      version: t.version,
      recommendation: "Review the thresholds for early help with partners.",
      ownerBoardId: t.boardId,
      dueOn: "2027-03-31",
      area: AREA,
    }),
    endpoint: viaForm(addFollowUpAction),
    fields: {
      itemId: "id",
      version: "version",
      recommendation: { text: { min: 1, max: 2000 } },
      ownerBoardId: "id",
      dueOn: "due-date",
    },
    // Boards that exist but are not parties to the item's protocol.
    foreign: async (db) => ({ ownerBoardId: await kentBoards(db) }),
    audit: () => ({ action: "item.follow-up", entityType: "CalendarItem" }),
  },
  {
    ...scheduleItemRow,
    name: "scheduleFromItemAction",
    file: ITEMS_FILE,
    valid: (t) => ({ itemId: t.itemId, meetingId: t.meetingId, version: t.version, area: AREA }),
    endpoint: viaForm(scheduleFromItemAction),
  },
  {
    ...itemNoteRow,
    name: "addItemNoteAction",
    variant: undefined,
    file: ITEMS_FILE,
    valid: (t) => ({ ...itemNoteRow.valid(t), area: AREA }),
    endpoint: viaForm(addItemNoteAction),
  },
  {
    name: "recordEventAction",
    file: "src/app/areas/[area]/boards/[board]/events/new/actions.ts",
    access: { permission: "item:log" },
    // An on-event duty the board owes to its partner, under a fresh agreed protocol.
    setup: async (db, { boardId, avoid }) => {
      const { protocolId, clauseId, partnerId } = await freshProtocol(db, boardId, "agreed", avoid);
      const obligation = await db.obligation.create({
        data: {
          protocolId,
          clauseId,
          key: `matrix-event-${next()}`,
          kind: "consultation",
          summary: "The board consults its partner when it drafts its plan",
          modality: "must",
          frequency: "on-event",
          triggerText: "When the board drafts its plan",
          position: 0,
          parties: {
            create: [
              { role: "from", position: 0, boardId },
              { role: "to", position: 0, boardId: partnerId },
            ],
          },
        },
      });
      return { boardId, obligationId: obligation.id, partnerId };
    },
    valid: (t) => ({
      obligationId: t.obligationId,
      boardId: t.boardId,
      description: "The Children and Young People's Plan is being drafted",
      eventOn: "2026-11-02",
      dueOn: "2026-12-14",
      area: AREA,
    }),
    endpoint: viaForm(recordEventAction),
    fields: {
      obligationId: "id",
      boardId: "id",
      recipient: "optional-id",
      description: { text: { min: 1, max: 500 } },
      eventOn: "date",
      dueOn: "optional-due-date",
    },
    // Duties that exist but take no events (annual ones); boards that exist but do not owe this duty.
    foreign: async (db, t) => ({
      obligationId: (
        await db.obligation.findMany({ where: { frequency: "annual" }, orderBy: { id: "asc" }, take: 3 })
      ).map((o) => o.id),
      boardId: [String(t.partnerId), ...(await kentBoards(db))],
    }),
    audit: () => ({ action: "item.record-event", entityType: "CalendarItem" }),
  },
];

/** A rule on a fresh draft protocol of the board (retired or in use), with the `updatedAt` a page would show. */
async function draftRule(db: Db, boardId: string, avoid: readonly string[], retired: boolean) {
  const { protocolId, clauseId } = await freshProtocol(db, boardId, "draft", avoid);
  const obligation = await db.obligation.create({
    data: {
      protocolId,
      clauseId,
      key: `matrix-rule-${next()}`,
      kind: "report",
      summary: "The board reports on its work once a year",
      modality: "must",
      frequency: "annual",
      windowFromMonth: 9,
      windowToMonth: 11,
      position: 0,
      retiredAt: retired ? new Date("2026-11-01T09:00:00Z") : null,
      parties: { create: [{ role: "from", position: 0, boardId }] },
    },
  });
  return { boardId, protocolId, obligationId: obligation.id, updatedAt: obligation.updatedAt.toISOString() };
}

const ruleState = (name: string, retired: boolean, action: string, endpoint: Endpoint<Target>): Mutation => ({
  name,
  file: "src/app/areas/[area]/protocols/[protocol]/actions.ts",
  access: { permission: "protocol:manage" },
  setup: (db, { boardId, avoid }) => draftRule(db, boardId, avoid, retired),
  valid: (t) => ({ protocolId: t.protocolId, obligationId: t.obligationId, updatedAt: t.updatedAt }),
  endpoint,
  fields: { protocolId: "id", obligationId: "id", updatedAt: "required-shown-at" },
  // Rules of other (seeded) protocols; well-formed timestamps the rule does not have (an edit since the page was shown).
  foreign: async (db) => ({
    obligationId: (
      await db.obligation.findMany({
        where: { protocol: { key: { startsWith: "kent" } } },
        orderBy: { id: "asc" },
        take: 3,
      })
    ).map((o) => o.id),
    updatedAt: ["2026-01-01T00:00:00.000Z", "2020-02-29T12:00:00Z", "Mon, 23 Nov 2026 10:00:00 GMT"],
  }),
  audit: (t) => ({ action, entityType: "Obligation", entityId: String(t.obligationId) }),
});

const RULE_AND_POST_ROWS: Mutation[] = [
  ruleState("retireRuleAction", false, "rule.retire", viaForm(retireRuleAction)),
  ruleState("restoreRuleAction", true, "rule.restore", viaForm(restoreRuleAction)),
  {
    name: "recordPostHolderAction",
    file: "src/app/areas/[area]/posts/[post]/actions.ts",
    access: { permission: "membership:manage" },
    // A fresh post of the board (a board's post: its membership managers record holders) and a fresh person.
    setup: async (db, { boardId }) => {
      const link = await db.boardArea.findFirstOrThrow({ where: { boardId }, orderBy: { areaId: "asc" } });
      const organisation = await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
      const post = await db.post.create({
        data: {
          areaId: link.areaId,
          key: `MATRIX-POST-${process.pid}-${next()}`,
          title: "Test post",
          organisationId: organisation.id,
          boardId,
        },
      });
      const person = await freshPerson(db);
      return { boardId, postId: post.id, personId: person.id };
    },
    valid: (t) => ({ postId: t.postId, personId: t.personId, from: "2026-12-01" }),
    endpoint: viaForm(recordPostHolderAction),
    fields: { postId: "id", personId: "id", from: "date" },
    audit: () => ({ action: "post.new-holder", entityType: "PostHolding" }),
  },
];

/** A fresh draft protocol of the board with clauses "1" and "2" (in that order); `cited` puts a duty on clause 1. */
async function draftWithClauses(db: Db, boardId: string, avoid: readonly string[], cited = false) {
  const { protocolId, clauseId, partnerId } = await freshProtocol(db, boardId, "draft", avoid);
  const second = await db.clause.create({ data: { protocolId, ref: "2", text: "The chairs will meet.", position: 1 } });
  if (cited)
    await db.obligation.create({
      data: {
        protocolId,
        clauseId,
        key: `matrix-rule-${next()}`,
        kind: "report",
        summary: "The board reports on its work once a year",
        modality: "must",
        frequency: "annual",
        position: 0,
      },
    });
  return { boardId, protocolId, clauseId, secondClauseId: second.id, partnerId };
}

/** Clauses of agreed (seeded) protocols: frozen, so every change to them is refused. */
const agreedClauses = async (db: Db) =>
  (
    await db.clause.findMany({
      where: { protocol: { key: { startsWith: "kent" }, status: "agreed" } },
      orderBy: { id: "asc" },
      take: 3,
    })
  ).map((c) => c.id);

const CLAUSE_FIELDS = {
  ref: { text: { min: 1, max: 40 } },
  heading: { optionalText: { max: 200 } },
  text: { text: { min: 1, max: 20000 } },
} satisfies Record<string, FieldKind>;

/** Protocols from scratch (issue 10): a draft between boards, then its clauses, while it is a draft. */
/**
 * A protocol document naming the board and a partner of the same area by name and key, with a dated
 * duty and a membership rule: what the reader turns into a draft between the two. The title is
 * unique, so that each run makes a new protocol key.
 */
async function protocolDocumentTarget(db: Db, boardId: string, partnerId: string) {
  const partnerAreas = (await db.boardArea.findMany({ where: { boardId: partnerId } })).map((a) => a.areaId);
  const link = await db.boardArea.findFirstOrThrow({
    where: { boardId, areaId: { in: partnerAreas } },
    orderBy: [{ home: "desc" }, { areaId: "asc" }],
    include: { area: true, board: true },
  });
  const other = await db.boardArea.findFirstOrThrow({
    where: { boardId: partnerId, areaId: link.areaId },
    include: { board: true },
  });
  return {
    area: link.area.slug,
    title: `Working protocol ${process.pid}-${next()}`,
    nameA: link.board.name,
    keyA: link.key,
    nameB: other.board.name,
    keyB: other.key,
  };
}
const protocolDocument = (t: Target) =>
  goodFile(
    "working-protocol.txt",
    new TextEncoder().encode(
      [
        String(t.title),
        `This protocol is between the ${t.nameA} (${t.keyA}) and the ${t.nameB} (${t.keyB}).`,
        `1. The ${t.keyA} will present its annual report to the ${t.keyB} each year between September and November.`,
        `2. The ${t.keyB} will consult the ${t.keyA} when its strategy is being drafted.`,
        "3. This protocol will be reviewed annually in April.",
      ].join("\n\n"),
    ),
  );
const READ_DOCUMENT_FILE = "src/app/areas/[area]/protocols/read/actions.ts";
const CHECKBOX: FieldKind = { optionalChoice: { wrong: ["maybe", "Y", "1", "on ", "ja", "null"] } };

const PROTOCOL_DRAFT_ROWS: Mutation[] = [
  {
    name: "readProtocolDocumentAction",
    variant: "new draft",
    file: READ_DOCUMENT_FILE,
    access: { permission: "protocol:manage" },
    setup: async (db, { boardId, avoid }) => ({
      boardId,
      ...(await protocolDocumentTarget(db, boardId, await partnerOf(db, boardId, avoid))),
    }),
    valid: (t) => ({ area: t.area, file: [protocolDocument(t)] }),
    endpoint: viaForm(readProtocolDocumentAction),
    fields: { file: "protocol-file", protocolId: "optional-id", createBoards: CHECKBOX },
    // Protocols that exist but are agreed (a document is read into a draft only), or of another area.
    foreign: async (db) => ({
      protocolId: (await db.protocol.findMany({ where: { status: "agreed" }, orderBy: { key: "asc" }, take: 3 })).map(
        (p) => p.id,
      ),
    }),
    audit: () => ({ action: "protocol.import", entityType: "Protocol" }),
  },
  {
    name: "readProtocolDocumentAction",
    variant: "into a draft",
    file: READ_DOCUMENT_FILE,
    access: { permission: "protocol:manage" },
    setup: async (db, { boardId, avoid }) => {
      const { protocolId, partnerId } = await freshProtocol(db, boardId, "draft", avoid);
      return { boardId, protocolId, ...(await protocolDocumentTarget(db, boardId, partnerId)) };
    },
    valid: (t) => ({ area: t.area, protocolId: t.protocolId, file: [protocolDocument(t)] }),
    endpoint: viaForm(readProtocolDocumentAction),
    // Without protocolId the same input is a new draft, which is fine: so only wrong ids, not a missing one.
    fields: { protocolId: "optional-id", file: "protocol-file", createBoards: CHECKBOX },
    // Agreed protocols, and drafts with rules already (a document never replaces rules typed in).
    foreign: async (db) => ({
      protocolId: [
        ...(await db.protocol.findMany({ where: { status: "agreed" }, orderBy: { key: "asc" }, take: 2 })),
        ...(await db.protocol.findMany({ where: { status: "draft", obligations: { some: {} } }, take: 2 })),
      ].map((p) => p.id),
    }),
    audit: (t) => ({ action: "protocol.read-document", entityType: "Protocol", entityId: String(t.protocolId) }),
  },
  {
    name: "createProtocolAction",
    file: "src/app/areas/[area]/protocols/new/actions.ts",
    access: { permission: "protocol:manage" },
    // Between the board and a partner of its home area, made in that area (protocol:manage on both).
    setup: async (db, { boardId, avoid }) => {
      const home = await db.boardArea.findFirstOrThrow({
        where: { boardId },
        orderBy: [{ home: "desc" }, { areaId: "asc" }],
        include: { area: true },
      });
      return {
        boardId,
        area: home.area.slug,
        partnerId: await partnerOf(db, boardId, avoid),
        key: `matrix-new-${process.pid}-${next()}`,
      };
    },
    valid: (t) => ({
      area: t.area,
      title: "Protocol between two boards",
      key: t.key,
      version: "1.0",
      parties: [t.boardId, t.partnerId],
      sourceDocument: "protocol.pdf",
      notes: "Written in the portal",
      resolutionRoute: "Strategic Director\nDirector of Public Health | 1 calendar month\nChief Executive",
      respondWithinAmount: "20",
      respondWithinUnit: "working-days",
    }),
    endpoint: viaForm(createProtocolAction, ["parties"]),
    fields: {
      title: { text: { min: 3, max: 300 } },
      key: "protocol-key",
      version: { text: { min: 1, max: 20 } },
      parties: "board-ids",
      sourceDocument: { optionalText: { max: 200 } },
      notes: { optionalText: { max: 4000 } },
      resolutionRoute: "route-lines",
      respondWithinAmount: { optionalCount: { min: 1, max: 400 } },
      respondWithinUnit: { optionalChoice: { wrong: ["fortnights", "years", "Working-Days", "hours", "0"] } },
    },
    // Keys already used (seeded protocols); boards of another area only (no party of this one).
    foreign: async (db) => ({
      key: (await db.protocol.findMany({ orderBy: { key: "asc" }, take: 3 })).map((p) => p.key),
      parties: await kentBoards(db),
    }),
    audit: () => ({ action: "protocol.create", entityType: "Protocol" }),
  },
  {
    name: "addClauseAction",
    file: "src/app/areas/[area]/protocols/[protocol]/clauses/actions.ts",
    access: { permission: "protocol:manage" },
    setup: (db, { boardId, avoid }) => draftWithClauses(db, boardId, avoid),
    valid: (t) => ({ protocolId: t.protocolId, ref: "5.1(c)", heading: "Reports", text: "The board reports yearly." }),
    endpoint: viaForm(addClauseAction),
    fields: { protocolId: "id", ...CLAUSE_FIELDS },
    // Agreed protocols (their clauses are frozen); references the draft already has.
    foreign: async (db) => ({
      protocolId: (await db.protocol.findMany({ where: { status: "agreed" }, take: 3 })).map((p) => p.id),
      ref: ["1", "2"],
    }),
    audit: () => ({ action: "clause.create", entityType: "Clause" }),
  },
  {
    name: "editClauseAction",
    file: "src/app/areas/[area]/protocols/[protocol]/clauses/actions.ts",
    access: { permission: "protocol:manage" },
    setup: (db, { boardId, avoid }) => draftWithClauses(db, boardId, avoid),
    valid: (t) => ({ clauseId: t.clauseId, ref: "1.1", heading: "Reports", text: "The board reports twice a year." }),
    endpoint: viaForm(editClauseAction),
    fields: { clauseId: "id", ...CLAUSE_FIELDS },
    // Clauses of agreed protocols; the reference of the draft's other clause.
    foreign: async (db) => ({ clauseId: await agreedClauses(db), ref: ["2"] }),
    audit: (t) => ({ action: "clause.edit", entityType: "Clause", entityId: String(t.clauseId) }),
  },
  {
    name: "moveClauseAction",
    file: "src/app/areas/[area]/protocols/[protocol]/clauses/actions.ts",
    access: { permission: "protocol:manage" },
    setup: (db, { boardId, avoid }) => draftWithClauses(db, boardId, avoid),
    valid: (t) => ({ clauseId: t.secondClauseId, direction: "up" }),
    endpoint: viaForm(moveClauseAction),
    fields: { clauseId: "id", direction: "move" },
    // The first clause cannot move up; clauses of agreed protocols cannot move.
    foreign: async (db, t) => ({ clauseId: [String(t.clauseId), ...(await agreedClauses(db))] }),
    audit: (t) => ({ action: "clause.move", entityType: "Clause", entityId: String(t.secondClauseId) }),
  },
  {
    name: "removeClauseAction",
    file: "src/app/areas/[area]/protocols/[protocol]/clauses/actions.ts",
    access: { permission: "protocol:manage" },
    setup: (db, { boardId, avoid }) => draftWithClauses(db, boardId, avoid, true),
    valid: (t) => ({ clauseId: t.secondClauseId }),
    endpoint: viaForm(removeClauseAction),
    fields: { clauseId: "id" },
    // A clause a duty cites; clauses of agreed protocols.
    foreign: async (db, t) => ({ clauseId: [String(t.clauseId), ...(await agreedClauses(db))] }),
    audit: (t) => ({ action: "clause.remove", entityType: "Clause", entityId: String(t.secondClauseId) }),
  },
];

/** Resolve and escalate: either chair, so not one permission on one board. */
const eitherChair = {
  why: "either chair resolves or escalates: challenge:raise on the board that raised it (the target board here) or challenge:respond on the board challenged (a partner outside the viewer's scope in these setups); administrators everywhere",
  allows: (role: Role | "none", inScope: boolean) =>
    role === "administrator" ||
    (role !== "none" && inScope && (roleAllows(role, "challenge:raise") || roleAllows(role, "challenge:respond"))),
};

/** Challenges between boards (issue 4): each on a fresh agreed protocol between the board and a partner. */
const CHALLENGE_ROWS: Mutation[] = [
  {
    name: "raiseChallengeAction",
    file: CHALLENGES_FILE,
    access: { permission: "challenge:raise" },
    setup: async (db, { boardId, avoid }) => ({ boardId, ...(await freshProtocol(db, boardId, "agreed", avoid)) }),
    valid: (t) => ({
      fromBoardId: t.boardId,
      toBoardId: t.partnerId,
      protocolId: t.protocolId,
      clauseId: t.clauseId,
      subject: "Annual report not received",
      detail: "The annual report due under clause 1 has not been presented to the board.",
      responseDueOn: "2026-12-21",
      area: AREA,
    }),
    endpoint: viaForm(raiseChallengeAction),
    fields: {
      fromBoardId: "id",
      toBoardId: "id",
      itemId: "nullable-id",
      protocolId: "id",
      clauseId: "nullable-id",
      subject: { text: { min: 1, max: 200 } },
      detail: { text: { min: 1, max: 5000 } },
      responseDueOn: "optional-due-date",
    },
    // The board itself; boards, protocols, clauses and items of another area (nothing shared with this board).
    foreign: async (db, t) => {
      const kent = await db.protocol.findMany({
        where: { key: { startsWith: "kent" } },
        include: { clauses: { take: 2 } },
        take: 2,
      });
      const items = await db.calendarItem.findMany({
        where: { cycle: { board: { slug: { startsWith: "kent-" } } } },
        orderBy: { id: "asc" },
        take: 2,
      });
      return {
        toBoardId: [String(t.boardId), ...(await kentBoards(db))],
        protocolId: kent.map((p) => p.id),
        clauseId: kent.flatMap((p) => p.clauses.map((c) => c.id)),
        itemId: items.map((i) => i.id),
      };
    },
    audit: () => ({ action: "challenge.raise", entityType: "Challenge" }),
  },
  {
    name: "respondChallengeAction",
    file: CHALLENGES_FILE,
    access: { permission: "challenge:respond" },
    // The partner challenges the board: the board's chair responds.
    setup: async (db, { boardId, avoid }) => {
      const { protocolId, partnerId } = await freshProtocol(db, boardId, "agreed", avoid);
      return {
        boardId,
        protocolId,
        partnerId,
        challengeId: await freshChallenge(db, { from: partnerId, to: boardId, protocolId }, "open"),
      };
    },
    valid: (t) => ({
      challengeId: t.challengeId,
      version: 1,
      text: "The report was presented on 2 November: minute 26/14.",
      area: AREA,
    }),
    endpoint: viaForm(respondChallengeAction),
    fields: { challengeId: "id", version: "version", text: { text: { min: 1, max: 5000 } } },
    // Challenges to the same board that are already answered or resolved.
    foreign: async (db, t) => ({
      challengeId: [
        await freshChallenge(
          db,
          { from: String(t.partnerId), to: String(t.boardId), protocolId: String(t.protocolId) },
          "responded",
        ),
        await freshChallenge(
          db,
          { from: String(t.partnerId), to: String(t.boardId), protocolId: String(t.protocolId) },
          "resolved",
        ),
      ],
    }),
    audit: (t) => ({ action: "challenge.respond", entityType: "Challenge", entityId: String(t.challengeId) }),
  },
  {
    name: "resolveChallengeAction",
    file: CHALLENGES_FILE,
    access: { rule: eitherChair },
    // The board challenged its partner, which has responded.
    setup: async (db, { boardId, avoid }) => {
      const { protocolId, partnerId } = await freshProtocol(db, boardId, "agreed", avoid);
      return {
        boardId,
        protocolId,
        partnerId,
        challengeId: await freshChallenge(db, { from: boardId, to: partnerId, protocolId }, "responded"),
      };
    },
    valid: (t) => ({
      challengeId: t.challengeId,
      version: 1,
      text: "Agreed at the joint chairs' meeting: the report will come in January.",
      area: AREA,
    }),
    endpoint: viaForm(resolveChallengeAction),
    fields: { challengeId: "id", version: "version", text: { text: { min: 1, max: 5000 } } },
    // Challenges of the same boards that are still awaiting a response, or already resolved.
    foreign: async (db, t) => ({
      challengeId: [
        await freshChallenge(
          db,
          { from: String(t.boardId), to: String(t.partnerId), protocolId: String(t.protocolId) },
          "open",
        ),
        await freshChallenge(
          db,
          { from: String(t.boardId), to: String(t.partnerId), protocolId: String(t.protocolId) },
          "resolved",
        ),
      ],
    }),
    audit: (t) => ({ action: "challenge.resolve", entityType: "Challenge", entityId: String(t.challengeId) }),
  },
  {
    name: "escalateChallengeAction",
    file: CHALLENGES_FILE,
    access: { rule: eitherChair },
    // The board challenged its partner under a protocol with a resolution route.
    setup: async (db, { boardId, avoid }) => {
      const { protocolId, partnerId } = await freshProtocol(db, boardId, "agreed", avoid);
      await withRoute(db, protocolId);
      return {
        boardId,
        protocolId,
        partnerId,
        challengeId: await freshChallenge(db, { from: boardId, to: partnerId, protocolId }, "open"),
      };
    },
    valid: (t) => ({
      challengeId: t.challengeId,
      version: 1,
      text: "No response by the due date: the Strategic Director should decide.",
      area: AREA,
    }),
    endpoint: viaForm(escalateChallengeAction),
    fields: { challengeId: "id", version: "version", text: { text: { min: 1, max: 5000 } } },
    // An open challenge under a protocol with no resolution route (nowhere to escalate), and a resolved one.
    foreign: async (db, t) => {
      const routeless = await freshProtocol(db, String(t.boardId), "agreed", [String(t.partnerId)]);
      return {
        challengeId: [
          await freshChallenge(
            db,
            { from: String(t.boardId), to: routeless.partnerId, protocolId: routeless.protocolId },
            "open",
          ),
          await freshChallenge(
            db,
            { from: String(t.boardId), to: String(t.partnerId), protocolId: String(t.protocolId) },
            "resolved",
          ),
        ],
      };
    },
    audit: (t) => ({ action: "challenge.escalate", entityType: "Challenge", entityId: String(t.challengeId) }),
  },
];

/** Series, moves and cancellations of meetings (issue 10): meeting:manage on the meeting's board. */
const MEETING_ROWS: Mutation[] = [
  {
    name: "addMeetingSeriesAction",
    file: "src/app/areas/[area]/boards/[board]/meetings/actions.ts",
    access: { permission: "meeting:manage" },
    // A fresh time (and, every 1,440 setups, a fresh year): the series' three dates are free.
    setup: (_db, { boardId }) => {
      const n = next();
      return Promise.resolve({ boardId, year: 2040 + (Math.floor(n / 1440) % 50), time: timeOf(n) });
    },
    valid: (t) => ({
      boardId: t.boardId,
      frequency: "monthly-weekday",
      interval: "1",
      weekday: "tuesday",
      week: "2",
      from: `${t.year}-03-01`,
      until: `${t.year}-05-31`,
      startTime: t.time,
      location: "Council chamber",
      returnTo: "/areas/halton/boards/HSCB/meetings",
    }),
    endpoint: viaForm(addMeetingSeriesAction),
    fields: {
      boardId: "id",
      frequency: "series-frequency",
      interval: { count: { min: 1, max: 12 } },
      weekday: { optionalChoice: { wrong: ["Tuesday", "tue", "TU", "2", "tuesday ", "funday"] } },
      week: { optionalChoice: { wrong: ["0", "5", "first", "Last", "-1", "2 ", "second"] } },
      dayOfMonth: { optionalCount: { min: 1, max: 28 } },
      from: "date",
      until: "date",
      startTime: "time",
      location: { optionalText: { max: 200 } },
    },
    audit: () => ({ action: "meeting.series.create", entityType: "Meeting" }),
  },
  {
    name: "editMeetingAction",
    file: "src/app/areas/[area]/meetings/[meeting]/actions.ts",
    access: { permission: "meeting:manage" },
    setup: async (db, { boardId }) => {
      const meeting = await meetingOf(db, boardId);
      return { boardId, meetingId: meeting.id, date: meeting.date, time: meeting.startTime };
    },
    // The Monday after (meetingOf's meetings are all on Sundays), at the same time: never taken.
    valid: (t) => ({
      meetingId: t.meetingId,
      version: 1,
      date: addDays(String(t.date), 1),
      startTime: t.time,
      location: "Committee room 2",
      area: AREA,
    }),
    endpoint: viaForm(editMeetingAction),
    fields: {
      meetingId: "id",
      version: "version",
      date: "date",
      startTime: "time",
      location: { optionalText: { max: 200 } },
    },
    audit: (t) => ({ action: "meeting.update", entityType: "Meeting", entityId: String(t.meetingId) }),
  },
  {
    name: "cancelMeetingAction",
    file: "src/app/areas/[area]/meetings/[meeting]/actions.ts",
    access: { permission: "meeting:manage" },
    setup: async (db, { boardId }) => ({ boardId, meetingId: (await meetingOf(db, boardId, "2027-01-03")).id }),
    valid: (t) => ({ meetingId: t.meetingId, version: 1, reason: "The chair is unwell", area: AREA }),
    endpoint: viaForm(cancelMeetingAction),
    fields: { meetingId: "id", version: "version", reason: { text: { min: 1, max: 500 } } },
    audit: (t) => ({ action: "meeting.cancel", entityType: "Meeting", entityId: String(t.meetingId) }),
  },
];

export const MUTATIONS: Mutation[] = [
  {
    name: "addMeetingAction",
    file: "src/app/areas/[area]/boards/[board]/actions.ts",
    access: { permission: "meeting:manage" },
    setup: (_db, { boardId }) => Promise.resolve({ boardId, date: addDays("2027-01-01", next()) }),
    valid: (t) => ({
      boardId: t.boardId,
      date: t.date,
      startTime: "14:00",
      location: "Council chamber",
      returnTo: "/areas/halton/boards/HSCB",
    }),
    endpoint: viaForm(addMeetingAction),
    fields: { boardId: "id", date: "date", startTime: "time", location: { optionalText: { max: 200 } } },
    audit: () => ({ action: "meeting.create", entityType: "Meeting" }),
  },
  ...MEETING_ROWS,
  scheduleItemRow,
  generation(
    "generateCalendarAction",
    "src/app/areas/[area]/boards/[board]/calendar/actions.ts",
    viaForm(generateCalendarAction),
  ),
  // The area-wide page calls it from client code with an object, board by board.
  generation(
    "generateBoardAction",
    "src/app/areas/[area]/calendar/generate/actions.ts",
    viaCall((values) => generateBoardAction(values as never)),
  ),
  {
    name: "addMemberAction",
    file: "src/app/areas/[area]/boards/[board]/members/actions.ts",
    access: { permission: "membership:manage" },
    setup: async (db, { boardId }) => {
      const person = await freshPerson(db);
      const organisation = await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
      return { boardId, personId: person.id, organisationId: organisation.id };
    },
    valid: (t) => ({
      boardId: t.boardId,
      personId: t.personId,
      capacity: "member",
      organisationId: t.organisationId,
      startsOn: "2026-12-01",
    }),
    endpoint: viaForm(addMemberAction),
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
    endpoint: viaForm(endMembershipAction),
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
    endpoint: viaForm(changeCapacityAction),
    fields: { membershipId: "id", capacity: "capacity", from: "date", version: "version" },
    // The audit entry is about the new term (the old one is closed, not changed in kind).
    audit: () => ({ action: "membership.change-capacity", entityType: "Membership" }),
  },
  {
    name: "newVersionAction",
    file: "src/app/areas/[area]/protocols/[protocol]/actions.ts",
    access: { permission: "protocol:manage" },
    setup: async (db, { boardId }) => ({ boardId, ...(await freshProtocol(db, boardId, "agreed")) }),
    valid: (t) => ({ protocolId: t.protocolId, area: AREA }),
    endpoint: viaForm(newVersionAction),
    fields: { protocolId: "id" },
    // A draft cannot be copied into a new draft.
    foreign: async (db) => ({
      protocolId: (await db.protocol.findMany({ where: { status: { not: "agreed" } }, take: 3 })).map((p) => p.id),
    }),
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
    endpoint: viaForm(signOffAction),
    fields: { protocolId: "id", boardId: "id" },
    // Boards that exist but are not parties to the protocol: another area's.
    foreign: async (db) => ({
      boardId: (await db.board.findMany({ where: { slug: { startsWith: "kent-" } }, take: 3 })).map((b) => b.id),
    }),
    audit: (t) => ({ action: "protocol.sign-off", entityType: "Protocol", entityId: String(t.protocolId) }),
  },
  {
    name: "requestSignOffAction",
    file: "src/app/areas/[area]/protocols/[protocol]/actions.ts",
    access: { permission: "protocol:manage" },
    setup: async (db, { boardId }) => ({ boardId, ...(await freshProtocol(db, boardId, "draft")) }),
    valid: (t) => ({ protocolId: t.protocolId }),
    endpoint: viaForm(requestSignOffAction),
    fields: { protocolId: "id" },
    // Protocols that exist but are not drafts: sign-off is requested on a draft only.
    foreign: async (db) => ({
      protocolId: (await db.protocol.findMany({ where: { status: "agreed" }, take: 3 })).map((p) => p.id),
    }),
    audit: (t) => ({ action: "protocol.request-sign-off", entityType: "Protocol", entityId: String(t.protocolId) }),
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
    // The rule editor calls it from client code: the rule as an object, and the page to go back to.
    endpoint: viaCall((values, t) => saveRuleAction(values, `/areas/halton/protocols/${String(t.protocolId)}`)),
    fields: {
      protocolId: "id",
      obligationId: "optional-id",
      // Required with an obligationId (an edit); a new rule ignores a well-formed one.
      updatedAt: "shown-at",
      clauseId: "id",
      kind: "rule-kind",
      summary: { text: { min: 5, max: 500 } },
      modality: "modality",
      from: "parties",
      to: "optional-parties",
      cadence: "cadence",
      // "Comes after": a duty of the same draft; unknown ids, and (foreign) other protocols' duties, are refused.
      comesAfterId: "optional-id",
      notes: { optionalText: { max: 2000 } },
    },
    // Clauses and duties that exist, but of other protocols (the seeded ones).
    foreign: async (db) => ({
      clauseId: (await db.clause.findMany({ where: { protocol: { key: { startsWith: "kent" } } }, take: 3 })).map(
        (c) => c.id,
      ),
      comesAfterId: (
        await db.obligation.findMany({ where: { protocol: { key: { startsWith: "kent" } } }, take: 3 })
      ).map((o) => o.id),
    }),
    audit: () => ({ action: "rule.create", entityType: "Obligation" }),
  },
  {
    name: "feedTokenAction",
    variant: "renew",
    file: "src/app/account/feeds/actions.ts",
    access: { rule: ownAccount },
    setup: (_db, { boardId }) => Promise.resolve({ boardId }),
    valid: () => ({ intent: "renew" }),
    endpoint: viaForm(feedTokenAction),
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
    endpoint: viaForm(feedTokenAction),
    fields: { intent: "intent" },
    audit: () => ({ action: "feed-token.revoke", entityType: "User" }),
  },
  {
    name: "saveNotificationPreferencesAction",
    file: "src/app/account/notifications/actions.ts",
    access: {
      rule: {
        why: "a user's own notification settings touch no board: any signed-in user may change theirs, and only theirs",
        allows: () => true,
      },
    },
    // From the defaults each time (no saved row), which the page shows as version 1.
    setup: async (db, { boardId, viewer }) => {
      await db.notificationPreference.deleteMany({ where: { userId: viewer.userId } });
      return { boardId, version: 1, userId: viewer.userId };
    },
    valid: (t) => ({
      digest: "daily",
      leadDays: "21",
      meetingDigest: "on",
      "immediate-item-sent": "on",
      "immediate-challenge-raised": "on",
      version: t.version,
    }),
    endpoint: viaForm(saveNotificationPreferencesAction),
    fields: {
      digest: { optionalChoice: { wrong: ["Daily", "monthly", "weekly ", "never", "OFF"] } },
      leadDays: { count: { min: 1, max: 90 } },
      meetingDigest: { optionalChoice: { wrong: ["yes", "ON", "1", "true", "off"] } },
      "immediate-follow-up": { optionalChoice: { wrong: ["yes", "On", "0", "checked"] } },
      version: "version",
    },
    // The row's key is the user's id.
    audit: (t) => ({
      action: "notification-preferences.save",
      entityType: "NotificationPreference",
      entityId: String(t.userId),
    }),
  },
  itemNoteRow,
  ...ITEM_ROWS,
  ...EVIDENCE_ROWS,
  ...CHALLENGE_ROWS,
  ...RULE_AND_POST_ROWS,
  ...PROTOCOL_DRAFT_ROWS,
  ...REVIEW_ROWS,
  ...USER_ROWS,
  ...NOTIFICATION_ROWS,
  ...DIRECTORY_ROWS,
  ...ADMINISTRATION_ROWS,
  ...OUTBOX_ROWS,
];

/** Exported functions of actions.ts files that change nothing, or that sign-in owns. */
export const NOT_MUTATIONS: { name: string; file: string; why: string }[] = [
  {
    name: "signInAction",
    file: "src/app/sign-in/actions.ts",
    why: "authentication (tested in authenticate.test.ts), not a mutation by a signed-in user",
  },
  {
    name: "signOutAction",
    file: "src/app/sign-in/actions.ts",
    why: "authentication: ends the signed-in user's own sessions (session version, audited); tested in sessions.test.ts",
  },
  {
    name: "acceptInvitationAction",
    file: "src/app/invite/[token]/actions.ts",
    why: "authentication by a one-time link (the invitee has no session yet); tested in users.test.ts and invitation-mail.test.ts",
  },
  {
    name: "previewAreaImportAction",
    file: "src/app/admin/areas/import/actions.ts",
    why: "read-only: a dry run of the import, rolled back, that writes nothing",
  },
  {
    name: "previewRuleAction",
    file: "src/app/areas/[area]/protocols/[protocol]/rules/[rule]/actions.ts",
    why: "read-only: runs the engine on an unsaved rule and writes nothing",
  },
  {
    name: "POST",
    file: "src/app/api/auth/[...nextauth]/route.ts",
    why: "next-auth's own endpoints (sign-in by credentials or single sign-on)",
  },
  {
    name: "POST",
    file: "src/app/unsubscribe/[token]/route.ts",
    why: "authentication by a signed one-click token (RFC 8058; no session by design); tested in notifications-unsubscribe.test.ts: one user, one preference, forged and replayed tokens refused, audited",
  },
  ...DIRECTORY_NOT_MUTATIONS,
];

export const labelOf = (m: Mutation) => `${m.name}${m.variant ? ` (${m.variant})` : ""}`;
