import { can } from "@/domain/permissions";
import {
  addWorkingDays,
  canTransition,
  nextStep,
  parseRoute,
  responseOverdue,
  RESPONSE_WORKING_DAYS,
  stepAt,
  TRANSITIONS,
  type ChallengeAction,
  type ChallengeStatus,
} from "@/domain/challenges";
import { formatCivilDate, londonToday } from "@/lib/dates";
import { escalateChallengeSchema, raiseChallengeSchema, resolveChallengeSchema, respondChallengeSchema } from "@/lib/schemas/challenge";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import type { Db, DbTx } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import { authorizeBoard, requireArea, type Viewer } from "@/server/authz/load-viewer";
import { boardKeyIn, findArea, type Reader } from "../areas/read-models";
import { itemBoards } from "@/server/authz/authorize-item";

/**
 * Challenges between boards (issue 4; Halton 44-45, Kent 4.1, Knowsley 10.1). The chair of one board
 * calls another board to account under a protocol both have agreed; the other chair gives a formal
 * response by a date; either chair records the resolution, or escalates it to the next step of the
 * protocol's resolution route. Every change is checked against the version the form showed, and
 * writes its event and one audit entry in the same transaction.
 */

type Ctx = { db: Db; viewer: Viewer; now?: Date };
type ParseResult<T> = { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsOf>[0] };

const actorOf = (viewer: Viewer) => ({ type: "user" as const, userId: viewer.userId });
const parse = <T>(schema: { safeParse: (v: unknown) => ParseResult<T> }, raw: unknown, message: string): T => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
};

export const STATUS_LABELS: Record<ChallengeStatus, string> = {
  open: "open, awaiting a response",
  responded: "responded",
  escalated: "escalated",
  resolved: "resolved",
};
const statusLabel = (status: string) => STATUS_LABELS[status as ChallengeStatus] ?? status;

/** An item as a person would name it: what it is, and when it is due. */
function itemLabel(item: { title: string | null; dueOn: string; obligation: { summary: string; clause: { ref: string } } }) {
  return `${item.title ?? item.obligation.summary} (clause ${item.obligation.clause.ref}, due ${formatCivilDate(item.dueOn)})`;
}

/** Whether the viewer may read a board at all (boards in other areas stay unseen). */
const readable = (viewer: Viewer, board: { id: string; areas: { areaId: string }[] }) =>
  can(viewer.grants, "board:read", { boardId: board.id, areaIds: board.areas.map((a) => a.areaId) });

// ---------------------------------------------------------------------------------------------
// Raise

const RAISE_MESSAGE = "Check the challenge";

export async function raiseChallenge(ctx: Ctx, raw: unknown) {
  const input = parse(raiseChallengeSchema, raw, RAISE_MESSAGE);
  const from = await authorizeBoard(ctx.db, ctx.viewer, input.fromBoardId, "challenge:raise");
  const errors: Record<string, string[]> = {};
  const to = await ctx.db.board.findUnique({ where: { id: input.toBoardId }, include: { areas: true } });
  if (!to || !readable(ctx.viewer, to)) throw new AppError("VALIDATION", RAISE_MESSAGE, { toBoardId: ["Choose the board being challenged from the list"] });

  const shared = await ctx.db.protocol.findMany({
    where: { status: "agreed", AND: [{ parties: { some: { boardId: from.id } } }, { parties: { some: { boardId: to.id } } }] },
  });
  if (shared.length === 0) {
    throw new AppError("VALIDATION", RAISE_MESSAGE, {
      toBoardId: [`${from.acronym} and ${to.acronym} share no agreed protocol: a challenge is made under a protocol both boards have agreed`],
    });
  }
  const protocol = shared.find((p) => p.id === input.protocolId);
  if (!protocol) errors.protocolId = [`Choose a protocol that both ${from.acronym} and ${to.acronym} have agreed: ${shared.map((p) => p.title).join("; ")}`];

  let clause = null;
  if (input.clauseId) {
    clause = await ctx.db.clause.findUnique({ where: { id: input.clauseId } });
    if (protocol && (!clause || clause.protocolId !== protocol.id)) errors.clauseId = [`Choose a clause of ${protocol.title}, or none`];
  }

  if (input.itemId) {
    const found = await itemBoards(ctx.db, input.itemId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    });
    const concerned = found ? [...found.boards, found.item.ownerBoardId].filter((b): b is string => b !== null) : [];
    if (!found || found.item.retiredAt) errors.itemId = ["Choose an item from this board's calendar, or none"];
    else if (!concerned.includes(from.id) && !concerned.includes(to.id)) errors.itemId = [`Choose an item that concerns ${from.acronym} or ${to.acronym}, or none`];
  }

  const today = londonToday(ctx.now ?? new Date());
  const responseDueOn = input.responseDueOn ?? addWorkingDays(today, RESPONSE_WORKING_DAYS);
  if (responseDueOn <= today) errors.responseDueOn = [`The response due date must be after today, ${formatCivilDate(today)}`];

  if (Object.keys(errors).length > 0 || !protocol) throw new AppError("VALIDATION", RAISE_MESSAGE, errors);

  return ctx.db.$transaction(async (tx) => {
    const created = await tx.challenge.create({
      data: {
        fromBoardId: from.id,
        toBoardId: to.id,
        itemId: input.itemId ?? null,
        protocolId: protocol.id,
        clauseId: clause?.id ?? null,
        subject: input.subject,
        detail: input.detail,
        responseDueOn,
        status: "open",
        raisedById: ctx.viewer.userId,
      },
    });
    await tx.challengeEvent.create({
      data: { challengeId: created.id, actorId: ctx.viewer.userId, action: "raised", fromStatus: null, toStatus: "open", text: input.detail, occurredOn: today },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "challenge.raise",
      entityType: "Challenge",
      entityId: created.id,
      after: { fromBoardId: created.fromBoardId, toBoardId: created.toBoardId, itemId: created.itemId, protocolId: created.protocolId, clauseId: created.clauseId, subject: created.subject, responseDueOn, status: "open", version: 1 },
    });
    return created;
  });
}

// ---------------------------------------------------------------------------------------------
// Respond, resolve, escalate

/**
 * Who may act. Respond: the chair of the board challenged. Resolve and escalate: either chair, that
 * is `challenge:raise` on the board that raised it or `challenge:respond` on the board challenged.
 */
async function authorizeParty(db: DbTx, viewer: Viewer, challenge: { fromBoardId: string; toBoardId: string }, action: ChallengeAction) {
  if (action === "respond") return authorizeBoard(db, viewer, challenge.toBoardId, "challenge:respond");
  let lastError: AppError | null = null;
  for (const [boardId, permission] of [[challenge.fromBoardId, "challenge:raise"], [challenge.toBoardId, "challenge:respond"]] as const) {
    try {
      return await authorizeBoard(db, viewer, boardId, permission);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (lastError === null || error.code === "FORBIDDEN") lastError = error;
    }
  }
  throw lastError ?? forbidden();
}

/** For server actions: authorises the viewer for an action on a challenge before the service runs. */
export async function authorizeChallenge(db: DbTx, viewer: Viewer, challengeId: string, action: ChallengeAction) {
  const challenge = await db.challenge.findUnique({ where: { id: challengeId }, select: { fromBoardId: true, toBoardId: true } });
  if (!challenge) throw notFound("The challenge");
  await authorizeParty(db, viewer, challenge, action);
}

const VERBS: Record<ChallengeAction, { message: string; past: string; event: string }> = {
  respond: { message: "Check the response", past: "responded to", event: "responded" },
  resolve: { message: "Check the resolution", past: "resolved", event: "resolved" },
  escalate: { message: "Check the reason for escalating", past: "escalated", event: "escalated" },
};

async function transition(ctx: Ctx, raw: unknown, action: ChallengeAction) {
  const schema = { respond: respondChallengeSchema, resolve: resolveChallengeSchema, escalate: escalateChallengeSchema }[action];
  const input = parse(schema, raw, VERBS[action].message);
  const challenge = await ctx.db.challenge.findUnique({ where: { id: input.challengeId }, include: { protocol: true } });
  if (!challenge) throw notFound("The challenge");
  await authorizeParty(ctx.db, ctx.viewer, challenge, action);
  const route = parseRoute(challenge.protocol.resolutionRoute);
  const now = `it is now ${statusLabel(challenge.status)}${challenge.escalationLevel > 0 ? `, with the ${stepAt(route, challenge.escalationLevel)}` : ""}`;
  if (challenge.version !== input.version) {
    throw new AppError("CONFLICT", `Someone changed this challenge since you opened the page: ${now}. Nothing was saved; check it and try again.`);
  }
  if (!canTransition(action, challenge.status)) {
    throw new AppError("CONFLICT", `This challenge cannot be ${VERBS[action].past}: ${now}. Nothing was saved.`);
  }
  let step: string | null = null;
  if (action === "escalate") {
    step = nextStep(route, challenge.escalationLevel);
    if (step === null) {
      throw new AppError(
        "CONFLICT",
        route.length === 0
          ? `${challenge.protocol.title} names no one to escalate to beyond the chairs: settle it between the chairs and record the resolution. Nothing was saved.`
          : `There is no further step: the challenge is already with the ${route[route.length - 1]}, the last step of the protocol's resolution route. Record the resolution instead. Nothing was saved.`,
      );
    }
  }
  const to = TRANSITIONS[action].to;
  const level = action === "escalate" ? challenge.escalationLevel + 1 : challenge.escalationLevel;
  const today = londonToday(ctx.now ?? new Date());
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.challenge.updateMany({
      where: { id: challenge.id, version: challenge.version },
      data: { status: to, escalationLevel: level, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this challenge at the same moment. Nothing was saved; reload the page and try again.");
    await tx.challengeEvent.create({
      data: { challengeId: challenge.id, actorId: ctx.viewer.userId, action: VERBS[action].event, fromStatus: challenge.status, toStatus: to, text: input.text, occurredOn: today },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: `challenge.${action}`,
      entityType: "Challenge",
      entityId: challenge.id,
      before: { status: challenge.status, escalationLevel: challenge.escalationLevel, version: challenge.version },
      after: { status: to, escalationLevel: level, version: challenge.version + 1, ...(step ? { escalatedTo: step } : {}) },
    });
    return { status: to, escalationLevel: level, step };
  });
}

/** The challenged board's chair gives the formal response (open → responded). */
export const respondToChallenge = (ctx: Ctx, raw: unknown) => transition(ctx, raw, "respond");
/** Either chair records how it was resolved (responded or escalated → resolved). */
export const resolveChallenge = (ctx: Ctx, raw: unknown) => transition(ctx, raw, "resolve");
/** Either chair takes it to the next step of the protocol's resolution route. */
export const escalateChallenge = (ctx: Ctx, raw: unknown) => transition(ctx, raw, "escalate");

// ---------------------------------------------------------------------------------------------
// Reading

const listInclude = {
  fromBoard: { include: { areas: { include: { area: true } } } },
  toBoard: { include: { areas: { include: { area: true } } } },
  protocol: true,
  clause: true,
  item: { include: { obligation: { include: { clause: true } } } },
} as const;

type BoardWithAreas = { id: string; name: string; acronym: string; areas: { areaId: string; key: string; home: boolean; area: { slug: string } }[] };

const boardRef = (board: BoardWithAreas, areaId: string | null) => ({ id: board.id, name: board.name, acronym: board.acronym, key: boardKeyIn(board, areaId) });

export type ChallengeSummary = ReturnType<typeof summarise>;

function summarise(
  c: {
    id: string; subject: string; status: string; escalationLevel: number; responseDueOn: string; version: number; createdAt: Date; updatedAt: Date;
    fromBoard: BoardWithAreas; toBoard: BoardWithAreas; protocol: { id: string; title: string; version: string; resolutionRoute: string | null };
    clause: { id: string; ref: string; heading: string | null; text: string } | null;
    item: { id: string; title: string | null; dueOn: string; obligation: { summary: string; clause: { ref: string } } } | null;
  },
  today: string,
  areaId: string | null,
) {
  const route = parseRoute(c.protocol.resolutionRoute);
  const home = c.fromBoard.areas.find((a) => a.areaId === areaId) ?? c.fromBoard.areas.find((a) => a.home) ?? c.fromBoard.areas[0];
  return {
    id: c.id,
    subject: c.subject,
    status: c.status as ChallengeStatus,
    statusLabel: statusLabel(c.status),
    escalationLevel: c.escalationLevel,
    /** Who holds it now: the chairs, or the route's step it was escalated to. */
    currentStep: stepAt(route, c.escalationLevel),
    route,
    responseDueOn: c.responseDueOn,
    overdue: responseOverdue(c, today),
    version: c.version,
    raisedAt: c.createdAt,
    updatedAt: c.updatedAt,
    /** The area to link to the challenge in: the one being viewed, else the raising board's home area. */
    areaSlug: home?.area.slug ?? null,
    from: boardRef(c.fromBoard, areaId),
    to: boardRef(c.toBoard, areaId),
    protocol: { id: c.protocol.id, title: c.protocol.title, version: c.protocol.version },
    clause: c.clause ? { ref: c.clause.ref, heading: c.clause.heading, text: c.clause.text } : null,
    item: c.item ? { id: c.item.id, label: itemLabel(c.item) } : null,
  };
}

/**
 * Challenges raised by or to any of the given boards that the viewer can read, newest first, for
 * dashboards and the challenges page. `status: "unresolved"` is everything not yet resolved.
 */
export async function listChallenges(
  ctx: { db: DbTx; viewer: Viewer; now?: Date },
  options: { boardIds: readonly string[]; status?: ChallengeStatus | "unresolved"; areaId?: string },
): Promise<ChallengeSummary[]> {
  const boards = await ctx.db.board.findMany({ where: { id: { in: [...options.boardIds] } }, include: { areas: true } });
  const ids = boards.filter((b) => readable(ctx.viewer, b)).map((b) => b.id);
  if (ids.length === 0) return [];
  const status = options.status === undefined ? {} : options.status === "unresolved" ? { status: { not: "resolved" } } : { status: options.status };
  const rows = await ctx.db.challenge.findMany({
    where: { OR: [{ fromBoardId: { in: ids } }, { toBoardId: { in: ids } }], ...status },
    include: listInclude,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const today = londonToday(ctx.now ?? new Date());
  return rows.map((c) => summarise(c, today, options.areaId ?? null));
}

/** The challenges page: those involving the boards of an area that the viewer can read. */
export async function listAreaChallenges(reader: Reader & { viewer: Viewer }, areaSlug: string, filter: "open" | "all", now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const links = await reader.db.boardArea.findMany({ where: { areaId: area.id }, select: { boardId: true } });
  const challenges = await listChallenges({ db: reader.db, viewer: reader.viewer, now }, { boardIds: links.map((l) => l.boardId), status: filter === "open" ? "unresolved" : undefined, areaId: area.id });
  const raiseFrom = await raisableBoards(reader, area.id);
  return { area, challenges, canRaise: raiseFrom.length > 0 };
}

/** One challenge, as seen from an area: its history, its route, and what the viewer may do now. */
export async function getChallenge(reader: Reader & { viewer: Viewer }, areaSlug: string, challengeId: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  requireArea(reader.viewer, area.id);
  const c = await reader.db.challenge.findUnique({
    where: { id: challengeId },
    include: { ...listInclude, raisedBy: true, events: { include: { actor: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const inArea = c && [c.fromBoard, c.toBoard].some((b) => b.areas.some((a) => a.areaId === area.id));
  if (!c || !inArea || !(readable(reader.viewer, c.fromBoard) || readable(reader.viewer, c.toBoard))) throw notFound("The challenge");
  const today = londonToday(now);
  const summary = summarise(c, today, area.id);
  const grants = reader.viewer.grants;
  const scope = (b: BoardWithAreas) => ({ boardId: b.id, areaIds: b.areas.map((a) => a.areaId) });
  const isToChair = can(grants, "challenge:respond", scope(c.toBoard));
  const isEitherChair = isToChair || can(grants, "challenge:raise", scope(c.fromBoard));
  let escalations = 0;
  return {
    area,
    challenge: {
      ...summary,
      detail: c.detail,
      raisedBy: c.raisedBy.name,
      nextStep: nextStep(summary.route, c.escalationLevel),
      events: c.events.map((e) => ({
        id: e.id,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        text: e.text,
        occurredOn: e.occurredOn,
        at: e.createdAt,
        actor: e.actor.name,
        /** For an escalation: the step it went to (levels only rise, so the n-th escalation reached step n). */
        step: e.action === "escalated" ? stepAt(summary.route, ++escalations) : null,
      })),
    },
    permissions: {
      respond: isToChair && canTransition("respond", c.status),
      resolve: isEitherChair && canTransition("resolve", c.status),
      escalate: isEitherChair && canTransition("escalate", c.status) && nextStep(summary.route, c.escalationLevel) !== null,
    },
  };
}

/** The area's boards the viewer may raise a challenge from. */
async function raisableBoards(reader: Reader & { viewer: Viewer }, areaId: string) {
  const links = await reader.db.boardArea.findMany({ where: { areaId }, include: { board: { include: { areas: true } } }, orderBy: { key: "asc" } });
  return links.filter((l) => can(reader.viewer.grants, "challenge:raise", { boardId: l.boardId, areaIds: l.board.areas.map((a) => a.areaId) }));
}

/**
 * What the "raise a challenge" form offers: the boards the viewer chairs in the area, the boards
 * they share an agreed protocol with, those protocols and their clauses; prefilled from an item
 * (`?item=`) or a board (`?from=`) where given.
 */
export async function getRaiseChallengeForm(reader: Reader & { viewer: Viewer }, areaSlug: string, query: { item?: string; from?: string }, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  requireArea(reader.viewer, area.id);
  const fromLinks = await raisableBoards(reader, area.id);
  const fromIds = fromLinks.map((l) => l.boardId);
  const protocols = await reader.db.protocol.findMany({
    where: { status: "agreed", parties: { some: { boardId: { in: fromIds } } } },
    include: { parties: { include: { board: { include: { areas: true } } } }, clauses: { orderBy: { position: "asc" } } },
    orderBy: { title: "asc" },
  });
  const targets = new Map<string, { id: string; label: string }>();
  for (const p of protocols) {
    for (const party of p.parties) {
      if (!readable(reader.viewer, party.board)) continue;
      targets.set(party.boardId, { id: party.boardId, label: `${party.board.name} (${boardKeyIn(party.board, area.id)})` });
    }
  }
  const prefill: { fromBoardId?: string; toBoardId?: string; protocolId?: string; clauseId?: string; itemId?: string } = {};
  let item: { id: string; label: string } | null = null;
  if (query.item) {
    const found = await itemBoards(reader.db, query.item).catch(() => null);
    const boards = found ? [...found.boards, found.item.ownerBoardId].filter((b): b is string => b !== null) : [];
    const visible = found && !found.item.retiredAt && (await reader.db.board.findMany({ where: { id: { in: boards } }, include: { areas: true } })).some((b) => readable(reader.viewer, b) && b.areas.some((a) => a.areaId === area.id));
    if (found && visible) {
      item = { id: found.item.id, label: itemLabel({ ...found.item, obligation: found.item.obligation }) };
      prefill.itemId = found.item.id;
      prefill.fromBoardId = boards.find((b) => fromIds.includes(b));
      prefill.toBoardId = boards.find((b) => b !== prefill.fromBoardId && targets.has(b));
      prefill.protocolId = found.item.obligation.protocolId;
      prefill.clauseId = found.item.obligation.clauseId;
    }
  }
  if (query.from && fromIds.includes(query.from)) prefill.fromBoardId = query.from;
  if (!prefill.protocolId && protocols.length === 1) prefill.protocolId = protocols[0]!.id;
  const today = londonToday(now);
  return {
    area,
    canRaise: fromLinks.length > 0,
    item,
    from: fromLinks.map((l) => ({ id: l.boardId, label: `${l.board.name} (${l.key})` })),
    to: [...targets.values()].sort((a, b) => a.label.localeCompare(b.label)),
    protocols: protocols.map((p) => ({
      id: p.id,
      label: `${p.title} (version ${p.version})`,
      clauses: p.clauses.map((c) => ({ id: c.id, label: `${c.ref}${c.heading ? `: ${c.heading}` : ""}` })),
    })),
    prefill,
    today,
    defaultDueOn: addWorkingDays(today, RESPONSE_WORKING_DAYS),
  };
}
