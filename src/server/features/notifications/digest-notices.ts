import { addDays } from "@/domain/civil-date";
import { digestReason, type DigestReason } from "@/domain/digest";
import { cycleStartYear, formatCivilDate } from "@/lib/dates";
import { isUnscheduled } from "../items/board-items";
import type { Notice } from "./notify";
import type { NoticeLine } from "./render-notice";
import type { BoardRole, DigestWorld, Planned, Recipient } from "./digest-world";

/**
 * Each person's digest built from what a run read (digest-world.ts): officerDigest for secretariat and
 * chairs, meetingDigest for members who chose it; null when nothing needs them.
 */
const REASON_ORDER: Record<DigestReason, number> = { overdue: 0, "due-soon": 1, "to-schedule": 2 };
const REASON_WORDS: Record<DigestReason, string> = {
  overdue: "overdue",
  "due-soon": "due soon",
  "to-schedule": "no meeting chosen yet",
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const ROLE_WORDS: Record<BoardRole, string> = { secretariat: "secretariat", chair: "chair", member: "a member" };

function rolesSentence(user: Recipient, world: DigestWorld, roles: readonly BoardRole[]): string {
  const held = user.roles
    .filter((r) => roles.includes(r.role) && world.boards.has(r.boardId))
    .map((r) => `${ROLE_WORDS[r.role]} of ${world.boards.get(r.boardId)!.name}`);
  return [...new Set(held)].join(", ");
}

function councilOf(user: Recipient, world: DigestWorld, roles: readonly BoardRole[]): string {
  const first = user.roles.find((r) => roles.includes(r.role) && world.boards.has(r.boardId));
  return first ? world.boards.get(first.boardId)!.areaName : "Board governance portal";
}

/** The secretariat's and chair's digest, or null when nothing needs them. */
export function officerDigest(n: Planned, world: DigestWorld, today: string): Notice | null {
  const lead = n.prefs.leadDays;
  const until = addDays(today, lead);
  const seen = new Set<string>();
  const lines: (NoticeLine & { order: number; dueOn: string })[] = [];
  const counts: Record<DigestReason, number> = { overdue: 0, "due-soon": 0, "to-schedule": 0 };
  const officerRoles = n.user.roles.filter((r) => r.role !== "member");
  for (const { role, boardId } of officerRoles) {
    const board = world.boards.get(boardId);
    if (!board) continue;
    const years = [cycleStartYear(today, board.yearStartMonth) - 1, cycleStartYear(today, board.yearStartMonth)];
    const meetingSoon = (world.meetings.get(boardId) ?? []).some((m) => m.date <= until);
    for (const item of world.items.get(boardId) ?? []) {
      if (!years.includes(item.cycleStartYear) || seen.has(item.id)) continue;
      const owes = item.owingBoardIds.includes(boardId);
      if (!owes && item.recipientBoardId !== boardId) continue;
      const reason = digestReason(
        { status: item.status, dueOn: item.dueOn, unscheduled: isUnscheduled(item) },
        today,
        lead,
        meetingSoon,
      );
      // The chair's digest: overdue and due soon; scheduling is the secretariat's work.
      if (!reason || (reason === "to-schedule" && role === "chair" && !hasRole(n.user, "secretariat", boardId)))
        continue;
      seen.add(item.id);
      counts[reason]++;
      lines.push({
        text: `${board.name}: ${item.title} (${owes ? "owed by the board" : "owed to the board"}), due ${formatCivilDate(item.dueOn)}, ${REASON_WORDS[reason]}`,
        link: `/areas/${board.areaSlug}/items/${item.id}`,
        order: REASON_ORDER[reason],
        dueOn: item.dueOn,
      });
    }
  }
  let challengeCount = 0;
  const chairBoards = officerRoles.filter((r) => r.role === "chair").map((r) => r.boardId);
  for (const boardId of chairBoards) {
    const board = world.boards.get(boardId);
    if (!board) continue;
    for (const c of world.challenges) {
      if ((c.fromBoardId !== boardId && c.toBoardId !== boardId) || seen.has(c.id)) continue;
      seen.add(c.id);
      challengeCount++;
      lines.push({
        text: `${board.name}: challenge "${c.subject}" from ${c.fromName} to ${c.toName}, ${c.status}${c.responseDueOn ? `, response due ${formatCivilDate(c.responseDueOn)}` : ""}`,
        link: `/areas/${board.areaSlug}/challenges/${c.id}`,
        order: 3,
        dueOn: c.responseDueOn ?? "9999-12-31",
      });
    }
  }
  if (lines.length === 0) return null;
  lines.sort((a, b) => a.order - b.order || a.dueOn.localeCompare(b.dueOn) || a.text.localeCompare(b.text));
  const summary = [
    counts.overdue ? `${counts.overdue} overdue` : null,
    counts["due-soon"] ? `${counts["due-soon"]} due soon` : null,
    counts["to-schedule"] ? `${counts["to-schedule"]} to schedule` : null,
    challengeCount ? plural(challengeCount, "open challenge") : null,
  ].filter((s): s is string => s !== null);
  const officer: BoardRole[] = ["secretariat", "chair"];
  return {
    kind: "digest",
    key: n.key,
    content: {
      council: councilOf(n.user, world, officer),
      title: `Your ${n.frequency} digest: ${summary.join(", ")}`,
      intro: `As of ${formatCivilDate(today)}: what your board is owed or owes that is overdue, due by ${formatCivilDate(until)} (your lead time of ${plural(lead, "day")})${chairBoards.length < officerRoles.length ? " or still to schedule with a meeting coming up" : ""}${chairBoards.length ? ", and open challenges" : ""}.`,
      lines: lines.map(({ text, link }) => ({ text, link })),
      link: "/",
      reason: `You get this ${n.frequency} digest as ${rolesSentence(n.user, world, officer)}.`,
    },
  };
}

export const hasRole = (user: Recipient, role: BoardRole, boardId: string) =>
  user.roles.some((r) => r.role === role && r.boardId === boardId);

/** A member's digest of the items at their boards' meetings within their lead time, or null. */
export function meetingDigest(n: Planned, world: DigestWorld, today: string): Notice | null {
  const until = addDays(today, n.prefs.leadDays);
  const lines: NoticeLine[] = [];
  const memberBoards = [...new Set(n.user.roles.filter((r) => r.role === "member").map((r) => r.boardId))];
  for (const boardId of memberBoards) {
    const board = world.boards.get(boardId);
    if (!board) continue;
    for (const meeting of (world.meetings.get(boardId) ?? []).filter((m) => m.date <= until))
      for (const item of (world.items.get(boardId) ?? []).filter((i) => i.meeting?.id === meeting.id))
        lines.push({
          text: `${board.name}: ${item.title}, at the meeting on ${formatCivilDate(meeting.date)}, due ${formatCivilDate(item.dueOn)}`,
          link: `/areas/${board.areaSlug}/items/${item.id}`,
        });
  }
  if (lines.length === 0) return null;
  return {
    kind: "meeting-digest",
    key: n.key,
    content: {
      council: councilOf(n.user, world, ["member"]),
      title: `Your boards' next meetings: ${plural(lines.length, "item")}`,
      intro: `The statutory items at your boards' meetings from ${formatCivilDate(today)} to ${formatCivilDate(until)}.`,
      lines,
      link: "/",
      reason: `You asked for this ${n.frequency} digest as ${rolesSentence(n.user, world, ["member"])}.`,
    },
  };
}
