import type { Frequency } from "@/lib/schemas/cadence";
import type { ProtocolReading } from "./types";

/**
 * Scoring a protocol reading against a hand annotation (issue 12, Acceptance): the share of dated
 * duties proposed with the right clause and cadence, the share of all duties found, and the
 * descriptive clauses that nonetheless produced a dated proposal. The annotations live in
 * tests/fixtures/protocol-annotations/.
 */

export interface AnnotatedDuty {
  /** The clause reference as printed ("3.1", "5.1(c)", "Appendix 1 2.1(a)"). */
  clause: string;
  /** The words of the duty, a substring of the protocol text (white space collapsed). */
  quote: string;
  kind: string;
  from: string[];
  to: string[];
  dated: boolean;
  frequency: Frequency;
  modality: "will" | "must" | "should" | "may";
  /** Where the annotator's reading differs from the demo seed data, and why. */
  notes?: string;
}

export interface ProtocolAnnotation {
  /** The seed's file name, or the test text's path. */
  seed: string;
  area: string;
  duties: AnnotatedDuty[];
  membershipRules: { clause: string; quote: string }[];
  /** Clause refs with no duty. */
  descriptive: string[];
  notes?: string;
}

export interface ReadingScore {
  datedFound: number;
  datedTotal: number;
  datedRightCadence: number;
  allFound: number;
  allTotal: number;
  /** Refs of annotated descriptive clauses for which the reading proposed a dated duty. */
  descriptiveWithDatedProposal: string[];
}

/**
 * Clause refs compared loosely on layout only: "5.1(c)", "5.1 c)" and "5.1c" are one clause, as are
 * "Appendix 1 2.1(a)" and "App. 1 2.1(a)". Numbers and letters must agree.
 */
export function sameClauseRef(a: string, b: string): boolean {
  return normaliseRef(a) === normaliseRef(b);
}

function normaliseRef(ref: string): string {
  return ref
    .toLowerCase()
    .replace(/\bapp(?:endix|\.)?(?=\s|\d|$)/g, "app")
    .replace(/[\s()]/g, "")
    .replace(/\.$/, "");
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share (0 to 1) of the annotated quote's words that the proposal's quote also has. */
export function quoteOverlap(annotated: string, proposed: string): number {
  const wanted = words(annotated);
  if (wanted.length === 0) return 0;
  const have = new Set(words(proposed));
  return wanted.filter((w) => have.has(w)).length / wanted.length;
}

/**
 * A duty is found when a proposal has the same clause ref and a quote sharing at least half of the
 * annotated quote's words. Each proposal matches one annotated duty at most (a clause with two
 * reciprocal duties needs two proposals); among the candidates, one with the annotated frequency is
 * preferred, then the larger overlap.
 */
export function scoreReading(annotation: ProtocolAnnotation, reading: ProtocolReading): ReadingScore {
  const used = new Set<number>();
  let datedFound = 0;
  let datedRightCadence = 0;
  let allFound = 0;

  for (const duty of annotation.duties) {
    let best: { index: number; rightCadence: boolean; overlap: number } | null = null;
    reading.duties.forEach((proposal, index) => {
      if (used.has(index) || !sameClauseRef(duty.clause, proposal.clause)) return;
      const overlap = quoteOverlap(duty.quote, proposal.quote);
      if (overlap < 0.5) return;
      const rightCadence = proposal.cadence.frequency === duty.frequency;
      if (
        best === null ||
        (rightCadence && !best.rightCadence) ||
        (rightCadence === best.rightCadence && overlap > best.overlap)
      ) {
        best = { index, rightCadence, overlap };
      }
    });
    const match = best as { index: number; rightCadence: boolean; overlap: number } | null;
    if (match === null) continue;
    used.add(match.index);
    allFound += 1;
    if (duty.dated) {
      datedFound += 1;
      if (match.rightCadence) datedRightCadence += 1;
    }
  }

  const descriptiveWithDatedProposal = annotation.descriptive.filter((ref) =>
    reading.duties.some((proposal) => proposal.dated && sameClauseRef(ref, proposal.clause)),
  );

  return {
    datedFound,
    datedTotal: annotation.duties.filter((d) => d.dated).length,
    datedRightCadence,
    allFound,
    allTotal: annotation.duties.length,
    descriptiveWithDatedProposal,
  };
}
