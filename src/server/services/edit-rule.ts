import { anchorBoardOf, cycleFor, generateItems } from "@/domain/calendar/generate";
import type { EngineCadence, EngineParty } from "@/domain/calendar/types";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { ruleInputSchema } from "@/lib/schemas/rule";
import type { Db, DbTx } from "../database";
import { appendAudit } from "../audit";
import { AppError, notFound } from "../errors";
import { authorizeBoard, type Viewer } from "./load-viewer";
import { toEngineCadence } from "./calendar-context";

/**
 * The rule editor (issue 5): create, edit and retire duties on a draft protocol version, with a
 * preview through the calendar engine of the items the rule would produce this year.
 */
function parse(raw: unknown) {
  const parsed = ruleInputSchema.safeParse(raw);
  if (!parsed.success) {
    // Cadence problems are reported at the cadence field they concern (cadence.window.fromMonth...).
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "cadence" ? issue.path.join(".") : String(issue.path[0] ?? "form");
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
  if (protocol.status !== "draft") throw new AppError("CONFLICT", `Version ${protocol.version} is ${protocol.status}: rules are edited on a draft version only. Create a new version first.`);
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

function engineCadenceOf(c: ReturnType<typeof parse>["cadence"], boardIdOfKey: (key: string) => string | undefined): EngineCadence {
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

/** The items the rule would produce in the current financial year, before anything is saved. */
export async function previewRule(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const input = parse(raw);
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  const from = await resolveParties(ctx.db, input.from);
  const to = await resolveParties(ctx.db, input.to);
  const cadence = engineCadenceOf(input.cadence, await partyKeys(ctx.db, protocol.parties.map((p) => p.boardId)));
  const anchor = anchorBoardOf({ from, to }, protocol.parties[0]!.boardId);
  const board = await ctx.db.board.findUniqueOrThrow({ where: { id: anchor } });
  const year = cycleStartYear(londonToday(ctx.now ?? new Date()), board.yearStartMonth);
  const boards = [...new Set([...from, ...to].map((p) => (p.type === "board" ? p.id : p.boardId)).filter((b): b is string => b !== null).concat(cadence.frequency === "after-every-meeting" ? [cadence.afterMeetingsOfBoardId] : []))];
  const meetings = await ctx.db.meeting.findMany({ where: { boardId: { in: boards } }, select: { id: true, boardId: true, date: true } });
  const items = generateItems({ obligations: [{ id: "preview", cadence, from, to, comesAfterId: null, anchorBoardId: anchor }], meetings, cycleOf: () => cycleFor(year, board.yearStartMonth) });
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  return { year, items: items.map((i) => ({ recipientKey: i.recipientKey, index: i.index, of: i.of, windowStart: i.windowStart, windowEnd: i.windowEnd, dueOn: i.dueOn, meeting: i.meetingId ? meetingDate.get(i.meetingId)! : null, flags: i.flags })) };
}

/** Saves a rule on a draft version: a new duty, or an edit of one (its parties replaced). */
export async function saveRule(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(raw);
  const protocol = await loadDraft(ctx.db, ctx.viewer, input.protocolId);
  if (!protocol.clauses.some((c) => c.id === input.clauseId)) throw new AppError("VALIDATION", "Check the rule", { clauseId: ["Choose one of this version's clauses"] });
  await resolveParties(ctx.db, [...input.from, ...input.to]);
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
  return ctx.db.$transaction(async (tx) => {
    let id = input.obligationId;
    let before: unknown = null;
    if (id) {
      const existing = await tx.obligation.findUnique({ where: { id } });
      if (!existing || existing.protocolId !== protocol.id) throw notFound("The rule");
      before = existing;
      await tx.obligation.update({ where: { id }, data });
      await tx.obligationParty.deleteMany({ where: { obligationId: id } });
    } else {
      const position = await tx.obligation.count({ where: { protocolId: protocol.id } });
      id = (await tx.obligation.create({ data: { ...data, protocolId: protocol.id, key: `rule-${Date.now().toString(36)}`, position } })).id;
    }
    const parties = [...input.from.map((p, i) => ({ ...p, role: "from", position: i })), ...input.to.map((p, i) => ({ ...p, role: "to", position: i }))];
    await tx.obligationParty.createMany({ data: parties.map((p) => ({ obligationId: id, role: p.role, position: p.position, boardId: p.type === "board" ? p.id : null, postId: p.type === "post" ? p.id : null })) });
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, { action: input.obligationId ? "rule.edit" : "rule.create", entityType: "Obligation", entityId: id, before, after: { ...data, parties } });
    return { id };
  });
}
