import { evaluateMembershipRule, type RuleStatus } from "@/domain/membership-rules";
import { capacityLabels } from "@/server/features/vocabularies/capacities";
import { londonToday } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import { boardKeyIn } from "@/server/core/board-key";
import { findArea } from "@/server/features/areas/find-area";
import type { Reader } from "@/server/authz/reader";

/** The seats and post holdings a set of rules depends on: the boards they name, and the posts' holders. */
async function loadMembershipFacts(db: DbTx, boardIdList: string[], postIdList: string[]) {
  const boardIds = [...new Set(boardIdList)];
  const postIds = [...new Set(postIdList)];
  const holdings = await db.postHolding.findMany({ where: { postId: { in: postIds } }, include: { person: true } });
  const people = [...new Set(holdings.map((h) => h.personId))];
  const memberships = await db.membership.findMany({
    where: { OR: [{ boardId: { in: boardIds } }, { personId: { in: people } }] },
    include: { person: true },
  });
  return {
    seats: memberships.map((m) => ({
      personId: m.personId,
      personName: m.person.name,
      boardId: m.boardId,
      capacity: m.capacity,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    })),
    holdings: holdings.map((h) => ({
      postId: h.postId,
      personId: h.personId,
      personName: h.person.name,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
    })),
  };
}

/**
 * One membership rule, saved or not, checked against today's seats: the rule editor's preview.
 * Board keys are those of `areaId`, as the protocol page shows them.
 */
export async function checkOneMembershipRule(
  db: DbTx,
  rule: {
    clause: string;
    subjectPostId: string | null;
    subjectBoardId: string | null;
    subjectCapacity: string | null;
    boardId: string;
    capacity: string | null;
  },
  areaId: string | null,
  today: string,
) {
  const boards = await db.board.findMany({
    where: { id: { in: [rule.boardId, ...(rule.subjectBoardId ? [rule.subjectBoardId] : [])] } },
    include: { areas: true },
  });
  const post = rule.subjectPostId ? await db.post.findUnique({ where: { id: rule.subjectPostId } }) : null;
  const keyOf = (id: string) => {
    const board = boards.find((b) => b.id === id);
    return board ? boardKeyIn(board, areaId) : "?";
  };
  const facts = await loadMembershipFacts(
    db,
    boards.map((b) => b.id),
    post ? [post.id] : [],
  );
  return evaluateMembershipRule(
    {
      clause: rule.clause,
      subject: post
        ? { type: "post", postId: post.id, postTitle: post.title }
        : {
            type: "board-capacity",
            boardId: rule.subjectBoardId!,
            boardKey: keyOf(rule.subjectBoardId!),
            capacity: rule.subjectCapacity!,
          },
      boardId: rule.boardId,
      boardKey: keyOf(rule.boardId),
      capacity: rule.capacity,
    },
    facts,
    today,
    (await capacityLabels(db)).label,
  );
}

export interface RuleCheck {
  protocolId: string;
  protocol: string;
  clause: string;
  rule: string;
  /** The boards the rule is about: the board to sit on, and the subject's board if any. */
  boardIds: string[];
  status: RuleStatus;
  explanation: string;
}

/** Every membership rule of every agreed protocol an area's boards are party to, checked today. */
export async function checkMembershipRules(reader: Reader, areaSlug: string, now = new Date()): Promise<RuleCheck[]> {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const rules = await reader.db.membershipRule.findMany({
    where: {
      obligation: {
        retiredAt: null,
        protocol: { status: "agreed", parties: { some: { board: { areas: { some: { areaId: area.id } } } } } },
      },
    },
    include: {
      obligation: { include: { clause: true, protocol: true } },
      subjectPost: true,
      subjectBoard: { include: { areas: true } },
      board: { include: { areas: true } },
    },
    orderBy: [{ obligation: { protocolId: "asc" } }, { obligation: { position: "asc" } }],
  });
  const facts = await loadMembershipFacts(
    reader.db,
    rules.flatMap((r) => [r.boardId, ...(r.subjectBoardId ? [r.subjectBoardId] : [])]),
    rules.flatMap((r) => (r.subjectPostId ? [r.subjectPostId] : [])),
  );
  const keyOf = (b: Parameters<typeof boardKeyIn>[0]) => boardKeyIn(b, area.id);
  const { label } = await capacityLabels(reader.db);
  return rules.map((r) => {
    const result = evaluateMembershipRule(
      {
        clause: r.obligation.clause.ref,
        subject: r.subjectPost
          ? { type: "post", postId: r.subjectPost.id, postTitle: r.subjectPost.title }
          : {
              type: "board-capacity",
              boardId: r.subjectBoardId!,
              boardKey: keyOf(r.subjectBoard!),
              capacity: r.subjectCapacity!,
            },
        boardId: r.boardId,
        boardKey: keyOf(r.board),
        capacity: r.capacity,
      },
      facts,
      today,
      label,
    );
    return {
      protocolId: r.obligation.protocolId,
      protocol: r.obligation.protocol.title,
      clause: r.obligation.clause.ref,
      rule: r.obligation.summary,
      boardIds: [r.boardId, ...(r.subjectBoardId ? [r.subjectBoardId] : [])],
      ...result,
    };
  });
}
