import { Tag } from "@/components/ui/tag";
import type { ChallengeStatus } from "@/domain/challenges";

const TONES = { open: "blue", responded: "green", escalated: "red", resolved: "grey" } as const satisfies Record<
  ChallengeStatus,
  string
>;
const WORDS: Record<ChallengeStatus, string> = {
  open: "Open",
  responded: "Responded",
  escalated: "Escalated",
  resolved: "Resolved",
};

/** A challenge's status in words (the colour only repeats them). */
export function ChallengeStatusTag({ status }: { status: ChallengeStatus }) {
  return <Tag tone={TONES[status] ?? "grey"}>{WORDS[status] ?? status}</Tag>;
}

export function OverdueTag() {
  return <Tag tone="red">Response overdue</Tag>;
}
