import { describe, expect, it } from "vitest";
import type { Frequency } from "@/lib/schemas/cadence";
import { quoteOverlap, sameClauseRef, scoreReading, type ProtocolAnnotation } from "./score";
import type { ProposedDuty, ProtocolReading } from "./types";

const annotation: ProtocolAnnotation = {
  seed: "test.txt",
  area: "test",
  duties: [
    {
      clause: "8.2",
      quote: "the Independent Chairs of the two Safeguarding Boards will present to the HWB their Annual Reports",
      kind: "report",
      from: ["MSCB"],
      to: ["HWB"],
      dated: true,
      frequency: "annual",
      modality: "will",
    },
    {
      clause: "8.2",
      quote: "the Independent Chairs of the two Safeguarding Boards will present to the HWB their Annual Reports",
      kind: "report",
      from: ["KMSAB"],
      to: ["HWB"],
      dated: true,
      frequency: "annual",
      modality: "will",
    },
    {
      clause: "5.1(c)",
      quote: "each body will formally submit its annual report to the other body",
      kind: "report",
      from: ["HWB"],
      to: ["KSCB"],
      dated: true,
      frequency: "annual",
      modality: "will",
    },
    {
      clause: "9",
      quote: "The LSCB Chair can at any time bring to HWBB any matters which require attention",
      kind: "escalation",
      from: ["LSCB-CHAIR"],
      to: ["HWBB"],
      dated: false,
      frequency: "as-needed",
      modality: "may",
    },
  ],
  membershipRules: [],
  descriptive: ["1.1", "Appendix 1 1"],
};

function proposal(clause: string, quote: string, frequency: Frequency): ProposedDuty {
  return {
    clause,
    kind: "report",
    summary: quote,
    from: [],
    to: [],
    dated: !["on-event", "as-needed", "standing"].includes(frequency),
    cadence: { frequency } as ProposedDuty["cadence"],
    modality: "will",
    documents: [],
    quote,
    confidence: 0.5,
    because: [],
  };
}

function reading(duties: ProposedDuty[]): ProtocolReading {
  return {
    title: null,
    agreedOn: null,
    parties: [],
    clauses: [],
    duties,
    membershipRules: [],
    descriptive: [],
    gaps: [],
  };
}

const presentSentence =
  "Between September and November each year the Independent Chairs of the two Safeguarding Boards will present to the HWB their Annual Reports.";

describe("scoreReading", () => {
  it("scores an empty reading as nothing found", () => {
    expect(scoreReading(annotation, reading([]))).toEqual({
      datedFound: 0,
      datedTotal: 3,
      datedRightCadence: 0,
      allFound: 0,
      allTotal: 4,
      descriptiveWithDatedProposal: [],
    });
  });

  it("counts a perfect reading in full", () => {
    const score = scoreReading(
      annotation,
      reading([
        proposal("8.2", presentSentence, "annual"),
        proposal("8.2", presentSentence, "annual"),
        proposal("5.1(c)", "each body will formally submit its annual report to the other body", "annual"),
        proposal("9", "The LSCB Chair can at any time bring to HWBB any matters which require attention", "as-needed"),
      ]),
    );
    expect(score).toMatchObject({ datedFound: 3, datedRightCadence: 3, allFound: 4 });
  });

  it("matches each proposal to one duty only: one proposal for two reciprocal duties finds one", () => {
    const score = scoreReading(annotation, reading([proposal("8.2", presentSentence, "annual")]));
    expect(score).toMatchObject({ datedFound: 1, allFound: 1 });
  });

  it("finds a duty with the wrong cadence but does not count its cadence as right", () => {
    const score = scoreReading(annotation, reading([proposal("8.2", presentSentence, "named-months")]));
    expect(score).toMatchObject({ datedFound: 1, datedRightCadence: 0 });
  });

  it("does not find a duty under another clause ref, or with a quote sharing under half its words", () => {
    const score = scoreReading(
      annotation,
      reading([proposal("8.3", presentSentence, "annual"), proposal("5.1(c)", "each body will consider it", "annual")]),
    );
    expect(score).toMatchObject({ datedFound: 0, allFound: 0 });
  });

  it("treats 5.1 c) as 5.1(c) and App. 1 as Appendix 1", () => {
    const score = scoreReading(
      annotation,
      reading([
        proposal("5.1 c)", "each body will formally submit its annual report to the other body", "annual"),
        proposal("App. 1 1", "The aim of this supporting document", "annual"),
      ]),
    );
    expect(score.datedFound).toBe(1);
    expect(score.descriptiveWithDatedProposal).toEqual(["Appendix 1 1"]);
  });

  it("lists a descriptive clause only when its proposal is dated", () => {
    const score = scoreReading(annotation, reading([proposal("1.1", "This Protocol is a framework", "standing")]));
    expect(score.descriptiveWithDatedProposal).toEqual([]);
  });
});

describe("sameClauseRef", () => {
  it.each([
    ["5.1(c)", "5.1 c)", true],
    ["5.1(c)", "5.1(d)", false],
    ["Appendix 1 2.1(a)", "App. 1 2.1(a)", true],
    ["3.1", "3.10", false],
    ["C4", "c4", true],
    ["Recommendation 3", "Recommendation 3", true],
  ])("%s and %s: %s", (a, b, same) => {
    expect(sameClauseRef(a, b)).toBe(same);
  });
});

describe("quoteOverlap", () => {
  it("is the share of the annotated quote's words present in the proposed quote", () => {
    expect(quoteOverlap("share minutes after every meeting", "The chairs will share minutes")).toBeCloseTo(2 / 5);
    expect(quoteOverlap("", "anything")).toBe(0);
  });
});
