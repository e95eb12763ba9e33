import { parseRoute, responseDueOn as routeResponseDueOn } from "@/domain/challenges";
import { formatCivilDate, londonToday } from "@/lib/dates";
import { raiseChallengeSchema } from "@/lib/schemas/challenge";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeBoard, viewerCan, type Viewer } from "@/server/authz/load-viewer";
import { itemBoards } from "@/server/authz/authorize-item";
import { noticeChallenge } from "@/server/features/notifications/immediate-notices";
import { challengeWorkingDays } from "./challenge-working-days";

/**
 * Challenges between boards (issue 4; Halton 44-45, Kent 4.1, Knowsley 10.1). The chair of one board
 * calls another board to account under a protocol both have agreed; the other chair gives a formal
 * response by a date: the one the chair gives, else the protocol route's `respondWithin` (20 working
 * days when it states none) in the raising board's area's working days. The challenge, its first event
 * (carrying that due date) and one audit entry are written in one transaction.
 */

const RAISE_MESSAGE = "Check the challenge";

export async function raiseChallenge(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const input = parse(raiseChallengeSchema, raw, RAISE_MESSAGE);
  const from = await authorizeBoard(ctx.db, ctx.viewer, input.fromBoardId, "challenge:raise");
  const errors: Record<string, string[]> = {};
  const to = await ctx.db.board.findUnique({ where: { id: input.toBoardId }, include: { areas: true } });
  if (!to || !viewerCan(ctx.viewer, "board:read", to))
    throw new AppError("VALIDATION", RAISE_MESSAGE, { toBoardId: ["Choose the board being challenged from the list"] });

  const shared = await ctx.db.protocol.findMany({
    where: {
      status: "agreed",
      AND: [{ parties: { some: { boardId: from.id } } }, { parties: { some: { boardId: to.id } } }],
    },
  });
  if (shared.length === 0) {
    throw new AppError("VALIDATION", RAISE_MESSAGE, {
      toBoardId: [
        `${from.acronym} and ${to.acronym} share no agreed protocol: a challenge is made under a protocol both boards have agreed`,
      ],
    });
  }
  const protocol = shared.find((p) => p.id === input.protocolId);
  if (!protocol)
    errors.protocolId = [
      `Choose a protocol that both ${from.acronym} and ${to.acronym} have agreed: ${shared.map((p) => p.title).join("; ")}`,
    ];

  let clause = null;
  if (input.clauseId) {
    clause = await ctx.db.clause.findUnique({ where: { id: input.clauseId } });
    if (protocol && (!clause || clause.protocolId !== protocol.id))
      errors.clauseId = [`Choose a clause of ${protocol.title}, or none`];
  }

  if (input.itemId) {
    const found = await itemBoards(ctx.db, input.itemId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    });
    const concerned = found ? [...found.boards, found.item.ownerBoardId].filter((b): b is string => b !== null) : [];
    if (!found || found.item.retiredAt) errors.itemId = ["Choose an item from this board's calendar, or none"];
    else if (!concerned.includes(from.id) && !concerned.includes(to.id))
      errors.itemId = [`Choose an item that concerns ${from.acronym} or ${to.acronym}, or none`];
  }

  const today = londonToday(ctx.now ?? new Date());
  const responseDueOn =
    input.responseDueOn ??
    (protocol
      ? routeResponseDueOn(parseRoute(protocol.resolutionRoute), today, await challengeWorkingDays(ctx.db, from.id))
      : today);
  if (responseDueOn <= today)
    errors.responseDueOn = [`The response due date must be after today, ${formatCivilDate(today)}`];

  if (Object.keys(errors).length > 0 || !protocol) throw new AppError("VALIDATION", RAISE_MESSAGE, errors);

  return inTransaction(ctx.db, async (tx) => {
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
      data: {
        challengeId: created.id,
        actorId: ctx.viewer.userId,
        action: "raised",
        fromStatus: null,
        toStatus: "open",
        text: input.detail,
        occurredOn: today,
        dueOn: responseDueOn,
      },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "challenge.raise",
      entityType: "Challenge",
      entityId: created.id,
      after: {
        fromBoardId: created.fromBoardId,
        toBoardId: created.toBoardId,
        itemId: created.itemId,
        protocolId: created.protocolId,
        clauseId: created.clauseId,
        subject: created.subject,
        responseDueOn,
        status: "open",
        version: 1,
      },
    });
    // The challenged board's chairs hear of it at once (issue 13), in this transaction.
    await noticeChallenge(tx, "challenge-raised", {
      challenge: created,
      eventId: created.id,
      actorId: ctx.viewer.userId,
    });
    return created;
  });
}
