import { displayStatus, type DisplayStatus } from "@/domain/calendar/status";
import type { GeneratedItem, ItemFlag } from "@/domain/calendar/types";
import { formatCivilDate } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import type { CalendarPlan } from "./generate-calendar";
import { isLogged } from "./generate-calendar";
import { boardKeyIn } from "@/server/core/board-key";
import type { PartyJson } from "@/server/features/protocols/list-obligations";

/** One calendar item as pages, the CLI and feeds show it (the CLI's `calendar --json` contract). */
export interface CalendarItemView {
  key: string;
  id: string | null;
  obligationId: string;
  protocolId: string;
  clauseId: string;
  clause: string;
  kind: string;
  frequency: string;
  title: string;
  from: PartyJson[];
  to: PartyJson | null;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  meeting: { id: string; date: string; boardId: string } | null;
  sequence: { index: number; of: number };
  status: DisplayStatus;
  flags: ItemFlag[];
  version: number;
  updatedAt: Date | null;
  /** "rule", "event" or "follow-up" (see the CalendarItem model). */
  origin: string;
}

/** Board keys and post keys for display, as known in one area (a board's key is per area). */
export async function partyNames(db: DbTx, areaId: string | null) {
  const [boards, posts] = await Promise.all([
    db.board.findMany({
      select: { id: true, name: true, acronym: true, areas: { select: { areaId: true, key: true, home: true } } },
    }),
    db.post.findMany({ select: { id: true, key: true, title: true } }),
  ]);
  const board = new Map(
    boards.map((b) => {
      return [b.id, { type: "board" as const, key: boardKeyIn(b, areaId), name: b.name }];
    }),
  );
  const post = new Map(posts.map((p) => [p.id, { type: "post" as const, key: p.key, name: p.title }]));
  return {
    of: (p: { boardId: string | null; postId: string | null }): PartyJson =>
      p.boardId
        ? (board.get(p.boardId) ?? { type: "board", key: "?", name: "Unknown board" })
        : (post.get(p.postId!) ?? { type: "post", key: "?", name: "Unknown post" }),
  };
}

export function itemTitle(summary: string, frequency: string, index: number, of: number, windowStart: string): string {
  switch (frequency) {
    case "after-every-meeting":
      return `${summary} (after the meeting of ${formatCivilDate(windowStart)})`;
    case "min-per-year":
      return `${summary} (${index} of at least ${of})`;
    case "quarterly":
      return `${summary} (quarter ${index} of ${of})`;
    case "six-monthly":
      return `${summary} (${index} of ${of})`;
    default:
      return of > 1 ? `${summary} (${index} of ${of})` : summary;
  }
}

type ObligationInfo = {
  id: string;
  key: string;
  kind: string;
  summary: string;
  frequency: string;
  protocolId: string;
  protocol: { key: string };
  clause: { id: string; ref: string };
  parties: { role: string; boardId: string | null; postId: string | null }[];
};

const naturalKey = (
  o: ObligationInfo,
  recipientKey: string,
  cycleStart: string,
  sequence: number,
  names: Awaited<ReturnType<typeof partyNames>>,
) => {
  const [type, id] = recipientKey.split(":") as ["board" | "post" | "none", string | undefined];
  const recipient =
    type === "none"
      ? "none"
      : `${type}:${names.of(type === "board" ? { boardId: id!, postId: null } : { boardId: null, postId: id! }).key}`;
  return `${o.protocol.key}/${o.key}/${recipient}/FY${cycleStart.slice(0, 4)}/${sequence}`;
};

export function view(
  o: ObligationInfo,
  item: {
    recipientKey: string;
    cycleStart: string;
    sequence: number;
    index: number;
    of: number;
    windowStart: string;
    windowEnd: string;
    dueOn: string;
    flags: ItemFlag[];
  },
  extra: {
    id: string | null;
    status: string;
    retired: boolean;
    meeting: CalendarItemView["meeting"];
    /** The meeting was cancelled after the item was planned there: shown as the flag "meeting-cancelled". */
    meetingCancelled?: boolean;
    version: number;
    updatedAt: Date | null;
    origin?: string;
    title?: string | null;
    ownerBoardId?: string | null;
  },
  names: Awaited<ReturnType<typeof partyNames>>,
  today: string,
): CalendarItemView {
  const [type, id] = item.recipientKey.split(":");
  return {
    key: naturalKey(o, item.recipientKey, item.cycleStart, item.sequence, names),
    id: extra.id,
    obligationId: o.id,
    protocolId: o.protocolId,
    clauseId: o.clause.id,
    clause: o.clause.ref,
    kind: o.kind,
    frequency: o.frequency,
    title: extra.title
      ? extra.origin === "follow-up"
        ? `Follow-up: ${extra.title}`
        : `${o.summary}: ${extra.title}`
      : itemTitle(o.summary, o.frequency, item.index, item.of, item.windowStart),
    from: extra.ownerBoardId
      ? [names.of({ boardId: extra.ownerBoardId, postId: null })]
      : o.parties.filter((p) => p.role === "from").map(names.of),
    to:
      type === "none"
        ? null
        : names.of(type === "board" ? { boardId: id!, postId: null } : { boardId: null, postId: id! }),
    windowStart: item.windowStart,
    windowEnd: item.windowEnd,
    dueOn: item.dueOn,
    meeting: extra.meeting,
    sequence: { index: item.index, of: item.of },
    status: displayStatus({ status: extra.status, dueOn: item.dueOn, retired: extra.retired }, today),
    flags: extra.meetingCancelled && extra.meeting ? [...item.flags, "meeting-cancelled"] : item.flags,
    version: extra.version,
    updatedAt: extra.updatedAt,
    origin: extra.origin ?? "rule",
  };
}

export const obligationSelect = {
  id: true,
  key: true,
  kind: true,
  summary: true,
  frequency: true,
  protocolId: true,
  protocol: { select: { key: true } },
  clause: { select: { id: true, ref: true } },
  parties: {
    select: { role: true, boardId: true, postId: true },
    orderBy: [{ role: "asc" as const }, { position: "asc" as const }],
  },
};

/**
 * The items a plan would leave in place: generated ones, with the stored status where they exist.
 * Returned in the plan's order (views[i] is plan.generated[i]); sort with byDue to display.
 */
export async function viewPlan(
  db: DbTx,
  plan: CalendarPlan,
  areaId: string | null,
  today: string,
): Promise<CalendarItemView[]> {
  const names = await partyNames(db, areaId);
  const obligations = new Map(plan.context.obligations.map((o) => [o.id, o.row as unknown as ObligationInfo]));
  const meetings = new Map(plan.context.meetingRows.map((m) => [m.id, m]));
  const stored = new Map(
    [...plan.diff.unchanged, ...plan.diff.update.map((u) => u.before)].map((e) => [
      `${e.obligationId}|${e.recipientKey}|${e.anchorBoardId}@${e.cycleStart}|${e.sequence}`,
      e,
    ]),
  );
  const statuses = await db.calendarItem.findMany({
    where: { id: { in: [...stored.values()].map((s) => s.id) } },
    select: {
      id: true,
      status: true,
      version: true,
      updatedAt: true,
      meetingId: true,
      meeting: true,
      _count: { select: { logEntries: true } },
    },
  });
  const byId = new Map(statuses.map((s) => [s.id, s]));
  return plan.generated.map((g: GeneratedItem) => {
    const existing = stored.get(`${g.obligationId}|${g.recipientKey}|${g.anchorBoardId}@${g.cycleStart}|${g.sequence}`);
    const row = existing ? byId.get(existing.id) : undefined;
    // A logged item keeps what was logged; otherwise the plan's dates stand.
    const keep = row && isLogged(row) ? existing! : null;
    const meetingId = keep ? keep.meetingId : g.meetingId;
    const meeting = meetingId
      ? (meetings.get(meetingId) ?? (row?.meeting?.id === meetingId ? row.meeting : undefined))
      : undefined;
    return view(
      obligations.get(g.obligationId)!,
      keep ? { ...keep } : g,
      {
        id: existing?.id ?? null,
        status: row?.status ?? "planned",
        retired: false,
        meeting: meeting ? { id: meeting.id, date: meeting.date, boardId: meeting.boardId } : null,
        meetingCancelled: Boolean(meeting && row?.meeting?.id === meeting.id && row.meeting.cancelledAt),
        version: row?.version ?? 0,
        updatedAt: row?.updatedAt ?? null,
      },
      names,
      today,
    );
  });
}
