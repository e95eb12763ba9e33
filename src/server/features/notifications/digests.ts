import { TZDate } from "@date-fns/tz";
import { digestPeriod } from "@/domain/digest";
import { londonToday, TIME_ZONE } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { inTransaction } from "@/server/core/transaction";
import {
  chunks,
  CHUNK,
  loadDigestWorld,
  WRITE_CHUNK,
  type BoardRole,
  type Planned,
  type Recipient,
} from "./digest-world";
import { meetingDigest, officerDigest } from "./digest-notices";
import { notifyUser, type Notice, type NotifyOptions } from "./notify";
import { preferencesOf, type Preferences } from "./preferences";

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
