import { currentStepTimed, parseRoute } from "@/domain/challenges";
import { addDays } from "@/domain/civil-date";
import { cycleStartYear } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { loadBoardItems, type BoardItem } from "../items/board-items";
import { MAX_LEAD_DAYS } from "./preferences-schema";
import type { Preferences } from "./preferences";

/**
 * What a digest says (decision 021, item 7): the boards, items, meetings and challenges a run reads
 * in batches (loadDigestWorld), and each person's digest built from them (officerDigest for
 * secretariat and chairs, meetingDigest for members who chose it). digests.ts decides who is due.
 */

export type BoardRole = "secretariat" | "chair" | "member";

export interface BoardInfo {
  id: string;
  name: string;
  areaId: string;
  areaSlug: string;
  areaName: string;
  yearStartMonth: number;
}

export interface Recipient {
  id: string;
  email: string;
  roles: { role: BoardRole; boardId: string }[];
}

export interface Planned {
  user: Recipient;
  prefs: Preferences;
  kind: "digest" | "meeting-digest";
  frequency: "daily" | "weekly";
  period: string;
  key: string;
}

export const CHUNK = 400;
export const WRITE_CHUNK = 50;

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export interface DigestWorld {
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

export async function loadDigestWorld(db: Db, boardIds: string[], today: string): Promise<DigestWorld> {
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
