import { z } from "zod";
import { NATIONS } from "@/domain/working-days";
import { resolutionRouteSchema } from "./resolution-route";
import { cadenceSchema } from "./cadence";
import { boardKey, civilDate, nonEmptyText, postKey, slug } from "./common";
import { CAPACITIES, MODALITIES, OBLIGATION_KINDS, PROTOCOL_STATUSES } from "./vocabulary";

/**
 * The area as one file (`cli area export` / `cli area import`, docs/area-file.schema.json): an area
 * and everything its pages show, self-contained, so that it can be imported into an empty database.
 *
 * It builds on the seed format (area-seed.ts) but mirrors what the database holds rather than what a
 * protocol's reader writes: every version of each protocol with its status and sign-offs, duties and
 * membership rules in one ordered list, retired duties, and global handles for what other areas share.
 * References use natural keys: boards and organisations by their global slug, people by slug, posts by
 * key within an area (the file's own area unless `area` says otherwise), clauses by reference as printed.
 */
export const AREA_FILE_FORMAT = "board-governance-portal/area";
export const AREA_FILE_VERSION = 1;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a time as HH:mm" });
/** A meeting of the same board by its date and start time, "2026-09-08T16:15". */
const meetingAt = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a meeting as YYYY-MM-DDTHH:mm" });
const optionalText = (max: number) => z.string().max(max).optional();

/** A post: its key, in the file's own area unless `area` names another. */
const postRefShape = { post: postKey, area: slug.optional() };
export const areaFilePostRefSchema = z.object(postRefShape).strict();
export type AreaFilePostRef = z.infer<typeof areaFilePostRefSchema>;
/** A capacity a membership rule names: a built-in one or one the file's `vocabularies.capacities` lists. */
const ruleCapacity = slug.describe(
  "A built-in capacity (chair, vice-chair, member, statutory-member, participant-observer, supporting-officer) or one in `vocabularies.capacities`.",
);

/** A party to a duty: a board (by its global slug) or whoever holds a post. */
export const areaFilePartySchema = z.union([z.object({ board: slug }).strict(), areaFilePostRefSchema]);
export type AreaFileParty = z.infer<typeof areaFilePartySchema>;

// The cadence of the seed format, except that the board whose meetings a duty follows is named by slug.
const [
  annual,
  quarterly,
  sixMonthly,
  minPerYear,
  afterEveryMeeting,
  anniversary,
  once,
  onEvent,
  asNeeded,
  standing,
  monthly,
  namedMonths,
  interval,
  eachMeeting,
  meetingOfYear,
  firstMeetingAfter,
  follows,
] = cadenceSchema.options;
if (
  afterEveryMeeting.shape.frequency.value !== "after-every-meeting" ||
  eachMeeting.shape.frequency.value !== "each-meeting" ||
  follows.shape.frequency.value !== "follows"
)
  throw new Error("cadenceSchema's options moved: update area-file.ts");
/** Whose meetings a meeting-based duty uses, by board slug; the receiving (or owing) board's when left out. */
const meetingsOfSlug = slug
  .describe("the slug of the board whose meetings count; the receiving (else owing) board's when left out")
  .optional();
export const areaFileCadenceSchema = z.discriminatedUnion("frequency", [
  annual,
  quarterly,
  sixMonthly,
  minPerYear,
  afterEveryMeeting.extend({
    afterMeetingsOf: slug.describe("the slug of the board whose meetings this duty follows"),
  }),
  anniversary,
  once,
  onEvent,
  asNeeded,
  standing,
  // Issue 11 (decision 019).
  monthly,
  namedMonths,
  interval,
  eachMeeting.extend({ meetingsOf: meetingsOfSlug }),
  meetingOfYear.extend({ meetingsOf: meetingsOfSlug }),
  firstMeetingAfter.extend({ meetingsOf: meetingsOfSlug }),
  // Its refinement (offset or next meeting, not both) stays: safeExtend keeps it.
  follows.safeExtend({ meetingsOf: meetingsOfSlug }),
]);

const vocabularyEntry = z.object({ key: slug, name: nonEmptyText("Name", 200) }).strict();

export const areaFileBoardSchema = z
  .object({
    slug: slug.describe("The board's global handle, used in URLs and by every reference to the board in this file."),
    name: nonEmptyText("Board name", 200),
    acronym: nonEmptyText("Acronym", 20),
    kind: slug.describe("Key of a board kind in `vocabularies.boardKinds`."),
    statutoryBasis: z.string().max(300).nullable(),
    statutory: z.boolean(),
    independentChair: z.boolean(),
    yearStartMonth: z.number().int().min(1).max(12),
    notes: optionalText(2000),
    contact: optionalText(500).describe("Who to contact about the board, as typed."),
    archivedOn: civilDate
      .optional()
      .describe("The London day the board was archived; absent while it is live. Archived boards keep their history."),
    areas: z
      .array(z.object({ area: slug, key: boardKey, home: z.boolean() }).strict())
      .min(1)
      .describe("The areas the board belongs to, with its key in each; `home` marks the area that defines it."),
  })
  .strict();

export const areaFileObligationSchema = z
  .object({
    key: slug.describe("Unique within the protocol version."),
    clause: nonEmptyText("Clause", 40).describe(
      "The clause reference exactly as printed, one of the protocol's clauses.",
    ),
    kind: z.enum(OBLIGATION_KINDS),
    summary: nonEmptyText("Summary", 500),
    modality: z.enum(MODALITIES),
    from: z.array(areaFilePartySchema).min(1, { error: "A duty is owed by at least one party" }),
    to: z.array(areaFilePartySchema),
    cadence: areaFileCadenceSchema,
    documents: z.array(slug).describe("Keys of document types in `vocabularies.documentTypes`."),
    comesAfter: slug.optional().describe("Key of a duty in the same protocol version that must happen first."),
    notes: optionalText(2000),
    retired: z
      .literal(true)
      .optional()
      .describe("Retired duties are kept (history refers to them) but generate nothing."),
    membershipRule: z
      .object({
        subject: z.union([z.object(postRefShape).strict(), z.object({ board: slug, capacity: ruleCapacity }).strict()]),
        board: slug,
        capacity: ruleCapacity.optional().describe("Absent means any capacity."),
      })
      .strict()
      .optional()
      .describe("A membership rule (kind `membership`): who must sit on which board, and in what capacity."),
  })
  .strict();

export const areaFileProtocolSchema = z
  .object({
    key: slug,
    version: nonEmptyText("Version", 20),
    previousVersion: nonEmptyText("Previous version", 20)
      .optional()
      .describe("The version this one replaces (same key), if any."),
    title: nonEmptyText("Title", 300),
    status: z.enum(PROTOCOL_STATUSES),
    approvedOn: civilDate.nullable(),
    sourceDocument: z.string().max(200).nullable(),
    notes: optionalText(4000),
    resolutionRoute: resolutionRouteSchema
      .optional()
      .describe("Who an unresolved disagreement goes to after the chairs, step by step."),
    parties: z
      .array(z.object({ board: slug, signedBy: slug.optional(), signedOn: civilDate.optional() }).strict())
      .min(1, { error: "A protocol has at least one party" }),
    clauses: z.array(
      z
        .object({ ref: nonEmptyText("Clause reference", 40), heading: optionalText(200), text: z.string().max(20000) })
        .strict(),
    ),
    obligations: z.array(areaFileObligationSchema).describe("Duties and membership rules, in the protocol's order."),
  })
  .strict();

const areaShape = z
  .object({
    slug,
    name: nonEmptyText("Area name", 100),
    nation: z
      .enum(NATIONS, { error: `An area's nation must be one of ${NATIONS.join(", ")}` })
      .optional()
      .describe(
        "Whose bank holidays the area's working days skip; england-and-wales when absent (and left out on export when it is that).",
      ),
  })
  .strict();

const areaFileObjectSchema = z
  .object({
    $schema: z.string().optional().describe("Where an editor can find this file's JSON Schema; ignored on import."),
    format: z.literal(AREA_FILE_FORMAT),
    version: z.literal(AREA_FILE_VERSION),
    area: areaShape,
    otherAreas: z
      .array(areaShape)
      .describe("Other areas the file mentions (a shared board's home, a neighbour's protocol): created if missing."),
    vocabularies: z
      .object({
        boardKinds: z.array(vocabularyEntry),
        organisationKinds: z.array(vocabularyEntry),
        documentTypes: z.array(vocabularyEntry),
        capacities: z
          .array(vocabularyEntry)
          .optional()
          .describe(
            "Capacities beyond the six built in (chair...) that the memberships and membership rules use: created if missing.",
          ),
      })
      .strict()
      .describe("The reference vocabularies the file uses: created if missing, never renamed by an import."),
    organisations: z.array(z.object({ slug, name: nonEmptyText("Organisation name", 200), kind: slug }).strict()),
    people: z.array(z.object({ slug, name: nonEmptyText("Name", 120), email: z.email().optional() }).strict()),
    boards: z.array(areaFileBoardSchema),
    posts: z.array(
      z
        .object({
          area: slug.optional().describe("The area the post belongs to, if not the file's own."),
          key: postKey,
          title: nonEmptyText("Post title", 200),
          organisation: slug,
          board: slug
            .optional()
            .describe('The board the post belongs to, for posts like "Independent Chair of the LSCB".'),
        })
        .strict(),
    ),
    postHoldings: z.array(
      z.object({ ...postRefShape, person: slug, from: civilDate, to: civilDate.optional() }).strict(),
    ),
    memberships: z.array(
      z
        .object({
          person: slug,
          board: slug,
          capacity: slug.describe(
            "A built-in capacity (chair, vice-chair, member, statutory-member, participant-observer, supporting-officer) or one in `vocabularies.capacities`.",
          ),
          representing: slug,
          from: civilDate,
          to: civilDate.optional(),
          source: z.string().max(40).optional().describe("The clause that makes this membership expected, if any."),
        })
        .strict(),
    ),
    meetings: z.array(
      z
        .object({
          board: slug,
          date: civilDate,
          startTime: time,
          title: optionalText(200),
          location: optionalText(200),
          series: meetingAt
            .optional()
            .describe(
              "Meetings added together as a series name its first meeting (same board) by date and start time, that meeting included.",
            ),
          cancelledOn: civilDate
            .optional()
            .describe(
              "The London day the meeting was cancelled; absent unless cancelled. Cancelled meetings are kept.",
            ),
          cancelReason: optionalText(500).describe("Why the meeting was cancelled."),
        })
        .strict(),
    ),
    protocols: z
      .array(areaFileProtocolSchema)
      .describe("Every version of each protocol that a board of the area is party to."),
  })
  .strict();

export const areaFileSchema = areaFileObjectSchema
  .superRefine((file, ctx) => checkReferences(file, ctx))
  .meta({
    title: "Area file",
    description:
      "One area of the board governance portal as one JSON document: its boards, organisations, people, posts, memberships, " +
      "meetings and protocols (clauses, duties, membership rules), written by `cli area export` and read by `cli area import`.",
  });

export type AreaFile = z.output<typeof areaFileSchema>;
export type AreaFileInput = z.input<typeof areaFileSchema>;
export type AreaFileBoard = AreaFile["boards"][number];
export type AreaFileProtocol = AreaFile["protocols"][number];
export type AreaFileObligation = AreaFileProtocol["obligations"][number];

/** The natural key of a post in a file: `area/KEY`. */
export const postId = (file: { area: { slug: string } }, ref: { post: string; area?: string }) =>
  `${ref.area ?? file.area.slug}/${ref.post}`;

/** Every reference resolves inside the file, so a typo fails with its path before the database is touched. */
function checkReferences(file: z.output<typeof areaFileObjectSchema>, ctx: z.RefinementCtx) {
  const need = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) ctx.addIssue({ code: "custom", path, message });
  };
  const unique = (values: string[], path: (string | number)[], what: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      need(!seen.has(v), [...path, i], `Duplicate ${what} ${v}`);
      seen.add(v);
    });
    return seen;
  };
  const areas = unique([file.area.slug, ...file.otherAreas.map((a) => a.slug)], ["otherAreas"], "area");
  const boardKinds = unique(
    file.vocabularies.boardKinds.map((k) => k.key),
    ["vocabularies", "boardKinds"],
    "board kind",
  );
  const orgKinds = unique(
    file.vocabularies.organisationKinds.map((k) => k.key),
    ["vocabularies", "organisationKinds"],
    "organisation kind",
  );
  const docTypes = unique(
    file.vocabularies.documentTypes.map((k) => k.key),
    ["vocabularies", "documentTypes"],
    "document type",
  );
  const orgs = unique(
    file.organisations.map((o) => o.slug),
    ["organisations"],
    "organisation",
  );
  const people = unique(
    file.people.map((p) => p.slug),
    ["people"],
    "person",
  );
  const boards = unique(
    file.boards.map((b) => b.slug),
    ["boards"],
    "board",
  );
  const posts = unique(
    file.posts.map((p) => postId(file, { post: p.key, area: p.area })),
    ["posts"],
    "post",
  );
  unique(
    file.protocols.map((p) => `${p.key} ${p.version}`),
    ["protocols"],
    "protocol version",
  );

  const board = (slugValue: string, path: (string | number)[]) =>
    need(boards.has(slugValue), path, `Unknown board ${slugValue}`);
  const post = (ref: { post: string; area?: string }, path: (string | number)[]) =>
    need(posts.has(postId(file, ref)), path, `Unknown post ${postId(file, ref)}`);
  const person = (slugValue: string, path: (string | number)[]) =>
    need(people.has(slugValue), path, `Unknown person ${slugValue}`);
  const party = (ref: AreaFileParty, path: (string | number)[]) =>
    "board" in ref ? board(ref.board, path) : post(ref, path);

  file.organisations.forEach((o, i) =>
    need(orgKinds.has(o.kind), ["organisations", i, "kind"], `Unknown organisation kind ${o.kind}`),
  );
  const boardKeys = new Set<string>();
  file.boards.forEach((b, i) => {
    need(boardKinds.has(b.kind), ["boards", i, "kind"], `Unknown board kind ${b.kind}`);
    b.areas.forEach((a, j) => need(areas.has(a.area), ["boards", i, "areas", j, "area"], `Unknown area ${a.area}`));
    need(b.areas.filter((a) => a.home).length <= 1, ["boards", i, "areas"], "A board has one home area");
    unique(
      b.areas.map((a) => a.area),
      ["boards", i, "areas"],
      "area",
    );
    b.areas.forEach((a, j) => {
      need(
        !boardKeys.has(`${a.area}/${a.key}`),
        ["boards", i, "areas", j, "key"],
        `Another board has the key ${a.key} in ${a.area}`,
      );
      boardKeys.add(`${a.area}/${a.key}`);
    });
  });
  file.posts.forEach((p, i) => {
    if (p.area) need(areas.has(p.area), ["posts", i, "area"], `Unknown area ${p.area}`);
    need(orgs.has(p.organisation), ["posts", i, "organisation"], `Unknown organisation ${p.organisation}`);
    if (p.board) board(p.board, ["posts", i, "board"]);
  });
  file.postHoldings.forEach((h, i) => {
    post(h, ["postHoldings", i, "post"]);
    person(h.person, ["postHoldings", i, "person"]);
    if (h.to) need(h.to >= h.from, ["postHoldings", i, "to"], "A holding cannot end before it starts");
  });
  const capacities = new Set<string>([
    ...CAPACITIES,
    ...unique(
      (file.vocabularies.capacities ?? []).map((k) => k.key),
      ["vocabularies", "capacities"],
      "capacity",
    ),
  ]);
  file.memberships.forEach((m, i) => {
    need(capacities.has(m.capacity), ["memberships", i, "capacity"], `Unknown capacity ${m.capacity}`);
    person(m.person, ["memberships", i, "person"]);
    board(m.board, ["memberships", i, "board"]);
    need(orgs.has(m.representing), ["memberships", i, "representing"], `Unknown organisation ${m.representing}`);
    if (m.to) need(m.to >= m.from, ["memberships", i, "to"], "A membership cannot end before it starts");
  });
  const meetingSeries = new Map(file.meetings.map((m) => [`${m.board} ${m.date}T${m.startTime}`, m.series]));
  unique(
    file.meetings.map((m) => `${m.board} ${m.date}T${m.startTime}`),
    ["meetings"],
    "meeting",
  );
  file.meetings.forEach((m, i) => {
    board(m.board, ["meetings", i, "board"]);
    if (m.cancelReason !== undefined)
      need(m.cancelledOn !== undefined, ["meetings", i, "cancelReason"], "Only a cancelled meeting has a reason");
    if (m.series !== undefined) {
      const head = `${m.board} ${m.series}`;
      need(
        meetingSeries.has(head) && meetingSeries.get(head) === m.series,
        ["meetings", i, "series"],
        `The series ${m.series} is not a meeting of ${m.board} that starts a series`,
      );
    }
  });
  file.protocols.forEach((p, i) => {
    const at = ["protocols", i];
    if (p.previousVersion) {
      const previous = p.previousVersion;
      need(
        file.protocols.some((q) => q.key === p.key && q.version === previous),
        [...at, "previousVersion"],
        `Unknown version ${previous} of ${p.key}`,
      );
    }
    unique(
      p.parties.map((x) => x.board),
      [...at, "parties"],
      "party",
    );
    p.parties.forEach((x, j) => {
      board(x.board, [...at, "parties", j, "board"]);
      if (x.signedBy) person(x.signedBy, [...at, "parties", j, "signedBy"]);
    });
    const clauses = unique(
      p.clauses.map((c) => c.ref),
      [...at, "clauses"],
      "clause reference",
    );
    const duties = unique(
      p.obligations.map((o) => o.key),
      [...at, "obligations"],
      "duty key",
    );
    p.obligations.forEach((o, j) => {
      const path = [...at, "obligations", j];
      need(clauses.has(o.clause), [...path, "clause"], `Clause ${o.clause} is not among the protocol's clauses`);
      o.from.forEach((ref, k) => party(ref, [...path, "from", k]));
      o.to.forEach((ref, k) => party(ref, [...path, "to", k]));
      o.documents.forEach((d, k) => need(docTypes.has(d), [...path, "documents", k], `Unknown document type ${d}`));
      if (o.comesAfter) {
        need(duties.has(o.comesAfter), [...path, "comesAfter"], `Unknown duty ${o.comesAfter}`);
        need(o.comesAfter !== o.key, [...path, "comesAfter"], "A duty cannot come after itself");
      }
      if (o.cadence.frequency === "after-every-meeting")
        board(o.cadence.afterMeetingsOf, [...path, "cadence", "afterMeetingsOf"]);
      if ("meetingsOf" in o.cadence && o.cadence.meetingsOf !== undefined)
        board(o.cadence.meetingsOf, [...path, "cadence", "meetingsOf"]);
      const rule = o.membershipRule;
      if (rule) {
        board(rule.board, [...path, "membershipRule", "board"]);
        if ("post" in rule.subject) post(rule.subject, [...path, "membershipRule", "subject"]);
        else {
          board(rule.subject.board, [...path, "membershipRule", "subject"]);
          const c = rule.subject.capacity;
          need(capacities.has(c), [...path, "membershipRule", "subject", "capacity"], `Unknown capacity ${c}`);
        }
        if (rule.capacity !== undefined)
          need(
            capacities.has(rule.capacity),
            [...path, "membershipRule", "capacity"],
            `Unknown capacity ${rule.capacity}`,
          );
      }
    });
  });
}

/** The JSON Schema of the area file, as committed in docs/area-file.schema.json (`npm run schema:area-file`). */
export function areaFileJsonSchema(): string {
  // The input side: what a file may contain before defaults and trimming. Cross-references are checked by zod only.
  return JSON.stringify(z.toJSONSchema(areaFileSchema, { io: "input" }), null, 2) + "\n";
}
