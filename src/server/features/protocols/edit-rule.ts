import { anchorBoardOf, cycleFor, generateItems } from "@/domain/calendar/generate";
import type { EngineCadence, EngineParty } from "@/domain/calendar/types";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { ruleInputSchema, ruleStateInputSchema } from "@/lib/schemas/rule";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { toEngineCadence } from "../calendar/calendar-context";
import { checkOneMembershipRule } from "../membership/check-membership-rules";

/**
 * The rule editor (issue 5): create, edit, retire and restore duties and membership rules on a
 * draft protocol version, with a preview of the items the rule would produce this year (through the
 * calendar engine) or, for a membership rule, of whether it is met today. Agreed versions are
 * read-only, and only agreed versions feed generation, so nothing here reaches a calendar until the
 * draft is signed off; a retired rule of a draft is never copied into one.
 */
function parseRule(raw: unknown) {
  const parsed = ruleInputSchema.safeParse(raw);
  if (!parsed.success) {
    // Cadence problems are reported at the cadence field they concern (cadence.window.fromMonth...).
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "cadence" || issue.path[0] === "membership" ? issue.path.join(".") : String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    throw new AppError("VALIDATION", "Check the rule", fieldErrors);
  }
  return parsed.data;
}

async function loadDraft(db: DbTx, viewer: Viewer, protocolId: string) {
  const protocol = await db.protocol.findUnique({ where: { id: protocolId }, include: { parties: true, clauses: true } });
  if (!protocol) throw notFound("The protocol");
  for (const p of protocol.parties) await authorizeBoard(db, viewer, p.boardId, "protocol:manage");
  if (protocol.status !== "draft") throw new AppError("CONFLICT", `Version ${protocol.version} is ${protocol.status}, so its rules cannot be changed: rules are edited on a draft version only. Create a new version first.`);
  return protocol;
}

async function resolveParties(db: DbTx, parties: { type: "board" | "post"; id: string }[]): Promise<EngineParty[]> {
  const out: EngineParty[] = [];
  for (const p of parties) {
    if (p.type === "board") {
      if (!(await db.board.findUnique({ where: { id: p.id } }))) throw new AppError("VALIDATION", "Check the rule", { from: ["Choose parties from the lists"] });
      out.push({ type: "board", id: p.id });
    } else {
      const post = await db.post.findUnique({ where: { id: p.id } });
      if (!post) throw new AppError("VALIDATION", "Check the rule", { from: ["Choose parties from the lists"] });
      out.push({ type: "post", id: post.id, boardId: post.boardId });
    }
  }
  return out;
}

type Input = ReturnType<typeof parseRule>;
type Draft = Awaited<ReturnType<typeof loadDraft>>;
const CHECK_MEMBERSHIP = "Check the membership rule";

/**
 * A membership rule's boards and post, checked against the draft: the boards must be the
 * protocol's parties, the post one of their areas'. Its parties follow: the subject owes, the board is owed.
 */
async function resolveMembership(db: DbTx, protocol: Draft, input: Input) {
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
    if (!post || !areaIds.includes(post.areaId)) fail("subjectPostId", "Choose one of the posts of the protocol's areas");
    subjectPostId = post!.id;
  } else {
    if (!partyIds.includes(m.subjectBoardId!)) fail("subjectBoardId", "Choose one of the protocol's boards");
    subjectBoardId = m.subjectBoardId!;
  }
  const rule = { subjectPostId, subjectBoardId, subjectCapacity: m.subjectType === "board-capacity" ? m.subjectCapacity! : null, boardId: m.boardId, capacity: m.capacity ?? null };
  const from = subjectPostId ? { type: "post" as const, id: subjectPostId } : { type: "board" as const, id: subjectBoardId! };
  return { rule, from: [from], to: [{ type: "board" as const, id: m.boardId }] };
}

function engineCadenceOf(c: Input["cadence"], boardIdOfKey: (key: string) => string | undefined): EngineCadence {
  let followed: string | null = null;
  if (c.frequency === "after-every-meeting") {
    followed = boardIdOfKey(c.afterMeetingsOf) ?? null;
    if (!followed) throw new AppError("VALIDATION", "Check the rule", { "cadence.afterMeetingsOf": ["Choose one of the protocol's boards"] });
  }
  return toEngineCadence(c, followed);
}

/** Board keys of the protocol's parties, for after-every-meeting rules ("after every meeting of HWB"). */
async function partyKeys(db: DbTx, boardIds: string[]) {
  const links = await db.boardArea.findMany({ where: { boardId: { in: boardIds } } });
  return (key: string) => links.find((l) => l.key === key)?.boardId;
}

/**
 * The items the rule would produce in the current financial year, before anything is saved; for a
 * membership rule, whether it is met today and why.
 */
export async function previewRule(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const input = parseRule(raw);
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  const today = londonToday(ctx.now ?? new Date());
  if (input.kind === "membership") {
    const { rule } = await resolveMembership(ctx.db, protocol, input);
    const clause = protocol.clauses.find((c) => c.id === input.clauseId)?.ref ?? "?";
    const check = await checkOneMembershipRule(ctx.db, { ...rule, clause }, null, today);
    return { year: null, items: [], membership: check };
  }
  const from = await resolveParties(ctx.db, input.from);
  const to = await resolveParties(ctx.db, input.to);
  const cadence = engineCadenceOf(input.cadence, await partyKeys(ctx.db, protocol.parties.map((p) => p.boardId)));
  const anchor = anchorBoardOf({ from, to }, protocol.parties[0]!.boardId);
  const board = await ctx.db.board.findUniqueOrThrow({ where: { id: anchor } });
  const year = cycleStartYear(today, board.yearStartMonth);
  const boards = [...new Set([...from, ...to].map((p) => (p.type === "board" ? p.id : p.boardId)).filter((b): b is string => b !== null).concat(cadence.frequency === "after-every-meeting" ? [cadence.afterMeetingsOfBoardId] : []))];
  const meetings = await ctx.db.meeting.findMany({ where: { boardId: { in: boards } }, select: { id: true, boardId: true, date: true } });
  const items = generateItems({ obligations: [{ id: "preview", cadence, from, to, comesAfterId: null, anchorBoardId: anchor }], meetings, cycleOf: () => cycleFor(year, board.yearStartMonth) });
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  return {
    year,
    items: items.map((i) => ({ recipientKey: i.recipientKey, index: i.index, of: i.of, windowStart: i.windowStart, windowEnd: i.windowEnd, dueOn: i.dueOn, meeting: i.meetingId ? meetingDate.get(i.meetingId)! : null, flags: i.flags })),
    membership: null,
  };
}

const staleRule = (o: { summary: string }) =>
  new AppError("CONFLICT", `Someone changed the rule "${o.summary}" since you opened the page. Nothing was saved: reload the page to see the rule as it is now.`);

/**
 * Saves a rule on a draft version: a new duty or membership rule, or an edit of one (its parties
 * replaced), refused if the rule changed since the form was shown or has been retired.
 */
export async function saveRule(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parseRule(raw);
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  if (!protocol.clauses.some((c) => c.id === input.clauseId)) throw new AppError("VALIDATION", "Check the rule", { clauseId: ["Choose one of this version's clauses"] });
  const membership = input.kind === "membership" ? await resolveMembership(ctx.db, protocol, input) : null;
  const from = membership?.from ?? input.from;
  const to = membership?.to ?? input.to;
  await resolveParties(ctx.db, [...from, ...to]);
  const c = input.cadence as Record<string, unknown> & { frequency: string };
  const keyToId = await partyKeys(ctx.db, protocol.parties.map((p) => p.boardId));
  engineCadenceOf(input.cadence, keyToId);
  const window = c.window as { fromMonth: number; toMonth: number } | null | undefined;
  const data = {
    clauseId: input.clauseId,
    kind: input.kind,
    summary: input.summary,
    modality: input.modality,
    notes: input.notes ?? null,
    frequency: c.frequency,
    windowFromMonth: window?.fromMonth ?? null,
    windowToMonth: window?.toMonth ?? null,
    minPerYear: (c.minPerYear as number | undefined) ?? null,
    triggerText: (c.trigger as string | undefined) ?? null,
    afterMeetingsOfId: typeof c.afterMeetingsOf === "string" ? (keyToId(c.afterMeetingsOf) ?? null) : null,
    daysAfter: (c.daysAfter as number | undefined) ?? null,
    anchorDate: (c.anchorDate as string | undefined) ?? null,
  };
  return inTransaction(ctx.db, async (tx) => {
    let id = input.obligationId;
    let before: unknown = null;
    if (id) {
      const existing = await tx.obligation.findUnique({ where: { id }, include: { membershipRule: true } });
      if (!existing || existing.protocolId !== protocol.id) throw notFound("The rule");
      if (existing.retiredAt) throw new AppError("CONFLICT", `The rule "${existing.summary}" is retired on this draft: restore it before editing it.`);
      before = existing;
      await updateOnce(tx.obligation, { id, updatedAt: new Date(input.updatedAt!) }, data, () => staleRule(existing));
      await tx.obligationParty.deleteMany({ where: { obligationId: id } });
    } else {
      const position = await tx.obligation.count({ where: { protocolId: protocol.id } });
      const key = `rule-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      id = (await tx.obligation.create({ data: { ...data, protocolId: protocol.id, key, position } })).id;
    }
    const parties = [...from.map((p, i) => ({ ...p, role: "from", position: i })), ...to.map((p, i) => ({ ...p, role: "to", position: i }))];
    await tx.obligationParty.createMany({ data: parties.map((p) => ({ obligationId: id, role: p.role, position: p.position, boardId: p.type === "board" ? p.id : null, postId: p.type === "post" ? p.id : null })) });
    if (membership) await tx.membershipRule.upsert({ where: { obligationId: id }, create: { obligationId: id, ...membership.rule }, update: membership.rule });
    else await tx.membershipRule.deleteMany({ where: { obligationId: id } });
    await appendAudit(tx, actorOf(ctx.viewer), { action: input.obligationId ? "rule.edit" : "rule.create", entityType: "Obligation", entityId: id, before, after: { ...data, parties, membershipRule: membership?.rule ?? null } });
    return { id };
  });
}

/**
 * Retires a rule of a draft (sets `retiredAt`; nothing is deleted), or restores it. A retired rule
 * is skipped by generation, by the membership checks and by the next version's copy.
 */
async function setRetired(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown, retire: boolean) {
  const input = parse(ruleStateInputSchema, raw, "Reload the page and try again");
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  return inTransaction(ctx.db, async (tx) => {
    const existing = await tx.obligation.findUnique({ where: { id: input.obligationId } });
    if (!existing || existing.protocolId !== protocol.id) throw notFound("The rule");
    if (retire === (existing.retiredAt !== null)) throw new AppError("CONFLICT", `The rule "${existing.summary}" is already ${retire ? "retired" : "in use"} on this draft. Nothing was changed.`);
    const retiredAt = retire ? (ctx.now ?? new Date()) : null;
    await updateOnce(tx.obligation, { id: existing.id, updatedAt: new Date(input.updatedAt) }, { retiredAt }, () => staleRule(existing));
    await appendAudit(tx, actorOf(ctx.viewer), { action: retire ? "rule.retire" : "rule.restore", entityType: "Obligation", entityId: existing.id, before: { retiredAt: existing.retiredAt }, after: { retiredAt } });
    return { id: existing.id, summary: existing.summary };
  });
}

export const retireRule = (ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) => setRetired(ctx, raw, true);
export const restoreRule = (ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) => setRetired(ctx, raw, false);
