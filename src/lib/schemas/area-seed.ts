import { z } from "zod";
import { resolutionRouteSchema } from "./resolution-route";
import { cadenceSchema } from "./cadence";
import { boardKey, civilDate, nonEmptyText, postKey, slug } from "./common";
import { CAPACITIES, MODALITIES, OBLIGATION_KINDS, PROTOCOL_STATUSES } from "./vocabulary";

/**
 * The shape of one area's data file in src/seed-data: its boards, people, posts, memberships,
 * meetings and the protocol its boards signed. The seed, the tests' factories and (later) the
 * admin import all parse with this one schema.
 */

/** A party to a duty: a board, or whoever holds a post. Keys resolve within the area's file. */
export const partyRefSchema = z.union([z.object({ board: boardKey }).strict(), z.object({ post: postKey }).strict()]);
export type PartyRef = z.infer<typeof partyRefSchema>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a time as HH:mm" });

export const boardSeedSchema = z
  .object({
    key: boardKey,
    name: nonEmptyText("Board name", 200),
    acronym: nonEmptyText("Acronym", 20),
    /** Key of a board kind (data, see `boardKinds`). */
    kind: slug,
    statutoryBasis: z.string().max(300).nullable(),
    statutory: z.boolean(),
    independentChair: z.boolean(),
    /** First month of the board's reporting year; 4 (April) for the UK financial year. */
    yearStartMonth: z.number().int().min(1).max(12).default(4),
    /** Other areas the board also belongs to (the Kent and Medway SAB belongs to both). */
    alsoInAreas: z.array(slug).default([]),
    /** Person key of the officer who runs the board's business (the demo secretariat user). */
    secretariat: slug,
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const meetingSeedSchema = z
  .object({
    board: boardKey,
    date: civilDate,
    startTime: time.default("14:00"),
    location: z.string().max(200).optional(),
    title: z.string().max(200).optional(),
  })
  .strict();

export const obligationSeedSchema = z
  .object({
    /** Unique within the protocol; stable across seed runs. */
    key: slug,
    /** The clause reference exactly as printed, e.g. `3.6`, `5.1(c)`, `App. 1 2.1(a)`. */
    clause: nonEmptyText("Clause", 40),
    kind: z.enum(OBLIGATION_KINDS),
    summary: nonEmptyText("Summary", 500),
    from: z.array(partyRefSchema).min(1, { error: "A duty is owed by at least one party" }),
    to: z.array(partyRefSchema).default([]),
    cadence: cadenceSchema,
    modality: z.enum(MODALITIES),
    /** Keys of document types the duty is about (jsna, jhws, cypp, annual-report, ...). */
    documents: z.array(slug).default([]),
    /** Key of an obligation in the same protocol that must happen first (Medway 8.2 → 8.3). */
    comesAfter: slug.optional(),
    /** Ambiguities in the text and how they were read. */
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const membershipRuleSeedSchema = z
  .object({
    key: slug,
    clause: nonEmptyText("Clause", 40),
    summary: nonEmptyText("Summary", 500),
    /** Who must sit there: the holder of a post, or whoever sits on a board in a capacity. */
    subject: z.union([
      z.object({ post: postKey }).strict(),
      z.object({ board: boardKey, capacity: z.enum(CAPACITIES) }).strict(),
    ]),
    /** The board they must sit on. */
    board: boardKey,
    /** The capacity they must sit in; absent means any capacity. */
    capacity: z.enum(CAPACITIES).optional(),
    modality: z.enum(MODALITIES),
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const protocolSeedSchema = z
  .object({
    key: slug,
    title: nonEmptyText("Title", 300),
    version: nonEmptyText("Version", 20),
    status: z.enum(PROTOCOL_STATUSES),
    approvedOn: civilDate.nullable(),
    /** The file in shared/seeds the text comes from. */
    sourceDocument: nonEmptyText("Source document", 200),
    parties: z
      .array(
        z
          .object({
            board: boardKey,
            /** Person key of the chair who signed for the board, if recorded. */
            signedBy: slug.optional(),
            signedOn: civilDate.optional(),
          })
          .strict(),
      )
      .min(2, { error: "A protocol has at least two parties" }),
    /**
     * Who an unresolved disagreement between the parties goes to, step by step, after the chairs
     * (Halton 45: the Strategic Director, then the Chief Executive). Absent: the protocol names no
     * route, and a challenge is settled between the chairs.
     */
    resolutionRoute: resolutionRouteSchema.optional(),
    clauses: z
      .array(
        z
          .object({
            ref: nonEmptyText("Clause reference", 40),
            heading: z.string().max(200).optional(),
            text: nonEmptyText("Clause text", 8000),
          })
          .strict(),
      )
      .min(1),
    obligations: z.array(obligationSeedSchema).min(1),
    membershipRules: z.array(membershipRuleSeedSchema).default([]),
    notes: z.string().max(4000).optional(),
  })
  .strict();

export const areaSeedSchema = z
  .object({
    area: z.object({ slug, name: nonEmptyText("Area name", 100) }).strict(),
    organisations: z.array(z.object({ key: slug, name: nonEmptyText("Organisation name", 200), kind: slug }).strict()),
    boards: z.array(boardSeedSchema).min(1),
    posts: z.array(
      z
        .object({
          key: postKey,
          title: nonEmptyText("Post title", 200),
          organisation: slug,
          /** The board the post belongs to, for posts like "Independent Chair of the LSCB". */
          board: boardKey.optional(),
        })
        .strict(),
    ),
    people: z.array(
      z
        .object({
          key: slug,
          name: nonEmptyText("Name", 120),
          email: z.email().optional(),
        })
        .strict(),
    ),
    postHoldings: z.array(
      z.object({ post: postKey, person: slug, from: civilDate, to: civilDate.optional() }).strict(),
    ),
    memberships: z.array(
      z
        .object({
          person: slug,
          board: boardKey,
          capacity: z.enum(CAPACITIES),
          representing: slug,
          from: civilDate,
          to: civilDate.optional(),
          /** The clause that makes this membership expected, e.g. Knowsley `6.8`. */
          source: z.string().max(40).optional(),
        })
        .strict(),
    ),
    meetings: z.array(meetingSeedSchema),
    protocol: protocolSeedSchema,
  })
  .strict()
  .superRefine((seed, ctx) => {
    // Cross-references inside one file, so a typo fails the seed with its path, not the database.
    const boards = new Set(seed.boards.map((b) => b.key));
    const posts = new Set(seed.posts.map((p) => p.key));
    const people = new Set(seed.people.map((p) => p.key));
    const orgs = new Set(seed.organisations.map((o) => o.key));
    const obligations = new Set(seed.protocol.obligations.map((o) => o.key));
    const clauses = new Set(seed.protocol.clauses.map((c) => c.ref));
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path, message });
    };
    const party = (ref: PartyRef, path: (string | number)[]) =>
      "board" in ref
        ? need(boards.has(ref.board), path, `Unknown board ${ref.board}`)
        : need(posts.has(ref.post), path, `Unknown post ${ref.post}`);
    const unique = (values: string[], path: string, what: string) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        need(!seen.has(v), [path, i], `Duplicate ${what} ${v}`);
        seen.add(v);
      });
    };
    unique(
      seed.boards.map((b) => b.key),
      "boards",
      "board key",
    );
    unique(
      seed.people.map((p) => p.key),
      "people",
      "person key",
    );
    unique(
      seed.posts.map((p) => p.key),
      "posts",
      "post key",
    );
    unique(
      seed.protocol.obligations.map((o) => o.key),
      "obligations",
      "obligation key",
    );
    unique(
      seed.protocol.clauses.map((c) => c.ref),
      "clauses",
      "clause reference",
    );
    seed.boards.forEach((b, i) =>
      need(people.has(b.secretariat), ["boards", i, "secretariat"], `Unknown person ${b.secretariat}`),
    );
    seed.posts.forEach((p, i) => {
      need(orgs.has(p.organisation), ["posts", i, "organisation"], `Unknown organisation ${p.organisation}`);
      if (p.board) need(boards.has(p.board), ["posts", i, "board"], `Unknown board ${p.board}`);
    });
    seed.postHoldings.forEach((h, i) => {
      need(posts.has(h.post), ["postHoldings", i, "post"], `Unknown post ${h.post}`);
      need(people.has(h.person), ["postHoldings", i, "person"], `Unknown person ${h.person}`);
    });
    seed.memberships.forEach((m, i) => {
      need(people.has(m.person), ["memberships", i, "person"], `Unknown person ${m.person}`);
      need(boards.has(m.board), ["memberships", i, "board"], `Unknown board ${m.board}`);
      need(orgs.has(m.representing), ["memberships", i, "representing"], `Unknown organisation ${m.representing}`);
      if (m.to) need(m.to >= m.from, ["memberships", i, "to"], "A membership cannot end before it starts");
    });
    seed.meetings.forEach((m, i) => need(boards.has(m.board), ["meetings", i, "board"], `Unknown board ${m.board}`));
    seed.protocol.parties.forEach((p, i) => {
      need(boards.has(p.board), ["protocol", "parties", i, "board"], `Unknown board ${p.board}`);
      if (p.signedBy)
        need(people.has(p.signedBy), ["protocol", "parties", i, "signedBy"], `Unknown person ${p.signedBy}`);
    });
    seed.protocol.obligations.forEach((o, i) => {
      const at = ["protocol", "obligations", i];
      need(clauses.has(o.clause), [...at, "clause"], `Clause ${o.clause} is not among the protocol's clauses`);
      o.from.forEach((ref, j) => party(ref, [...at, "from", j]));
      o.to.forEach((ref, j) => party(ref, [...at, "to", j]));
      if (o.comesAfter) {
        need(obligations.has(o.comesAfter), [...at, "comesAfter"], `Unknown obligation ${o.comesAfter}`);
        need(o.comesAfter !== o.key, [...at, "comesAfter"], "A duty cannot come after itself");
      }
      if (o.cadence.frequency === "after-every-meeting")
        need(
          boards.has(o.cadence.afterMeetingsOf),
          [...at, "cadence", "afterMeetingsOf"],
          `Unknown board ${o.cadence.afterMeetingsOf}`,
        );
    });
    seed.protocol.membershipRules.forEach((r, i) => {
      const at = ["protocol", "membershipRules", i];
      need(clauses.has(r.clause), [...at, "clause"], `Clause ${r.clause} is not among the protocol's clauses`);
      need(boards.has(r.board), [...at, "board"], `Unknown board ${r.board}`);
      if ("post" in r.subject) need(posts.has(r.subject.post), [...at, "subject"], `Unknown post ${r.subject.post}`);
      else need(boards.has(r.subject.board), [...at, "subject"], `Unknown board ${r.subject.board}`);
    });
  });

export type AreaSeed = z.output<typeof areaSeedSchema>;
export type AreaSeedInput = z.input<typeof areaSeedSchema>;

/** Identity helper so a data file is type-checked against the schema's input type as it is written. */
export function defineAreaSeed(seed: AreaSeedInput): AreaSeedInput {
  return seed;
}
