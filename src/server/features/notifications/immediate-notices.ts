import { formatCivilDate } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import { itemTitle } from "@/server/features/calendar/calendar-view";
import type { ImmediateKind } from "./kinds";
import { noticeOptions } from "./notice-options";
import { notifyBoardRoles } from "./notify";

/**
 * The immediate notices of issue 13, one function per cause. Each is called by the use case that
 * makes the change, inside its transaction (decision 021), and keys the notice by the record the
 * change wrote (the log entry, the new item, the challenge or its event), so the notice exists
 * exactly when the change does and is never written twice. Whoever acted is not told of their act.
 */

/** A board's name, acronym and home area: the council a notice names and where its link leads. */
async function boardPlace(tx: DbTx, boardId: string) {
  const board = await tx.board.findUniqueOrThrow({
    where: { id: boardId },
    select: { name: true, acronym: true, areas: { where: { home: true }, include: { area: true } } },
  });
  const home = board.areas[0]?.area;
  return { name: board.name, acronym: board.acronym, areaSlug: home?.slug ?? "", council: home?.name ?? board.name };
}

type TitledItem = {
  id: string;
  dueOn: string;
  title: string | null;
  origin: string;
  sequenceIndex: number;
  sequenceOf: number;
  windowStart: string;
  obligation: { summary: string; frequency: string };
};

/** An item's name as its page shows it. */
const nameOf = (item: TitledItem) =>
  item.title
    ? item.origin === "follow-up"
      ? `Follow-up: ${item.title}`
      : `${item.obligation.summary}: ${item.title}`
    : itemTitle(
        item.obligation.summary,
        item.obligation.frequency,
        item.sequenceIndex,
        item.sequenceOf,
        item.windowStart,
      );

/** Another board marked an item sent to this one: the recipient's secretariat is told. */
export async function noticeItemSent(
  tx: DbTx,
  change: {
    item: TitledItem;
    logEntryId: string;
    occurredOn: string;
    owingBoardIds: readonly string[];
    recipientBoardId: string | null;
    actorId: string;
  },
) {
  const { item, recipientBoardId } = change;
  if (!recipientBoardId || change.owingBoardIds.includes(recipientBoardId)) return 0;
  const to = await boardPlace(tx, recipientBoardId);
  const from = await Promise.all(change.owingBoardIds.map((id) => boardPlace(tx, id)));
  const sender = from.map((b) => b.acronym).join(" and ") || "Another board";
  return notifyBoardRoles(
    tx,
    { boardIds: [recipientBoardId], roles: ["secretariat"], exceptUserId: change.actorId },
    "item-sent",
    {
      key: `item-sent:${change.logEntryId}`,
      content: {
        council: to.council,
        title: `${sender} sent “${nameOf(item)}” to ${to.acronym}`,
        lines: [
          { text: `Marked sent on ${formatCivilDate(change.occurredOn)}; due ${formatCivilDate(item.dueOn)}` },
          { text: `Record when ${to.acronym} receives it, at the meeting that considers it` },
        ],
        link: `/areas/${to.areaSlug}/items/${item.id}`,
        reason: `You are told because you are secretariat of ${to.name}.`,
      },
    },
    noticeOptions(),
  );
}

/** A follow-up action was assigned to a board: that board's secretariat is told. */
export async function noticeFollowUp(
  tx: DbTx,
  change: { followUp: { id: string; title: string | null; dueOn: string }; ownerBoardId: string; actorId: string },
) {
  const owner = await boardPlace(tx, change.ownerBoardId);
  return notifyBoardRoles(
    tx,
    { boardIds: [change.ownerBoardId], roles: ["secretariat"], exceptUserId: change.actorId },
    "follow-up",
    {
      key: `follow-up:${change.followUp.id}`,
      content: {
        council: owner.council,
        title: `Follow-up assigned to ${owner.acronym}: ${change.followUp.title ?? "an action"}`,
        lines: [{ text: `Due ${formatCivilDate(change.followUp.dueOn)}` }],
        link: `/areas/${owner.areaSlug}/items/${change.followUp.id}`,
        reason: `You are told because you are secretariat of ${owner.name}.`,
      },
    },
    noticeOptions(),
  );
}

type ChallengeKind = Extract<ImmediateKind, "challenge-raised" | "challenge-answered" | "challenge-escalated">;

/**
 * A challenge raised against a board (its chairs are told), answered or escalated (the chairs of
 * both boards are told: the raising board waits for the answer, and an escalation takes it out of
 * both chairs' hands). Each board's chairs get the link in their own board's area.
 */
export async function noticeChallenge(
  tx: DbTx,
  kind: ChallengeKind,
  change: {
    challenge: { id: string; subject: string; fromBoardId: string; toBoardId: string; responseDueOn: string };
    /** The record that makes the notice unique: the challenge when raised, else the event written. */
    eventId: string;
    actorId: string;
    /** The step of the resolution route it was escalated to. */
    step?: string | null;
  },
) {
  const { challenge } = change;
  const from = await boardPlace(tx, challenge.fromBoardId);
  const to = await boardPlace(tx, challenge.toBoardId);
  const title = {
    "challenge-raised": `${from.acronym} has challenged ${to.acronym}: ${challenge.subject}`,
    "challenge-answered": `${to.acronym} has answered ${from.acronym}'s challenge: ${challenge.subject}`,
    "challenge-escalated": `A challenge between ${from.acronym} and ${to.acronym} is escalated: ${challenge.subject}`,
  }[kind];
  const line = {
    "challenge-raised": `A formal response is due by ${formatCivilDate(challenge.responseDueOn)}`,
    "challenge-answered": "Read the response, then resolve the challenge or escalate it",
    "challenge-escalated": change.step
      ? `It is now with the ${change.step}; next date ${formatCivilDate(challenge.responseDueOn)}`
      : "It has gone to the next step of the protocol's resolution route",
  }[kind];
  const boards = kind === "challenge-raised" ? [to] : [to, from];
  const ids = kind === "challenge-raised" ? [challenge.toBoardId] : [challenge.toBoardId, challenge.fromBoardId];
  let written = 0;
  for (const [i, board] of boards.entries()) {
    written += await notifyBoardRoles(
      tx,
      { boardIds: [ids[i]!], roles: ["chair"], exceptUserId: change.actorId },
      kind,
      {
        key: `${kind}:${change.eventId}`,
        content: {
          council: board.council,
          title,
          lines: [{ text: line }],
          link: `/areas/${board.areaSlug}/challenges/${challenge.id}`,
          reason: `You are told because you chair ${board.name}.`,
        },
      },
      noticeOptions(),
    );
  }
  return written;
}

/** Sign-off requested on a draft protocol version: the chairs of the parties that have not signed are told. */
export async function noticeSignOffRequested(
  tx: DbTx,
  change: {
    protocol: { id: string; title: string; version: string };
    unsignedBoardIds: readonly string[];
    /** One request per protocol per day (see request-sign-off.ts). */
    day: string;
    requestedBy: string;
    actorId: string;
  },
) {
  let written = 0;
  for (const boardId of change.unsignedBoardIds) {
    const board = await boardPlace(tx, boardId);
    written += await notifyBoardRoles(
      tx,
      { boardIds: [boardId], roles: ["chair"], exceptUserId: change.actorId },
      "sign-off-requested",
      {
        key: `sign-off-requested:${change.protocol.id}:${change.day}`,
        content: {
          council: board.council,
          title: `Sign-off requested: ${change.protocol.title}, version ${change.protocol.version}`,
          lines: [
            { text: `${change.requestedBy} asks you to sign this version off for ${board.name}` },
            { text: `Requested on ${formatCivilDate(change.day)}` },
          ],
          link: `/areas/${board.areaSlug}/protocols/${change.protocol.id}`,
          reason: `You are told because you chair ${board.name}, a party to this protocol.`,
        },
      },
      noticeOptions(),
    );
  }
  return written;
}
