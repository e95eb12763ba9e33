import { TZDate } from "@date-fns/tz";
import { currentStepTimed, parseRoute } from "@/domain/challenges";
import { addDays } from "@/domain/civil-date";
import { digestPeriod, digestReason, type DigestReason } from "@/domain/digest";
import { cycleStartYear, formatCivilDate, londonToday, TIME_ZONE } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { inTransaction } from "@/server/core/transaction";
import { isUnscheduled, loadBoardItems, type BoardItem } from "../items/board-items";
import { MAX_LEAD_DAYS } from "@/server/features/notifications/preferences-schema";
import { notifyUser, type Notice, type NotifyOptions } from "./notify";
import { preferencesOf, type Preferences } from "./preferences";
import type { NoticeLine } from "./render-notice";

/**
 * The digests (issue 13, build item 1; decision 021): for every enabled user whose digest is due at
 * a moment, what needs their boards. Secretariat: items the board owes or is owed that are overdue,
 * due within their lead time, or still to schedule with a meeting coming up. Chair: overdue and
 * due-soon items and open challenges. Member (if they chose it): the items at their boards' meetings
 * within their lead time. One line per item, naming the board; a person is told only of the boards
 * they hold a role on. Reads are batched (one query per home area for items, one for meetings, one for
 * challenges), so one run covers a national install; each digest is written by notifyUser under a key
 * naming its period, so a second run in the same period writes nothing.
 */

type BoardRole = "secretariat" | "chair" | "member";

interface BoardInfo {
  id: string;
  name: string;
  areaId: string;
  areaSlug: string;
  areaName: string;
  yearStartMonth: number;
}

interface Recipient {
  id: string;
  email: string;
  roles: { role: BoardRole; boardId: string }[];
}

interface Planned {
  user: Recipient;
  prefs: Preferences;
  kind: "digest" | "meeting-digest";
  frequency: "daily" | "weekly";
  period: string;
  key: string;
}

const CHUNK = 400;
const WRITE_CHUNK = 50;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export interface DigestRun {
  queued: number;
  skipped: number;
}

export async function queueDueDigests(db: Db, asOf: Date, options: Partial<NotifyOptions> = {}): Promise<DigestRun> {
  const notifyOptions: NotifyOptions = {
    baseUrl: options.baseUrl ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000",
    secret: options.secret !== undefined ? options.secret : (process.env.NEXTAUTH_SECRET ?? null),
  };
  const today = londonToday(asOf);
  const hour = new TZDate(asOf, TIME_ZONE).getHours();

  // Who holds a role on a live board, and what they chose (or their roles' defaults).
  const grants = await db.roleAssignment.findMany({
    where: {
      role: { in: ["secretariat", "chair", "member"] },
      boardId: { not: null },
      board: { archivedAt: null },
      user: { disabled: false },
    },
    select: { role: true, boardId: true, user: { select: { id: true, email: true } } },
  });
  const recipients = new Map<string, Recipient>();
  for (const g of grants) {
    const r = recipients.get(g.user.id) ?? { ...g.user, roles: [] };
    r.roles.push({ role: g.role as BoardRole, boardId: g.boardId! });
    recipients.set(g.user.id, r);
  }
  const prefs = new Map<string, Preferences>();
  for (const ids of chunks([...recipients.keys()], CHUNK))
    for (const [id, p] of await preferencesOf(db, ids)) prefs.set(id, p);

  // Whose digests are due now, less those already written for this period.
  let planned: Planned[] = [];
  for (const user of recipients.values()) {
    const p = prefs.get(user.id)!;
    const officer = user.roles.some((r) => r.role !== "member");
    const member = user.roles.some((r) => r.role === "member");
    if (officer && p.digest !== "off") {
      const period = digestPeriod(p.digest, today, hour);
      if (period) planned.push({ user, prefs: p, kind: "digest", frequency: p.digest, period, key: "" });
    }
    if (member && p.meetingDigest) {
      // The meeting digest follows the digest's frequency; weekly when the main digest is off.
      const frequency = p.digest === "off" ? "weekly" : p.digest;
      const period = digestPeriod(frequency, today, hour);
      if (period) planned.push({ user, prefs: p, kind: "meeting-digest", frequency, period, key: "" });
    }
  }
  planned = planned.map((n) => ({ ...n, key: `${n.kind}:${n.frequency}:${n.period}` }));
  const existing = new Set<string>();
  for (const keys of chunks(
    planned.map((n) => `${n.key}:${n.user.id}`),
    CHUNK,
  ))
    for (const row of await db.notification.findMany({
      where: { idempotencyKey: { in: keys } },
      select: { idempotencyKey: true },
    }))
      existing.add(row.idempotencyKey);
  let skipped = planned.length;
  planned = planned.filter((n) => !existing.has(`${n.key}:${n.user.id}`));
  skipped -= planned.length;
  if (planned.length === 0) return { queued: 0, skipped };

  // What their boards need, read once for all of them.
  const boardIds = [...new Set(planned.flatMap((n) => n.user.roles.map((r) => r.boardId)))];
  const world = await loadDigestWorld(db, boardIds, today);

  const notices: { user: Recipient; prefs: Preferences; notice: Notice }[] = [];
  for (const n of planned) {
    const notice = n.kind === "digest" ? officerDigest(n, world, today) : meetingDigest(n, world, today);
    if (notice) notices.push({ user: n.user, prefs: n.prefs, notice });
    else skipped++;
  }

  let queued = 0;
  for (const batch of chunks(notices, WRITE_CHUNK)) {
    await inTransaction(db, async (tx) => {
      for (const { user, prefs: p, notice } of batch) {
        if (await notifyUser(tx, user, notice, notifyOptions, p.unsubscribeVersion)) queued++;
        else skipped++;
      }
    });
  }
  return { queued, skipped };
}

interface DigestWorld {
  boards: Map<string, BoardInfo>;
  /** Items concerning each board, of the cycles from last year's to next year's. */
  items: Map<string, BoardItem[]>;
  meetings: Map<string, { id: string; date: string }[]>;
  challenges: {
    id: string;
    subject: string;
    status: string;
    fromBoardId: string;
    toBoardId: string;
    fromName: string;
    toName: string;
    responseDueOn: string | null;
  }[];
}

async function loadDigestWorld(db: Db, boardIds: string[], today: string): Promise<DigestWorld> {
  const boards = new Map<string, BoardInfo>();
  for (const ids of chunks(boardIds, CHUNK)) {
    const rows = await db.board.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        yearStartMonth: true,
        areas: { select: { home: true, areaId: true, area: { select: { slug: true, name: true } } } },
      },
    });
    for (const b of rows) {
      const home = b.areas.find((a) => a.home) ?? b.areas[0];
      if (!home) continue;
      boards.set(b.id, {
        id: b.id,
        name: b.name,
        areaId: home.areaId,
        areaSlug: home.area.slug,
        areaName: home.area.name,
        yearStartMonth: b.yearStartMonth,
      });
    }
  }

  // One read per home area (board keys and party names are the area's own).
  const byArea = new Map<string, BoardInfo[]>();
  for (const b of boards.values()) byArea.set(b.areaId, [...(byArea.get(b.areaId) ?? []), b]);
  const items = new Map<string, BoardItem[]>();
  for (const [areaId, list] of byArea) {
    const years = [...new Set(list.flatMap((b) => [-1, 0, 1].map((d) => cycleStartYear(today, b.yearStartMonth) + d)))];
    for (const part of chunks(list, CHUNK)) {
      const loaded = await loadBoardItems(
        db,
        part.map((b) => b.id),
        years,
        areaId,
        today,
      );
      for (const b of part)
        items.set(
          b.id,
          loaded.filter(
            (i) => i.owingBoardIds.includes(b.id) || i.recipientBoardId === b.id || i.meeting?.boardId === b.id,
          ),
        );
    }
  }

  const meetings = new Map<string, { id: string; date: string }[]>();
  const challenges: DigestWorld["challenges"] = [];
  const seenChallenges = new Set<string>();
  for (const ids of chunks(boardIds, CHUNK)) {
    for (const m of await db.meeting.findMany({
      where: { boardId: { in: ids }, cancelledAt: null, date: { gte: today, lte: addDays(today, MAX_LEAD_DAYS) } },
      select: { id: true, boardId: true, date: true },
      orderBy: [{ date: "asc" }, { startTime: "asc" }],
    }))
      meetings.set(m.boardId, [...(meetings.get(m.boardId) ?? []), { id: m.id, date: m.date }]);
    for (const c of await db.challenge.findMany({
      where: { status: { not: "resolved" }, OR: [{ fromBoardId: { in: ids } }, { toBoardId: { in: ids } }] },
      select: {
        id: true,
        subject: true,
        status: true,
        fromBoardId: true,
        toBoardId: true,
        responseDueOn: true,
        escalationLevel: true,
        fromBoard: { select: { name: true } },
        toBoard: { select: { name: true } },
        protocol: { select: { resolutionRoute: true } },
      },
      orderBy: [{ responseDueOn: "asc" }, { id: "asc" }],
    })) {
      if (seenChallenges.has(c.id)) continue;
      seenChallenges.add(c.id);
      challenges.push({
        id: c.id,
        subject: c.subject,
        status: c.status,
        fromBoardId: c.fromBoardId,
        toBoardId: c.toBoardId,
        fromName: c.fromBoard.name,
        toName: c.toBoard.name,
        // As on the chair's dashboard: a step the route gives no time has no due date.
        responseDueOn: currentStepTimed(parseRoute(c.protocol.resolutionRoute), c.escalationLevel)
          ? c.responseDueOn
          : null,
      });
    }
  }
  return { boards, items, meetings, challenges };
}

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
function officerDigest(n: Planned, world: DigestWorld, today: string): Notice | null {
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

const hasRole = (user: Recipient, role: BoardRole, boardId: string) =>
  user.roles.some((r) => r.role === role && r.boardId === boardId);

/** A member's digest of the items at their boards' meetings within their lead time, or null. */
function meetingDigest(n: Planned, world: DigestWorld, today: string): Notice | null {
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
