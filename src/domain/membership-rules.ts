import { CAPACITY_LABELS, type Capacity } from "@/lib/schemas/vocabulary";

/**
 * Checks a protocol's membership rules against who sits where today, e.g. Kent 3.5 "The Chair of
 * the KSCB will be a member of the CHWB", Harrow 11 "the lead member for health will be a member of
 * the LSCB", Knowsley's table (6.8). Pure: the facts and today's date are passed in.
 */
export type RuleSubject =
  | { type: "post"; postId: string; postTitle: string }
  | { type: "board-capacity"; boardId: string; boardKey: string; capacity: string };

export interface MembershipRuleInput {
  clause: string;
  subject: RuleSubject;
  boardId: string;
  boardKey: string;
  /** Required capacity on the board; null means any. */
  capacity: string | null;
}

export interface Term {
  startsOn: string;
  endsOn: string | null;
}
export interface Seat extends Term {
  personId: string;
  personName: string;
  boardId: string;
  capacity: string;
}
export interface Holding extends Term {
  postId: string;
  personId: string;
  personName: string;
}

export type RuleStatus = "met" | "not-met" | "unknown";
export interface RuleResult {
  status: RuleStatus;
  explanation: string;
}

export const isCurrent = (t: Term, today: string) => t.startsOn <= today && (t.endsOn === null || t.endsOn >= today);
const builtInLabel = (capacity: string) => CAPACITY_LABELS[capacity as Capacity] ?? capacity;

/**
 * Capacities are compared by key, as strings (custom ones included); `capacityName` names them in the
 * explanation (the Capacity table's names; the built-in labels, or the key itself, by default).
 */
export function evaluateMembershipRule(
  rule: MembershipRuleInput,
  facts: { seats: readonly Seat[]; holdings: readonly Holding[] },
  today: string,
  capacityName: (key: string) => string = builtInLabel,
): RuleResult {
  const label = (capacity: string) => capacityName(capacity).toLowerCase();
  const seats = facts.seats.filter((s) => isCurrent(s, today));
  const who =
    rule.subject.type === "post"
      ? {
          description: `the ${rule.subject.postTitle}`,
          people: facts.holdings
            .filter((h) => h.postId === (rule.subject as { postId: string }).postId && isCurrent(h, today))
            .map((h) => ({ id: h.personId, name: h.personName })),
        }
      : {
          description: `the ${label(rule.subject.capacity)} of ${rule.subject.boardKey}`,
          people: seats
            .filter(
              (s) =>
                s.boardId === (rule.subject as { boardId: string }).boardId &&
                s.capacity === (rule.subject as { capacity: string }).capacity,
            )
            .map((s) => ({ id: s.personId, name: s.personName })),
        };
  const where = `${rule.boardKey}${rule.capacity ? ` as ${label(rule.capacity)}` : ""}`;
  if (who.people.length === 0) {
    return {
      status: "unknown",
      explanation: `Clause ${rule.clause}: nobody is ${who.description} today (${rule.subject.type === "post" ? "the post is vacant" : "no one sits in that capacity"}), so whether they sit on ${where} cannot be told.`,
    };
  }
  const results = who.people.map((person) => {
    const onBoard = seats.filter((s) => s.personId === person.id && s.boardId === rule.boardId);
    const fits = onBoard.filter((s) => rule.capacity === null || s.capacity === rule.capacity);
    if (fits.length > 0)
      return {
        ok: true,
        text: `${person.name} (${who.description}) sits on ${rule.boardKey} as ${label(fits[0]!.capacity)}`,
      };
    if (onBoard.length > 0)
      return {
        ok: false,
        text: `${person.name} (${who.description}) sits on ${rule.boardKey} as ${label(onBoard[0]!.capacity)}, not as ${label(rule.capacity!)}`,
      };
    return { ok: false, text: `${person.name} (${who.description}) does not sit on ${rule.boardKey}` };
  });
  const failing = results.filter((r) => !r.ok);
  return failing.length === 0
    ? { status: "met", explanation: `Clause ${rule.clause}: ${results.map((r) => r.text).join("; ")}.` }
    : { status: "not-met", explanation: `Clause ${rule.clause}: ${failing.map((r) => r.text).join("; ")}.` };
}
