import type { DbTx } from "@/server/data/database";
import {
  DEFAULT_LEAD_DAYS,
  DIGEST_FREQUENCIES,
  IMMEDIATE_KINDS,
  type DigestFrequency,
  type ImmediateKind,
} from "./kinds";

export interface Preferences {
  digest: DigestFrequency;
  leadDays: number;
  immediate: Record<ImmediateKind, boolean>;
  meetingDigest: boolean;
  /** False while the user has never saved a choice: the defaults for their roles apply. */
  saved: boolean;
  unsubscribeVersion: number;
  version: number;
}

const everyKind = (on: boolean) =>
  Object.fromEntries(IMMEDIATE_KINDS.map((k) => [k, on])) as Record<ImmediateKind, boolean>;

/**
 * The defaults (issue 13): secretariat and chairs get the weekly digest, sent on Monday morning, and
 * every immediate notice; members (and anyone else) get nothing until they choose.
 */
export function defaultPreferences(roles: readonly string[]): Preferences {
  const officer = roles.some((r) => r === "secretariat" || r === "chair");
  return {
    digest: officer ? "weekly" : "off",
    leadDays: DEFAULT_LEAD_DAYS,
    immediate: everyKind(officer),
    meetingDigest: false,
    saved: false,
    unsubscribeVersion: 1,
    version: 0,
  };
}

/** A saved row read back; a kind it does not list is on (a kind added later reaches those who chose). */
export function savedPreferences(row: {
  digest: string;
  leadDays: number;
  immediate: string;
  meetingDigest: boolean;
  unsubscribeVersion: number;
  version: number;
}): Preferences {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(row.immediate) as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const immediate = everyKind(true);
  for (const kind of IMMEDIATE_KINDS) if (stored[kind] === false) immediate[kind] = false;
  return {
    digest: (DIGEST_FREQUENCIES as readonly string[]).includes(row.digest) ? (row.digest as DigestFrequency) : "off",
    leadDays: row.leadDays,
    immediate,
    meetingDigest: row.meetingDigest,
    saved: true,
    unsubscribeVersion: row.unsubscribeVersion,
    version: row.version,
  };
}

/** Each user's preferences: their saved row, or the defaults for the roles they hold. */
export async function preferencesOf(db: DbTx, userIds: readonly string[]): Promise<Map<string, Preferences>> {
  const [rows, roles] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: { in: [...userIds] } } }),
    db.roleAssignment.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, role: true } }),
  ]);
  const saved = new Map(rows.map((r) => [r.userId, r]));
  const held = new Map<string, string[]>();
  for (const r of roles) (held.get(r.userId) ?? held.set(r.userId, []).get(r.userId)!).push(r.role);
  const out = new Map<string, Preferences>();
  for (const id of userIds) {
    const row = saved.get(id);
    out.set(id, row ? savedPreferences(row) : defaultPreferences(held.get(id) ?? []));
  }
  return out;
}
