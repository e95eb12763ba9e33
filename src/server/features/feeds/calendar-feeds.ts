import { createHash, randomBytes } from "node:crypto";
import { cycleStartYear, formatCivilDate, londonToday } from "@/lib/dates";
import { buildCalendar, type IcalEvent } from "@/lib/ical";
import type { Db, DbTx } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { feedTokenSchema } from "@/lib/schemas/feed-token";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { listStoredItems, type CalendarItemView } from "../calendar/calendar-view";
import { loadViewer, viewerCan, type Viewer } from "@/server/authz/load-viewer";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a new feed secret for the user, revoking any earlier one. Returned once; only its hash is kept. */
export async function renewFeedToken(db: Db, viewer: Viewer, now = new Date()): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({ where: { userId: viewer.userId, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.calendarFeedToken.create({ data: { userId: viewer.userId, tokenHash: hash(token) } });
    // Never the secret or its hash: only that one was issued and how many earlier ones stopped.
    await appendAudit(tx, { type: "user", userId: viewer.userId }, { action: "feed-token.renew", entityType: "CalendarFeedToken", entityId: row.id, after: { issued: true, revokedEarlier: count } });
  });
  return token;
}

export async function revokeFeedTokens(db: Db, viewer: Viewer, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({ where: { userId: viewer.userId, revokedAt: null }, data: { revokedAt: now } });
    if (count > 0) await appendAudit(tx, { type: "user", userId: viewer.userId }, { action: "feed-token.revoke", entityType: "User", entityId: viewer.userId, after: { revoked: count } });
  });
}

/**
 * The account page's one form: renew (a new secret, which stops the old addresses) or revoke. The
 * secret is the user's own and touches no board, so being signed in is the authorisation.
 */
export async function changeFeedToken(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown): Promise<{ intent: "renew"; token: string } | { intent: "revoke" }> {
  const parsed = feedTokenSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Choose what to do with your calendar addresses", fieldErrorsOf(parsed.error));
  if (parsed.data.intent === "renew") return { intent: "renew", token: await renewFeedToken(ctx.db, ctx.viewer, ctx.now) };
  await revokeFeedTokens(ctx.db, ctx.viewer, ctx.now);
  return { intent: "revoke" };
}

export async function hasFeedToken(db: DbTx, userId: string) {
  return (await db.calendarFeedToken.count({ where: { userId, revokedAt: null } })) > 0;
}

/** The viewer a feed URL's secret stands for, or null: revoked, unknown, or a disabled account. */
export async function viewerForFeedToken(db: DbTx, token: string | null): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const row = await db.calendarFeedToken.findUnique({ where: { tokenHash: hash(token) } });
  if (!row || row.revokedAt) return null;
  return loadViewer(db, row.userId);
}

function toEvents(items: CalendarItemView[], baseUrl: string, areaSlugOf: (item: CalendarItemView) => string): IcalEvent[] {
  return items.map((i) => ({
    uid: `${i.id}@board-governance-portal`,
    sequence: i.version,
    stamp: i.updatedAt ?? new Date(0),
    date: i.dueOn,
    summary: `${i.clause}: ${i.title}${i.to ? ` → ${i.to.key}` : ""}`,
    description: [
      `From: ${i.from.map((f) => f.name).join(", ")}`,
      `To: ${i.to ? i.to.name : "the parties jointly"}`,
      `Window: ${formatCivilDate(i.windowStart)} to ${formatCivilDate(i.windowEnd)}`,
      `Status: ${i.status}`,
      i.meeting ? `Planned for the meeting of ${formatCivilDate(i.meeting.date)}` : "No meeting chosen yet",
    ].join("\n"),
    url: `${baseUrl}/areas/${areaSlugOf(i)}/protocols/${i.protocolId}#clause-${i.clauseId}`,
    cancelled: i.status === "retired",
  }));
}

/**
 * A feed: the items of some boards (one board, or every board the user holds a role on), this
 * financial year and the next, retired ones sent as CANCELLED so subscribed calendars drop them.
 */
export async function buildFeed(db: DbTx, viewer: Viewer, boardIds: string[] | "mine", baseUrl: string, now = new Date()) {
  const mine = viewer.grants.flatMap((g) => (g.boardId ? [g.boardId] : []));
  const wanted = boardIds === "mine" ? mine : boardIds;
  const boards = await db.board.findMany({ where: { id: { in: wanted } }, include: { areas: { include: { area: true } } } });
  const readable = boards.filter((b) => viewerCan(viewer, "board:read", b));
  if (readable.length === 0) return null;
  const today = londonToday(now);
  const year = cycleStartYear(today);
  const items = [
    ...(await listStoredItems(db, readable.map((b) => b.id), year, null, today)),
    ...(await listStoredItems(db, readable.map((b) => b.id), year + 1, null, today)),
  ];
  const homeArea = new Map(boards.map((b) => [b.id, (b.areas.find((a) => a.home) ?? b.areas[0])!.area.slug]));
  const firstArea = homeArea.get(readable[0]!.id)!;
  const name = boardIds === "mine" ? `My boards (${viewer.name})` : readable.map((b) => b.name).join(", ");
  return buildCalendar(name, toEvents(items, baseUrl, () => firstArea));
}
