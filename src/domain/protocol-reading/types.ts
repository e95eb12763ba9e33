import type { CadenceInput } from "@/lib/schemas/cadence";
import type { ObligationKind } from "@/lib/schemas/vocabulary";

/**
 * Reading a protocol document into draft rules (issue 12): the shapes every stage shares. Text
 * extraction (src/server/protocol-reading/extract-text.ts) gives text; the domain splits it into
 * clauses (clauses.ts), finds the bodies it names (parties.ts) and proposes duties, membership rules,
 * descriptive clauses and gaps (duties.ts). Every proposal says which words it came from.
 */

/** A document's text with its paragraph breaks ("\n\n") and numbering kept. */
export interface ExtractedText {
  text: string;
  format: "pdf" | "docx" | "odt" | "text";
  /** Pages, for a PDF. */
  pages: number | null;
}

/** A clause with its reference exactly as printed: "3.1", "5.1(c)", "C4", "Recommendation 3", "Appendix 1". */
export interface ClauseDraft {
  ref: string;
  heading: string | null;
  text: string;
  kind: "clause" | "table" | "appendix";
}

/** Why a proposal says what it says: the words in the clause behind one part of it. */
export interface Because {
  /** Which part of the proposal: "modality", "from", "to", "cadence", "kind", "documents", "membership". */
  part: string;
  /** The words exactly as they appear in the clause text (so the review page can highlight them). */
  words: string;
  /** Set when the words are in another clause: a list item's lead-in ("The HWB will:" in 3.6 for 3.6(g)). */
  clause?: string;
}

/** A body the text names, with the short forms it defines ("the Barsetshire Health and Wellbeing Board (HWB)"). */
export interface PartyFound {
  /** The short form used as a key (HWB, SAB, DPH), or one made from the name. */
  key: string;
  name: string;
  aliases: string[];
  kind: "board" | "post" | "organisation";
  /** Where it was first named or defined. */
  quote: string;
}

export interface ProposedDuty {
  clause: string;
  kind: ObligationKind;
  summary: string;
  /** Party keys (PartyFound.key). Empty when the text names no owner: then it is also a gap. */
  from: string[];
  to: string[];
  /** True when the cadence yields calendar items by itself. */
  dated: boolean;
  cadence: CadenceInput;
  modality: "will" | "must" | "should" | "may";
  /** Document type keys (jsna, jhws, annual-report, business-plan, strategic-plan, ...). */
  documents: string[];
  /** The sentence it came from, exactly as in the clause. */
  quote: string;
  /** 0 to 1. */
  confidence: number;
  because: Because[];
}

export interface ProposedMembershipRule {
  clause: string;
  /** "X will be a member of Y": the subject (a post or board key, or a capacity of a board) and the board. */
  rule: { subject: string; board: string; capacity?: string };
  quote: string;
  confidence: number;
  because: Because[];
}

/** A duty the text states without an owner, a recipient or a time ("regularly", "as appropriate"). */
export interface ProtocolGap {
  clause: string;
  quote: string;
  missing: ("owner" | "recipient" | "time")[];
  /** The vague words, when a time is vague rather than absent ("regularly"). */
  words: string | null;
}

export interface ProtocolReading {
  title: string | null;
  /** The date the protocol says it was agreed or signed, YYYY-MM-DD, if it says. */
  agreedOn: string | null;
  parties: PartyFound[];
  clauses: ClauseDraft[];
  duties: ProposedDuty[];
  membershipRules: ProposedMembershipRule[];
  /** Refs of clauses judged descriptive (no duty). */
  descriptive: string[];
  gaps: ProtocolGap[];
}
