import type { ChallengeStatus } from "@/domain/challenges";

/** A challenge's status as a sentence says it ("it is now open, awaiting a response"). */
export const CHALLENGE_STATUS_LABELS: Record<ChallengeStatus, string> = {
  open: "open, awaiting a response",
  responded: "responded",
  escalated: "escalated",
  resolved: "resolved",
};

export const challengeStatusLabel = (status: string) => CHALLENGE_STATUS_LABELS[status as ChallengeStatus] ?? status;
