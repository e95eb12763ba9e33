import type { EngineCadence, EngineParty } from "@/domain/calendar/types";
import { isDated, type Frequency } from "@/lib/schemas/cadence";
import { ruleInputSchema } from "@/lib/schemas/rule";
import type { DbTx } from "@/server/data/database";
import { AppError, notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { toEngineCadence } from "../calendar/calendar-context";
import { requireCapacity } from "@/server/features/vocabularies/capacities";

/**
 * What the rule editor's use cases share (issue 5): duties and membership rules are created,
 * edited, retired and restored on a draft protocol version only. Agreed versions are read-only, and
 * only agreed versions feed generation, so nothing here reaches a calendar until the draft is
 * signed off; a retired rule of a draft is never copied into one.
 */
type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/**
 * A union's failure (an annual deadline is a day of the year, or an offset from the year's start or
 * close) reported at the field of the branch the input came closest to, so "That month has only 30
 * days" lands on cadence.deadline.day rather than on the deadline as a whole. A discriminated
 * union's unknown discriminator has no branches and keeps its own message.
 */
function closestBranch(issue: Issue): Issue[] {
  if (issue.code !== "invalid_union" || !issue.errors || issue.errors.length === 0) return [issue];
  const nearest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
  if (nearest.some((i) => i.code === "unrecognized_keys")) return [issue];
  return nearest.flatMap((i) => closestBranch({ ...i, path: [...issue.path, ...i.path] }));
}

export function parseRule(raw: unknown) {
  const parsed = ruleInputSchema.safeParse(raw);
  if (!parsed.success) {
    // Cadence problems are reported at the cadence field they concern (cadence.window.fromMonth...).
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues.flatMap(closestBranch)) {
      const key =
        issue.path[0] === "cadence" || issue.path[0] === "membership"
          ? issue.path.join(".")
          : String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    throw new AppError("VALIDATION", "Check the rule", fieldErrors);
  }
  return parsed.data;
}

/** A draft version, with protocol:manage on every party board (no viewer: the command line, trusted). */
export async function loadDraft(db: DbTx, viewer: Viewer | null, protocolId: string) {
  const protocol = await db.protocol.findUnique({
    where: { id: protocolId },
    include: { parties: true, clauses: true },
  });
  if (!protocol) throw notFound("The protocol");
  if (viewer) for (const p of protocol.parties) await authorizeBoard(db, viewer, p.boardId, "protocol:manage");
  if (protocol.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `Version ${protocol.version} is ${protocol.status}, so its rules cannot be changed: rules are edited on a draft version only. Create a new version first.`,
    );
  return protocol;
}

/**
 * The posts a duty may name (issue 14): posts of the protocol's areas that belong to one of its party
 * boards, or to no board (a council officer such as the Director of Public Health). A post is placed
 * on its board's calendar, so a post of a board outside the protocol would put items there.
 */
export const partyPostWhere = (partyIds: string[], areaIds: string[]) => ({
  areaId: { in: areaIds },
  OR: [{ boardId: null }, { boardId: { in: partyIds } }],
});

/**
 * A duty's parties, checked against the draft (issue 14): the protocol's party boards, or the posts
 * of partyPostWhere. Anything else (another board or post, even one that exists) is the field's error.
 */
export async function resolveParties(
  db: DbTx,
  protocol: { parties: { boardId: string }[] },
  parties: { type: "board" | "post"; id: string }[],
  field: "from" | "to",
): Promise<EngineParty[]> {
  const partyIds = protocol.parties.map((p) => p.boardId);
  const refuse = (message: string): never => {
    throw new AppError("VALIDATION", "Check the rule", { [field]: [message] });
  };
  let areaIds: string[] | null = null;
  const out: EngineParty[] = [];
  for (const p of parties) {
    if (p.type === "board") {
      if (!partyIds.includes(p.id)) refuse("Choose the protocol's boards: that board is not a party to it");
      out.push({ type: "board", id: p.id });
    } else {
      areaIds ??= (await db.boardArea.findMany({ where: { boardId: { in: partyIds } } })).map((l) => l.areaId);
      const post = await db.post.findFirst({ where: { id: p.id, ...partyPostWhere(partyIds, areaIds) } });
      if (!post) refuse("Choose posts of the protocol's areas and boards from the list");
      out.push({ type: "post", id: post!.id, boardId: post!.boardId });
    }
  }
  return out;
}

export type RuleInput = ReturnType<typeof parseRule>;
type Draft = Awaited<ReturnType<typeof loadDraft>>;
const CHECK_MEMBERSHIP = "Check the membership rule";

/**
 * A membership rule's boards and post, checked against the draft: the boards must be the
 * protocol's parties, the post one of their areas'. Its parties follow: the subject owes, the board is owed.
 */
export async function resolveMembership(db: DbTx, protocol: Draft, input: RuleInput) {
  const m = input.membership!;
  const partyIds = protocol.parties.map((p) => p.boardId);
  const fail = (field: string, message: string): never => {
    throw new AppError("VALIDATION", CHECK_MEMBERSHIP, { [`membership.${field}`]: [message] });
  };
  if (!partyIds.includes(m.boardId)) fail("boardId", "Choose one of the protocol's boards for them to sit on");
  let subjectPostId: string | null = null;
  let subjectBoardId: string | null = null;
  if (m.subjectType === "post") {
    const areaIds = (await db.boardArea.findMany({ where: { boardId: { in: partyIds } } })).map((l) => l.areaId);
    const post = await db.post.findUnique({ where: { id: m.subjectPostId! } });
    if (!post || !areaIds.includes(post.areaId))
      fail("subjectPostId", "Choose one of the posts of the protocol's areas");
    subjectPostId = post!.id;
  } else {
    if (!partyIds.includes(m.subjectBoardId!)) fail("subjectBoardId", "Choose one of the protocol's boards");
    subjectBoardId = m.subjectBoardId!;
  }
  // Capacities are an administrator-edited vocabulary: the schema checks the key's form, the table its existence.
  if (subjectBoardId && m.subjectCapacity)
    await requireCapacity(db, m.subjectCapacity, CHECK_MEMBERSHIP, "membership.subjectCapacity");
  if (m.capacity) await requireCapacity(db, m.capacity, CHECK_MEMBERSHIP, "membership.capacity");
  const rule = {
    subjectPostId,
    subjectBoardId,
    subjectCapacity: m.subjectType === "board-capacity" ? m.subjectCapacity! : null,
    boardId: m.boardId,
    capacity: m.capacity ?? null,
  };
  const from = subjectPostId
    ? { type: "post" as const, id: subjectPostId }
    : { type: "board" as const, id: subjectBoardId! };
  return { rule, from: [from], to: [{ type: "board" as const, id: m.boardId }] };
}

export function engineCadenceOf(
  c: RuleInput["cadence"],
  boardIdOfKey: (key: string) => string | undefined,
): EngineCadence {
  let followed: string | null = null;
  if (c.frequency === "after-every-meeting") {
    followed = boardIdOfKey(c.afterMeetingsOf) ?? null;
    if (!followed)
      throw new AppError("VALIDATION", "Check the rule", {
        "cadence.afterMeetingsOf": ["Choose one of the protocol's boards"],
      });
  }
  // Whose meetings (decision 019): one of the protocol's boards, or left out for the receiving board's.
  if ("meetingsOf" in c && c.meetingsOf) {
    followed = boardIdOfKey(c.meetingsOf) ?? null;
    if (!followed)
      throw new AppError("VALIDATION", "Check the rule", {
        "cadence.meetingsOf": ["Choose one of the protocol's boards, or the receiving board"],
      });
  }
  return toEngineCadence(c, followed);
}

/**
 * The duty a rule comes after: a live duty of the same draft, not the rule itself, and not one that
 * (through its own "comes after") comes after this rule, which would be a loop with no first duty.
 */
export async function resolveComesAfter(
  db: DbTx,
  protocolId: string,
  obligationId: string | undefined,
  comesAfterId: string | undefined,
  /** A `follows` duty takes its dates from the other, which must have some. */
  follows: boolean,
) {
  if (!comesAfterId) return null;
  const refuse = (message: string): never => {
    throw new AppError("VALIDATION", "Check the rule", { comesAfterId: [message] });
  };
  const other = await db.obligation.findUnique({ where: { id: comesAfterId } });
  if (!other || other.protocolId !== protocolId || other.retiredAt)
    refuse("Choose one of this draft's duties from the list");
  if (other!.kind === "membership" || (follows && !isDated(other!.frequency as Frequency)))
    refuse("That duty has no dates of its own to come after: choose a dated duty");
  if (obligationId) {
    const seen = new Set<string>();
    for (let at: string | null = other!.id; at && !seen.has(at);) {
      if (at === obligationId) refuse("That duty comes after this one: choose a duty earlier in the order");
      seen.add(at);
      at =
        (await db.obligation.findUnique({ where: { id: at }, select: { comesAfterId: true } }))?.comesAfterId ?? null;
    }
  }
  return other!;
}

/** Board keys of the protocol's parties, for after-every-meeting rules ("after every meeting of HWB"). */
export async function partyKeys(db: DbTx, boardIds: string[]) {
  const links = await db.boardArea.findMany({ where: { boardId: { in: boardIds } } });
  return (key: string) => links.find((l) => l.key === key)?.boardId;
}

/** The refusal for a rule changed since its form was shown (rules are locked by their updatedAt). */
export const staleRule = (o: { summary: string }) =>
  new AppError(
    "CONFLICT",
    `Someone changed the rule "${o.summary}" since you opened the page. Nothing was saved: reload the page to see the rule as it is now.`,
  );
