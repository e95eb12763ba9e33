import { anchorBoardOf, cycleFor, generateItems } from "@/domain/calendar/generate";
import { cycleStartYear, londonToday } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import type { Viewer } from "@/server/authz/load-viewer";
import { checkOneMembershipRule } from "@/server/features/membership/check-membership-rules";
import { engineCadenceOf, loadDraft, parseRule, partyKeys, resolveMembership, resolveParties } from "./rule-draft";

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
  const board = await ctx.db.board.findUniqueOrThrow({ where: { id: anchor } });
  const year = cycleStartYear(today, board.yearStartMonth);
  const boards = [
    ...new Set(
      [...from, ...to]
        .map((p) => (p.type === "board" ? p.id : p.boardId))
        .filter((b): b is string => b !== null)
        .concat(cadence.frequency === "after-every-meeting" ? [cadence.afterMeetingsOfBoardId] : []),
    ),
  ];
  const meetings = await ctx.db.meeting.findMany({
    where: { boardId: { in: boards } },
    select: { id: true, boardId: true, date: true },
  });
  const items = generateItems({
    obligations: [{ id: "preview", cadence, from, to, comesAfterId: null, anchorBoardId: anchor }],
    meetings,
    cycleOf: () => cycleFor(year, board.yearStartMonth),
  });
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
