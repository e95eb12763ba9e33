import { describe, expect, it } from "vitest";
import { evaluateMembershipRule, type Holding, type MembershipRuleInput, type Seat } from "./membership-rules";

const today = "2026-11-23";
const kent35: MembershipRuleInput = {
  clause: "3.5",
  subject: { type: "board-capacity", boardId: "kscb", boardKey: "KSCB", capacity: "chair" },
  boardId: "chwb",
  boardKey: "CHWB",
  capacity: null,
};
const harrow11: MembershipRuleInput = {
  clause: "11",
  subject: { type: "post", postId: "lm", postTitle: "Lead Member for Health" },
  boardId: "lscb",
  boardKey: "LSCB",
  capacity: null,
};
const halton40: MembershipRuleInput = {
  clause: "40",
  subject: { type: "post", postId: "lm", postTitle: "Lead Member" },
  boardId: "hct",
  boardKey: "HCT",
  capacity: "chair",
};
const seat = (
  personId: string,
  boardId: string,
  capacity: string,
  startsOn = "2024-01-01",
  endsOn: string | null = null,
): Seat => ({ personId, personName: `P ${personId}`, boardId, capacity, startsOn, endsOn });
const holding = (personId: string, startsOn = "2024-01-01", endsOn: string | null = null): Holding => ({
  postId: "lm",
  personId,
  personName: `P ${personId}`,
  startsOn,
  endsOn,
});

describe("membership rules", () => {
  it.each([
    [
      "met: the KSCB chair sits on the CHWB",
      kent35,
      [seat("a", "kscb", "chair"), seat("a", "chwb", "member")],
      [],
      "met",
      "Clause 3.5: P a (the chair of KSCB) sits on CHWB as member.",
    ],
    [
      "not met: the KSCB chair does not sit on the CHWB",
      kent35,
      [seat("a", "kscb", "chair"), seat("b", "chwb", "member")],
      [],
      "not-met",
      "Clause 3.5: P a (the chair of KSCB) does not sit on CHWB.",
    ],
    [
      "not met: the seat on the CHWB ended yesterday",
      kent35,
      [seat("a", "kscb", "chair"), seat("a", "chwb", "member", "2024-01-01", "2026-11-22")],
      [],
      "not-met",
      "Clause 3.5: P a (the chair of KSCB) does not sit on CHWB.",
    ],
    [
      "unknown: the KSCB has no chair today",
      kent35,
      [seat("a", "kscb", "chair", "2027-01-01")],
      [],
      "unknown",
      "Clause 3.5: nobody is the chair of KSCB today (no one sits in that capacity), so whether they sit on CHWB cannot be told.",
    ],
    [
      "met: the lead member sits on the LSCB",
      harrow11,
      [seat("x", "lscb", "participant-observer")],
      [holding("x")],
      "met",
      "Clause 11: P x (the Lead Member for Health) sits on LSCB as participant observer.",
    ],
    [
      "unknown: the post is vacant",
      harrow11,
      [seat("x", "lscb", "member")],
      [holding("x", "2020-01-01", "2026-05-01")],
      "unknown",
      "Clause 11: nobody is the Lead Member for Health today (the post is vacant), so whether they sit on LSCB cannot be told.",
    ],
    [
      "not met: in the wrong capacity",
      halton40,
      [seat("x", "hct", "member")],
      [holding("x")],
      "not-met",
      "Clause 40: P x (the Lead Member) sits on HCT as member, not as chair.",
    ],
  ] as const)("%s", (_label, rule, seats, holdings, status, explanation) => {
    expect(evaluateMembershipRule(rule, { seats, holdings }, today)).toEqual({ status, explanation });
  });

  it("compares custom capacities as keys and names them as the table does", () => {
    const coOpted: MembershipRuleInput = {
      ...kent35,
      subject: { type: "board-capacity", boardId: "kscb", boardKey: "KSCB", capacity: "co-opted-member" },
      capacity: "co-opted-member",
    };
    const names = (key: string) => (key === "co-opted-member" ? "Co-opted member" : key);
    const seats = [seat("a", "kscb", "co-opted-member"), seat("a", "chwb", "co-opted-member")];
    expect(evaluateMembershipRule(coOpted, { seats, holdings: [] }, today, names)).toEqual({
      status: "met",
      explanation: "Clause 3.5: P a (the co-opted member of KSCB) sits on CHWB as co-opted member.",
    });
    const other = [seat("a", "kscb", "co-opted-member"), seat("a", "chwb", "member")];
    expect(evaluateMembershipRule(coOpted, { seats: other, holdings: [] }, today).explanation).toBe(
      "Clause 3.5: P a (the co-opted-member of KSCB) sits on CHWB as member, not as co-opted-member.",
    );
  });
});
