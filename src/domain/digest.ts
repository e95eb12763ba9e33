import type { DisplayStatus } from "./calendar/status";
import { addDays, type CivilDate } from "./civil-date";
import { bucketOf, isOpenStatus } from "./dashboard";

/**
 * When a digest is due and what goes in it (issue 13, build items 1 and 3; decision 021).
 *
 * A digest is sent from 07:00 UK time: a daily one every day, a weekly one on Monday. The period is
 * the day (daily) or the week starting on Monday (weekly) and names the digest's idempotency key, so
 * a run at any later moment of the same period writes nothing new; a weekly digest missed on Monday
 * (the worker down all day) goes out at the next run that week rather than never.
 */
export const DIGEST_SEND_HOUR = 7;

/** Monday = 1 … Sunday = 7, for a civil date. */
export function isoWeekday(date: CivilDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The period a digest of `frequency` is due for at a moment given as London's date and hour, or
 * null when none is due yet (before 07:00 on the day; before Monday 07:00 for a new week).
 */
export function digestPeriod(
  frequency: "off" | "daily" | "weekly",
  londonDate: CivilDate,
  londonHour: number,
): CivilDate | null {
  if (frequency === "off") return null;
  if (frequency === "daily") return londonHour >= DIGEST_SEND_HOUR ? londonDate : null;
  const weekday = isoWeekday(londonDate);
  if (weekday === 1 && londonHour < DIGEST_SEND_HOUR) return null;
  return addDays(londonDate, 1 - weekday);
}

export type DigestReason = "overdue" | "due-soon" | "to-schedule";

export const DIGEST_REASON_LABELS: Record<DigestReason, string> = {
  overdue: "overdue",
  "due-soon": "due soon",
  "to-schedule": "to schedule",
};

export interface DigestItemInput {
  status: DisplayStatus;
  dueOn: CivilDate;
  /** No meeting chosen yet (board-items' isUnscheduled). */
  unscheduled: boolean;
}

/**
 * Why an item a board owes or is owed belongs in its secretariat's or chair's digest on `today`, or
 * null. Overdue is the dashboards' own (bucketOf); due soon is still open and due within the person's
 * lead time; to schedule is open, due later, without a meeting, while the board has a meeting coming
 * up within the lead time (`meetingWithinLead`) where it could be taken.
 */
export function digestReason(
  item: DigestItemInput,
  today: CivilDate,
  leadDays: number,
  meetingWithinLead: boolean,
): DigestReason | null {
  if (bucketOf({ ...item, doneOn: null }, today) === "overdue") return "overdue";
  if (!isOpenStatus(item.status) || item.dueOn < today) return null;
  if (item.dueOn <= addDays(today, leadDays)) return "due-soon";
  if (item.unscheduled && meetingWithinLead) return "to-schedule";
  return null;
}
