import type { ProposedDuty, ProposedMembershipRule } from "@/domain/protocol-reading/types";
import { isDated, type Frequency } from "@/lib/schemas/cadence";
import type { RuleInput } from "@/lib/schemas/rule";
import type { StoredParty, StoredProposal } from "./stored-reading";

/**
 * A reader's proposal as the rule editor's input (issue 12): the same fields a person would type,
 * so accepting one goes through the editor's own checks (saveRule) and editing one opens the editor
 * filled in. Party keys become the protocol's boards or the area's posts through the matches the
 * source document holds; what cannot be mapped is a problem, said in words, and the proposal must
 * then be edited rather than accepted.
 */
export interface ProposalContext {
  protocolId: string;
  clauseId: string | null;
  parties: StoredParty[];
  /** The protocol's party boards, by id, with their key in the protocol's area. */
  partyBoards: Map<string, string>;
  /** Earlier proposals of the protocol already made into rules, nearest first: the candidates a `follows` duty comes after. */
  earlierRules: { obligationId: string; duty: ProposedDuty }[];
}

export interface ProposalRule {
  input: RuleInput;
  /** Why it cannot be accepted as it stands (empty: it can). */
  problems: string[];
}

const SUMMARY_MAX = 500;

function summaryOf(text: string) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > SUMMARY_MAX ? `${one.slice(0, SUMMARY_MAX - 1)}…` : one;
}

function noteOf(clause: string, quote: string) {
  const note = `Proposed from clause ${clause}: "${quote.replace(/\s+/g, " ").trim()}"`;
  return note.length > 2000 ? `${note.slice(0, 1998)}"` : note;
}

export function proposalRule(stored: StoredProposal, ctx: ProposalContext): ProposalRule {
  return stored.type === "duty" ? dutyRule(stored.duty, ctx) : membershipRule(stored.rule, ctx);
}

/** A party key as the rule editor's party: a board that is a party to the protocol, or a post of the area. */
function partyOf(key: string, ctx: ProposalContext): { type: "board" | "post"; id: string } | string {
  const party = ctx.parties.find((p) => p.key === key);
  const name = party ? `${party.name} (${key})` : key;
  if (!party?.match) return `${name} is not matched to a board or post of the area`;
  if (party.match.kind === "board") {
    if (!ctx.partyBoards.has(party.match.id)) return `${name} is not a party to this protocol`;
    return { type: "board", id: party.match.id };
  }
  if (party.match.kind === "post") return { type: "post", id: party.match.id };
  return `${name} is an organisation: a duty is owed by a board or a post`;
}

function boardKeyOf(key: string, ctx: ProposalContext): string | null {
  const match = ctx.parties.find((p) => p.key === key)?.match;
  return match?.kind === "board" ? (ctx.partyBoards.get(match.id) ?? null) : null;
}

function dutyRule(duty: ProposedDuty, ctx: ProposalContext): ProposalRule {
  const problems: string[] = [];
  const side = (keys: string[]) =>
    keys.flatMap((key) => {
      const party = partyOf(key, ctx);
      if (typeof party === "string") {
        problems.push(party);
        return [];
      }
      return [party];
    });
  const from = side(duty.from);
  const to = side(duty.to);
  if (duty.from.length === 0) problems.push("The text names no one who owes this duty");
  let cadence = { ...duty.cadence } as RuleInput["cadence"] & Record<string, unknown>;
  for (const field of ["meetingsOf", "afterMeetingsOf"] as const) {
    const key = cadence[field];
    if (typeof key !== "string") continue;
    const boardKey = key ? boardKeyOf(key, ctx) : null;
    if (boardKey) cadence = { ...cadence, [field]: boardKey };
    else if (field === "meetingsOf") {
      const { meetingsOf: _, ...rest } = cadence;
      cadence = rest;
      if (key) problems.push(`The meetings it counts from are ${key}'s, which is not a party to this protocol`);
    } else problems.push("It follows a board's meetings: choose whose");
  }
  let comesAfterId: string | undefined;
  if (duty.cadence.frequency === "follows") {
    const before = ctx.earlierRules.find(
      (r) =>
        r.duty.dated &&
        r.duty.cadence.frequency !== "follows" &&
        isDated(r.duty.cadence.frequency as Frequency) &&
        (r.duty.documents.some((d) => duty.documents.includes(d)) || r.duty.to.some((k) => duty.from.includes(k))),
    );
    if (before) comesAfterId = before.obligationId;
    else problems.push("It follows another duty: edit it to choose which");
  }
  const input: RuleInput = {
    protocolId: ctx.protocolId,
    clauseId: ctx.clauseId ?? "",
    kind: duty.kind,
    summary: summaryOf(duty.summary),
    modality: duty.modality,
    from,
    to,
    cadence,
    ...(comesAfterId ? { comesAfterId } : {}),
    notes: noteOf(duty.clause, duty.quote),
  };
  if (!ctx.clauseId) problems.push(`Clause ${duty.clause} has been removed`);
  return { input, problems };
}

/** "The Chair of the KSCB will be a member of the CHWB": a post's holder, or a board's chair, on a board. */
function membershipRule(rule: ProposedMembershipRule, ctx: ProposalContext): ProposalRule {
  const problems: string[] = [];
  const board = partyOf(rule.rule.board, ctx);
  const subject = partyOf(rule.rule.subject, ctx);
  if (typeof board === "string") problems.push(board);
  else if (board.type !== "board") problems.push(`${rule.rule.board} is a post: members sit on a board`);
  if (typeof subject === "string") problems.push(subject);
  const boardId = typeof board === "string" ? "" : board.id;
  const capacityOfSubject = /\bvice[- ]chair\b/i.test(rule.quote) ? "vice-chair" : "chair";
  const membership: NonNullable<RuleInput["membership"]> =
    typeof subject !== "string" && subject.type === "post"
      ? { subjectType: "post", subjectPostId: subject.id, boardId }
      : {
          subjectType: "board-capacity",
          subjectBoardId: typeof subject === "string" ? "" : subject.id,
          subjectCapacity: capacityOfSubject,
          boardId,
        };
  if (rule.rule.capacity) membership.capacity = rule.rule.capacity;
  const input: RuleInput = {
    protocolId: ctx.protocolId,
    clauseId: ctx.clauseId ?? "",
    kind: "membership",
    summary: summaryOf(rule.quote),
    modality: "will",
    from: [],
    to: [],
    cadence: { frequency: "standing" },
    membership,
    notes: noteOf(rule.clause, rule.quote),
  };
  if (!ctx.clauseId) problems.push(`Clause ${rule.clause} has been removed`);
  return { input, problems };
}
