import { anchorBoardOf, cycleFor, generateItems } from "@/domain/calendar/generate";
import { cycleStartYear, londonToday } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import type { Viewer } from "@/server/authz/load-viewer";
import { checkOneMembershipRule } from "@/server/features/membership/check-membership-rules";
import type { EngineObligation, EngineParty } from "@/domain/calendar/types";
import { engineCadence } from "../calendar/calendar-context";
import {
  engineCadenceOf,
  loadDraft,
  parseRule,
  partyKeys,
  resolveComesAfter,
  resolveMembership,
  resolveParties,
} from "./rule-draft";

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
  const from = await resolveParties(ctx.db, protocol, input.from, "from");
  const to = await resolveParties(ctx.db, protocol, input.to, "to");
  const cadence = engineCadenceOf(
    input.cadence,
    await partyKeys(
      ctx.db,
      protocol.parties.map((p) => p.boardId),
    ),
  );
  const anchor = anchorBoardOf({ from, to }, protocol.parties[0]!.boardId);
  // A following duty takes its dates from the other duty's items: that duty is generated with it.
  const other = await resolveComesAfter(
    ctx.db,
    protocol.id,
    input.obligationId,
    input.comesAfterId,
    input.cadence.frequency === "follows",
  );
  let before: EngineObligation | null = null;
  if (other) {
    const row = await ctx.db.obligation.findUniqueOrThrow({
      where: { id: other.id },
      include: { parties: { orderBy: { position: "asc" }, include: { post: true } } },
    });
    const party = (p: (typeof row.parties)[number]): EngineParty =>
      p.boardId ? { type: "board", id: p.boardId } : { type: "post", id: p.postId!, boardId: p.post?.boardId ?? null };
    const otherFrom = row.parties.filter((p) => p.role === "from").map(party);
    const otherTo = row.parties.filter((p) => p.role === "to").map(party);
    before = {
      id: row.id,
      cadence: engineCadence(row),
      from: otherFrom,
      to: otherTo,
      comesAfterId: null,
      anchorBoardId: anchorBoardOf({ from: otherFrom, to: otherTo }, protocol.parties[0]!.boardId),
    };
  }
  const board = await ctx.db.board.findUniqueOrThrow({ where: { id: anchor } });
  const year = cycleStartYear(today, board.yearStartMonth);
  const boards = [
    ...new Set(
      [...from, ...to]
        .map((p) => (p.type === "board" ? p.id : p.boardId))
        .filter((b): b is string => b !== null)
        .concat(cadence.frequency === "after-every-meeting" ? [cadence.afterMeetingsOfBoardId] : [])
        .concat("meetingsOfBoardId" in cadence && cadence.meetingsOfBoardId ? [cadence.meetingsOfBoardId] : [])
        .concat(
          (before ? [...before.from, ...before.to] : [])
            .map((p) => (p.type === "board" ? p.id : p.boardId))
            .filter((b): b is string => b !== null),
        ),
    ),
  ];
  // Only the protocol's boards' meetings, whatever a saved duty it follows names (issue 14).
  const partyIds = new Set(protocol.parties.map((p) => p.boardId));
  const meetings = await ctx.db.meeting.findMany({
    where: { boardId: { in: boards.filter((b) => partyIds.has(b)) }, cancelledAt: null },
    select: { id: true, boardId: true, date: true },
  });
  const items = generateItems({
    obligations: [
      ...(before ? [before] : []),
      { id: "preview", cadence, from, to, comesAfterId: before?.id ?? null, anchorBoardId: anchor },
    ],
    meetings,
    cycleOf: () => cycleFor(year, board.yearStartMonth),
  }).filter((i) => i.obligationId === "preview");
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  return {
    year,
    items: items.map((i) => ({
      recipientKey: i.recipientKey,
      index: i.index,
      of: i.of,
      windowStart: i.windowStart,
      windowEnd: i.windowEnd,
      dueOn: i.dueOn,
      meeting: i.meetingId ? meetingDate.get(i.meetingId)! : null,
      flags: i.flags,
    })),
    membership: null,
  };
}
