import { createHash } from "node:crypto";
import type {
  PartyFound,
  ProposedDuty,
  ProposedMembershipRule,
  ProtocolGap,
  ProtocolReading,
} from "@/domain/protocol-reading/types";
import type { DbTx } from "@/server/data/database";

/**
 * What a protocol's source document holds beyond its clauses and proposals (ProtocolSource.reading):
 * the parties the reader found with what each was matched to (or created as), the clauses it judged
 * descriptive, and the gaps. Written once at import, rewritten when a party is matched or created.
 */
export interface StoredParty extends PartyFound {
  match: { kind: PartyFound["kind"]; id: string; by: "key" | "name" | "typo" | "created" | "chosen" } | null;
}

export interface StoredReading {
  title: string | null;
  agreedOn: string | null;
  parties: StoredParty[];
  descriptive: string[];
  gaps: ProtocolGap[];
}

export type StoredProposal =
  { type: "duty"; duty: ProposedDuty } | { type: "membership"; rule: ProposedMembershipRule };

export function storedReading(reading: ProtocolReading, parties: StoredParty[]): StoredReading {
  return {
    title: reading.title,
    agreedOn: reading.agreedOn,
    parties,
    descriptive: reading.descriptive,
    gaps: reading.gaps,
  };
}

/** The JSON columns read back. They are written only by this module's callers, from the reader's own types. */
export const parseReading = (json: string): StoredReading => JSON.parse(json) as StoredReading;

export function parseProposal(type: string, json: string): StoredProposal {
  const value = JSON.parse(json) as ProposedDuty | ProposedMembershipRule;
  return type === "membership"
    ? { type: "membership", rule: value as ProposedMembershipRule }
    : { type: "duty", duty: value as ProposedDuty };
}

/** The area's boards, posts and organisations, for matching the parties a text names. */
export async function knownParties(db: DbTx, areaId: string) {
  const [links, posts, organisations] = await Promise.all([
    db.boardArea.findMany({ where: { areaId, board: { archivedAt: null } }, include: { board: true } }),
    db.post.findMany({ where: { areaId } }),
    db.organisation.findMany({ where: { OR: [{ areaId }, { areaId: null }] } }),
  ]);
  return {
    boards: links.map((l) => ({
      id: l.boardId,
      key: l.key,
      name: l.board.name,
      acronym: l.board.acronym,
      yearStartMonth: l.board.yearStartMonth,
    })),
    posts: posts.map((p) => ({ id: p.id, key: p.key, title: p.title })),
    organisations: organisations.map((o) => ({ id: o.id, slug: o.slug, name: o.name })),
  };
}

/** The reading as a page showed it: a change made since is refused rather than overwritten. */
export const readingFingerprint = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 16);
