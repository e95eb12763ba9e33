import { evaluateMembershipRule, type RuleStatus } from "@/domain/membership-rules";
import { londonToday } from "@/lib/dates";
import { boardKeyIn, findArea, type Reader } from "./read-models";

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
    where: { obligation: { retiredAt: null, protocol: { status: "agreed", parties: { some: { board: { areas: { some: { areaId: area.id } } } } } } } },
    include: {
      obligation: { include: { clause: true, protocol: true } },
      subjectPost: true,
      subjectBoard: { include: { areas: true } },
      board: { include: { areas: true } },
    },
    orderBy: [{ obligation: { protocolId: "asc" } }, { obligation: { position: "asc" } }],
  });
  const boardIds = [...new Set(rules.flatMap((r) => [r.boardId, ...(r.subjectBoardId ? [r.subjectBoardId] : [])]))];
  const postIds = [...new Set(rules.flatMap((r) => (r.subjectPostId ? [r.subjectPostId] : [])))];
  const holdings = await reader.db.postHolding.findMany({ where: { postId: { in: postIds } }, include: { person: true } });
  const people = [...new Set(holdings.map((h) => h.personId))];
  const memberships = await reader.db.membership.findMany({
    where: { OR: [{ boardId: { in: boardIds } }, { personId: { in: people } }] },
    include: { person: true },
  });
  const facts = {
    seats: memberships.map((m) => ({ personId: m.personId, personName: m.person.name, boardId: m.boardId, capacity: m.capacity, startsOn: m.startsOn, endsOn: m.endsOn })),
    holdings: holdings.map((h) => ({ postId: h.postId, personId: h.personId, personName: h.person.name, startsOn: h.startsOn, endsOn: h.endsOn })),
  };
  const keyOf = (b: Parameters<typeof boardKeyIn>[0]) => boardKeyIn(b, area.id);
  return rules.map((r) => {
    const result = evaluateMembershipRule(
      {
        clause: r.obligation.clause.ref,
        subject: r.subjectPost
          ? { type: "post", postId: r.subjectPost.id, postTitle: r.subjectPost.title }
          : { type: "board-capacity", boardId: r.subjectBoardId!, boardKey: keyOf(r.subjectBoard!), capacity: r.subjectCapacity! },
        boardId: r.boardId,
        boardKey: keyOf(r.board),
        capacity: r.capacity,
      },
      facts,
      today,
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

/** Who sits where in an area, past terms included, with each person's current posts (`cli membership`). */
export async function listAreaMembership(reader: Reader, areaSlug: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const memberships = await reader.db.membership.findMany({
    where: { board: { areas: { some: { areaId: area.id } } } },
    include: { board: { include: { areas: true } }, person: { include: { postHoldings: { include: { post: true } } } } },
    orderBy: [{ person: { name: "asc" } }, { startsOn: "asc" }],
  });
  const byPerson = new Map<string, { person: string; posts: string[]; boards: { area: string; board: string; capacity: string; from: string; to: string | null }[] }>();
  for (const m of memberships) {
    const entry =
      byPerson.get(m.personId) ??
      byPerson
        .set(m.personId, {
          person: m.person.name,
          posts: m.person.postHoldings.filter((h) => h.startsOn <= today && (h.endsOn === null || h.endsOn >= today)).map((h) => h.post.title),
          boards: [],
        })
        .get(m.personId)!;
    entry.boards.push({ area: area.slug, board: boardKeyIn(m.board, area.id), capacity: m.capacity, from: m.startsOn, to: m.endsOn });
  }
  return [...byPerson.values()];
}
