import { itemKey } from "@/domain/calendar/types";
import { cycleStartYear, londonToday } from "@/lib/dates";
import { viewPlan } from "./calendar-view";
import type { ExistingItem } from "@/domain/calendar/diff";
import { byDue, listStoredItems, viewItemsById } from "./list-stored-items";
import { planCalendar } from "./generate-calendar";
import { getBoard } from "../boards/get-board";
import { authorizeBoard } from "@/server/authz/load-viewer";
import type { Reader } from "@/server/authz/reader";

/** Why a stored item's plan no longer holds: its meeting was cancelled, or moved off the item's date. */
export type MeetingChange = "meeting-cancelled" | "meeting-moved";

/**
 * The preview of a generation: what would be new, changed and retired, before anything is written.
 * A changed item says when it changes because its meeting was cancelled or moved; logged items
 * whose meeting was cancelled or moved, which generation never changes, are listed for attention.
 */
export async function previewCalendar(
  reader: Reader & { viewer: NonNullable<Reader["viewer"]> },
  areaSlug: string,
  boardKey: string,
  fy: number | null,
  now = new Date(),
) {
  const { area, board } = await getBoard(reader, areaSlug, boardKey);
  await authorizeBoard(reader.db, reader.viewer, board.id, "calendar:generate");
  const today = londonToday(now);
  const year = fy ?? cycleStartYear(today, board.yearStartMonth);
  const plan = await planCalendar(reader.db, [board.id], year);
  const views = await viewPlan(reader.db, plan, area.id, today);
  const viewByKey = new Map(plan.generated.map((g, i) => [itemKey(g), views[i]!]));
  const pickViews = (keys: string[]) => keys.map((k) => viewByKey.get(k)!).sort(byDue);
  const retiredIds = new Set(plan.diff.retire.map((r) => r.id));
  const retired =
    retiredIds.size > 0
      ? (await listStoredItems(reader.db, [board.id], year, area.id, today)).filter((i) => i.id && retiredIds.has(i.id))
      : [];
  const stored = [...plan.diff.update.map((u) => u.before), ...plan.diff.unchanged];
  const meetingIds = [...new Set(stored.flatMap((e) => (e.meetingId ? [e.meetingId] : [])))];
  const meetings = new Map(
    (
      await reader.db.meeting.findMany({
        where: { id: { in: meetingIds } },
        select: { id: true, date: true, cancelledAt: true },
      })
    ).map((m) => [m.id, m]),
  );
  const change = (e: ExistingItem): MeetingChange | null => {
    const m = e.meetingId ? meetings.get(e.meetingId) : undefined;
    return !m ? null : m.cancelledAt ? "meeting-cancelled" : m.date !== e.dueOn ? "meeting-moved" : null;
  };
  const held = plan.diff.unchanged.filter((e) => e.logged && !e.retired && change(e));
  const heldViews = new Map(
    (
      await viewItemsById(
        reader.db,
        held.map((e) => e.id),
        area.id,
        today,
      )
    ).map((v) => [v.id, v]),
  );
  return {
    area,
    board,
    year,
    fingerprint: plan.fingerprint,
    created: pickViews(plan.diff.create.map(itemKey)),
    updated: plan.diff.update.map((u) => ({
      before: u.before,
      after: viewByKey.get(itemKey(u.after))!,
      change: change(u.before),
    })),
    attention: held
      .map((e) => ({ item: heldViews.get(e.id)!, change: change(e)! }))
      .sort((a, b) => byDue(a.item, b.item)),
    retired,
    unchanged: plan.diff.unchanged.length,
  };
}
