import { displayStatus, type DisplayStatus } from "@/domain/calendar/status";
import { firstSendOn, lastDoneOn } from "@/domain/dashboard";
import type { DbTx } from "@/server/data/database";
import { itemTitle, partyNames } from "../calendar/calendar-view";
import type { PartyJson } from "@/server/features/protocols/list-obligations";

/** One stored item concerning some boards, with what its log says: for dashboards and exports. */
export interface BoardItem {
  id: string;
  title: string;
  clause: string;
  clauseId: string;
  protocolId: string;
  kind: string;
  origin: string;
  cycleStartYear: number;
  dueOn: string;
  windowStart: string;
  windowEnd: string;
  status: DisplayStatus;
  flags: string[];
  meeting: { id: string; date: string; boardId: string } | null;
  /** The boards that owe it: a follow-up's owner board, else the duty's "from" boards (or their posts' boards). */
  owingBoardIds: string[];
  owing: PartyJson[];
  /** The board it is presented to (a recipient post's board counts), if any. */
  recipientBoardId: string | null;
  recipient: PartyJson | null;
  firstSendOn: string | null;
  lastDoneOn: string | null;
  /** The latest date anything was logged about it, reversals included. */
  lastLoggedOn: string | null;
  /** The minute reference of its latest receipt still standing. */
  minuteRef: string | null;
  evidence: { id: string; kind: string; url: string | null; fileName: string | null; restricted: boolean }[];
}

/**
 * Stored, unretired items of the cycles starting in `startYears` that concern any of `boardIds`
 * (as owing board, follow-up owner, recipient, or the board whose year they sit in). Board keys are
 * as known in `areaId`. Statuses are derived for `today`.
 */
export async function loadBoardItems(
  db: DbTx,
  boardIds: string[],
  startYears: number[],
  areaId: string | null,
  today: string,
  options: { evidence?: boolean } = {},
): Promise<BoardItem[]> {
  if (boardIds.length === 0 || startYears.length === 0) return [];
  const names = await partyNames(db, areaId);
  const rows = await db.calendarItem.findMany({
    where: {
      retiredAt: null,
      AND: [
        { OR: startYears.map((y) => ({ cycle: { startsOn: { gte: `${y}-01-01`, lte: `${y}-12-31` } } })) },
        {
          OR: [
            { cycle: { boardId: { in: boardIds } } },
            { recipientBoardId: { in: boardIds } },
            { recipientPost: { boardId: { in: boardIds } } },
            { ownerBoardId: { in: boardIds } },
            {
              obligation: {
                parties: { some: { OR: [{ boardId: { in: boardIds } }, { post: { boardId: { in: boardIds } } }] } },
              },
            },
          ],
        },
      ],
    },
    select: {
      id: true,
      origin: true,
      title: true,
      dueOn: true,
      windowStart: true,
      windowEnd: true,
      status: true,
      flags: true,
      sequenceIndex: true,
      sequenceOf: true,
      recipientBoardId: true,
      recipientPostId: true,
      recipientPost: { select: { boardId: true } },
      ownerBoardId: true,
      meeting: { select: { id: true, date: true, boardId: true } },
      cycle: { select: { startsOn: true } },
      obligation: {
        select: {
          kind: true,
          summary: true,
          frequency: true,
          protocolId: true,
          clause: { select: { id: true, ref: true } },
          parties: {
            where: { role: "from" },
            orderBy: { position: "asc" },
            select: { boardId: true, postId: true, post: { select: { boardId: true } } },
          },
        },
      },
      logEntries: {
        orderBy: { createdAt: "asc" },
        select: {
          action: true,
          occurredOn: true,
          minuteRef: true,
          reversedBy: { select: { id: true } },
          ...(options.evidence
            ? {
                evidence: {
                  orderBy: { createdAt: "asc" as const },
                  select: { id: true, kind: true, url: true, fileName: true, restricted: true },
                },
              }
            : {}),
        },
      },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => {
    const o = r.obligation;
    const owingBoardIds = r.ownerBoardId
      ? [r.ownerBoardId]
      : [...new Set(o.parties.map((p) => p.boardId ?? p.post?.boardId ?? null).filter((b): b is string => b !== null))];
    const owing = r.ownerBoardId ? [names.of({ boardId: r.ownerBoardId, postId: null })] : o.parties.map(names.of);
    const recipientBoardId = r.recipientBoardId ?? r.recipientPost?.boardId ?? null;
    const recipient =
      r.recipientBoardId || r.recipientPostId
        ? names.of({ boardId: r.recipientBoardId, postId: r.recipientPostId })
        : null;
    const facts = r.logEntries.map((e) => ({
      action: e.action,
      occurredOn: e.occurredOn,
      reversed: e.reversedBy !== null,
    }));
    const standing = r.logEntries.filter((e) => e.reversedBy === null);
    const receipts = standing.filter((e) => e.action === "receive" && e.minuteRef);
    const evidence = options.evidence
      ? standing.flatMap((e) => (e as unknown as { evidence: BoardItem["evidence"] }).evidence)
      : [];
    return {
      id: r.id,
      title:
        r.origin === "rule" || !r.title
          ? itemTitle(o.summary, o.frequency, r.sequenceIndex, r.sequenceOf, r.windowStart)
          : r.title,
      clause: o.clause.ref,
      clauseId: o.clause.id,
      protocolId: o.protocolId,
      kind: o.kind,
      origin: r.origin,
      cycleStartYear: Number(r.cycle.startsOn.slice(0, 4)),
      dueOn: r.dueOn,
      windowStart: r.windowStart,
      windowEnd: r.windowEnd,
      status: displayStatus({ status: r.status, dueOn: r.dueOn, retired: false }, today),
      flags: r.flags ? r.flags.split(",") : [],
      meeting: r.meeting,
      owingBoardIds,
      owing,
      recipientBoardId,
      recipient,
      firstSendOn: firstSendOn(facts),
      lastDoneOn: lastDoneOn(facts),
      lastLoggedOn: r.logEntries.reduce<string | null>(
        (max, e) => (max === null || e.occurredOn > max ? e.occurredOn : max),
        null,
      ),
      minuteRef: receipts.length > 0 ? receipts[receipts.length - 1]!.minuteRef : null,
      evidence,
    };
  });
}

/** Whether an item still needs a meeting chosen. */
export const isUnscheduled = (i: Pick<BoardItem, "meeting" | "flags">) =>
  i.meeting === null && (i.flags.includes("to-schedule") || i.flags.includes("no-meeting-in-window"));

/** "Kent Health and Wellbeing Board (HWB)", or the post's title. */
export const partyLabel = (p: PartyJson) => (p.type === "board" ? `${p.name} (${p.key})` : p.name);
