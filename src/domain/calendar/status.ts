/** Statuses an item moves through (issue 4 adds the logging that moves it). */
export const ITEM_STATUSES = ["planned", "scheduled", "sent", "received", "closed", "waived", "deferred"] as const;
export type StoredStatus = (typeof ITEM_STATUSES)[number];
export type DisplayStatus = StoredStatus | "overdue" | "retired";

/**
 * The status a user sees. Overdue is derived, never stored: past its due date with nothing sent
 * (DESIGN.md: "an item past its due date with nothing logged is overdue"); a deferred item is overdue
 * once its new due date has passed. `today` is London's date.
 */
export function displayStatus(item: { status: string; dueOn: string; retired: boolean }, today: string): DisplayStatus {
  if (item.retired) return "retired";
  if ((item.status === "planned" || item.status === "scheduled" || item.status === "deferred") && item.dueOn < today)
    return "overdue";
  return item.status as StoredStatus;
}

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  planned: "Planned",
  scheduled: "Scheduled",
  sent: "Sent",
  received: "Received",
  closed: "Closed",
  waived: "Waived",
  deferred: "Deferred",
  overdue: "Overdue",
  retired: "Retired",
};

export const FLAG_LABELS: Record<string, string> = {
  "to-schedule": "To schedule",
  "no-meeting-in-window": "No meeting in window",
  "before-dependency": "Planned before the duty it follows",
  "meeting-cancelled": "Meeting cancelled",
  "meeting-moved": "Meeting moved since planned",
  provisional: "Provisional: counted from the planned date of the duty it follows",
};
