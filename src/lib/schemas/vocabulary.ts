/**
 * Closed vocabularies fixed by the product's contracts (the CLI's JSON, the cadence table).
 * Board kinds, organisation kinds and posts are deliberately NOT here: they are data (DESIGN.md,
 * "Today's structures"), so an Integrated Care Partnership needs a row, not a release.
 */
export const OBLIGATION_KINDS = [
  "report",
  "consultation",
  "review",
  "meeting",
  "attendance",
  "information-sharing",
  "plan",
  "escalation",
  "membership",
  "other",
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** The strength of the protocol's wording: "must", "will", "should", "may". */
export const MODALITIES = ["must", "will", "should", "may"] as const;
export type Modality = (typeof MODALITIES)[number];

export const PROTOCOL_STATUSES = ["draft", "agreed", "superseded"] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** The capacity in which a person sits on a board (DESIGN.md, "Person, post, membership"). */
export const CAPACITIES = [
  "chair",
  "vice-chair",
  "member",
  "statutory-member",
  "participant-observer",
  "supporting-officer",
] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const CAPACITY_LABELS: Record<Capacity, string> = {
  chair: "Chair",
  "vice-chair": "Vice-chair",
  member: "Member",
  "statutory-member": "Statutory member",
  "participant-observer": "Participant observer",
  "supporting-officer": "Supporting officer",
};

export const ROLES = ["administrator", "secretariat", "chair", "member"] as const;
export type Role = (typeof ROLES)[number];
