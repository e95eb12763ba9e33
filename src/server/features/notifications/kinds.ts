/**
 * What the portal tells people (issue 13, decision 021). A digest gathers what is overdue, due soon or
 * still to schedule; an immediate notice says one thing at once. Each immediate kind can be turned off.
 */
export const IMMEDIATE_KINDS = [
  "item-sent",
  "follow-up",
  "challenge-raised",
  "challenge-answered",
  "challenge-escalated",
  "sign-off-requested",
] as const;
export type ImmediateKind = (typeof IMMEDIATE_KINDS)[number];

export const NOTICE_KINDS = [...IMMEDIATE_KINDS, "digest", "meeting-digest"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const DIGEST_FREQUENCIES = ["off", "daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** How each kind is named on the preferences page and in a message's footer. */
export const NOTICE_LABELS: Record<NoticeKind, string> = {
  "item-sent": "When another board marks an item sent to your board",
  "follow-up": "When a follow-up is assigned to your board",
  "challenge-raised": "When a challenge is raised against your board",
  "challenge-answered": "When a challenge against your board is answered",
  "challenge-escalated": "When a challenge against your board is escalated",
  "sign-off-requested": "When your sign-off is requested on a protocol version",
  digest: "The digest of overdue and due-soon items",
  "meeting-digest": "The digest of statutory items at your boards' next meetings",
};

export const DEFAULT_LEAD_DAYS = 14;
