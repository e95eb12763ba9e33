import { describe, expect, it } from "vitest";
import { proposeDuties } from "./duties";
import type { ClauseDraft, PartyFound } from "./types";

const parties: PartyFound[] = [
  {
    key: "HWB",
    name: "Wessex Health and Wellbeing Board",
    aliases: ["Health and Wellbeing Board"],
    kind: "board",
    quote: "",
  },
  {
    key: "SAB",
    name: "Wessex Safeguarding Adults Board",
    aliases: ["Safeguarding Adults Board"],
    kind: "board",
    quote: "",
  },
  { key: "DPH", name: "Director of Public Health", aliases: [], kind: "post", quote: "" },
];

const clause = (ref: string, text: string, kind: ClauseDraft["kind"] = "clause"): ClauseDraft => ({
  ref,
  heading: null,
  text,
  kind,
});

/** Both boards named twice, so "the Boards" and "each" stand for them. */
const preamble = clause("1", "This protocol is between the HWB and the SAB. The HWB and the SAB agree it.");

function read(...clauses: ClauseDraft[]) {
  return proposeDuties([preamble, ...clauses], parties, { agreedOn: "2025-10-14" });
}

describe("proposeDuties", () => {
  it("proposes two reciprocal duties for 'share … with each other'", () => {
    const { duties } = read(
      clause("8.1", "The chairs of the HWB and the SAB will share their minutes with each other after every meeting."),
    );
    expect(duties.map((d) => [d.from, d.to, d.kind, d.cadence])).toEqual([
      [["HWB"], ["SAB"], "information-sharing", { frequency: "after-every-meeting", afterMeetingsOf: "HWB" }],
      [["SAB"], ["HWB"], "information-sharing", { frequency: "after-every-meeting", afterMeetingsOf: "SAB" }],
    ]);
  });

  it("gives each item of a list the subject and modal of its lead-in", () => {
    const { duties } = read(
      clause(
        "3.5",
        "The SAB will:\n- present its annual report to the HWB no later than 31 July;\n- respond to the HWB's consultation on the JSNA when it is refreshed.",
      ),
    );
    expect(duties).toHaveLength(2);
    expect(duties[0]).toMatchObject({
      from: ["SAB"],
      to: ["HWB"],
      kind: "report",
      modality: "will",
      dated: true,
      cadence: { frequency: "annual", deadline: { month: 7, day: 31 } },
      documents: ["annual-report"],
    });
    expect(duties[1]).toMatchObject({
      from: ["SAB"],
      kind: "consultation",
      dated: false,
      cadence: { frequency: "on-event" },
      documents: ["jsna"],
    });
  });

  it.each([
    ["The HWB must publish its strategy each year.", "must"],
    ["The HWB shall publish its strategy each year.", "must"],
    ["The HWB should publish its strategy each year.", "should"],
    ["The HWB may publish its strategy each year.", "may"],
    ["The HWB is responsible for publishing its strategy each year.", "will"],
    ["The HWB undertakes to publish its strategy each year.", "will"],
  ])("reads the modality of %s", (text, modality) => {
    expect(read(clause("2", text)).duties[0]?.modality).toBe(modality);
  });

  it("reads a passive duty: the agent owes it, the subject receives it", () => {
    const { duties } = read(
      clause("11", "The SAB will be formally consulted by the HWB when the strategy is drafted."),
    );
    expect(duties[0]).toMatchObject({
      from: ["HWB"],
      to: ["SAB"],
      kind: "consultation",
      cadence: { frequency: "on-event" },
    });
  });

  it("proposes a membership rule, not a duty, for 'X will be a member of Y'", () => {
    const result = read(clause("3.5", "The Director of Public Health will be a member of the SAB."));
    expect(result.membershipRules).toEqual([
      expect.objectContaining({ clause: "3.5", rule: { subject: "DPH", board: "SAB" } }),
    ]);
    expect(result.duties).toEqual([]);
    expect(result.descriptive).not.toContain("3.5");
  });

  it("reads a membership table: boards across the top, members down the side", () => {
    const { membershipRules } = read(
      clause("6.8", "\tHealth and Wellbeing Board\tSafeguarding Adults Board\nDPH\tX\tX Chair", "table"),
    );
    expect(membershipRules.map((r) => r.rule)).toEqual([
      { subject: "DPH", board: "HWB" },
      { subject: "DPH", board: "SAB", capacity: "chair" },
    ]);
  });

  it("reads a table of duties, one duty a row, with the row's own reference", () => {
    const { duties } = read(
      clause(
        "5",
        "Ref | Duty | Owner | Recipient | When\nT1 | Present the yearly report | SAB | HWB | No later than 31 October each year\nT2 | Share data | HWB | SAB | Each quarter",
        "table",
      ),
    );
    expect(duties.map((d) => [d.clause, d.from, d.to, d.cadence])).toEqual([
      ["T1", ["SAB"], ["HWB"], { frequency: "annual", deadline: { month: 10, day: 31 } }],
      ["T2", ["HWB"], ["SAB"], { frequency: "quarterly" }],
    ]);
  });

  it("reads a table row the splitter laid out as labelled lines", () => {
    const { duties } = read(
      clause(
        "T4",
        "Duty: Circulate agenda papers\nOwner: each partnership\nRecipient: the other partnerships\nWhen: At least five working days before each meeting",
        "table",
      ),
    );
    expect(duties[0]).toMatchObject({
      clause: "T4",
      kind: "information-sharing",
      cadence: { frequency: "each-meeting", offset: { amount: 5, unit: "working-days", direction: "before" } },
    });
  });

  it("judges a clause with no duty descriptive", () => {
    const result = read(
      clause("2.1", "The HWB was established under section 194 of the Health and Social Care Act 2012."),
    );
    expect(result.descriptive).toContain("2.1");
    expect(result.duties).toEqual([]);
  });

  it("lists a duty with no recipient and a vague time as a gap, with its words", () => {
    const { gaps } = read(clause("3.2", "The SAB will share information regularly."));
    expect(gaps).toEqual([
      {
        clause: "3.2",
        quote: "The SAB will share information regularly.",
        missing: ["recipient", "time"],
        words: "regularly",
      },
    ]);
  });

  it("lists a duty with no owner (and, for a report, no recipient) as a gap", () => {
    const { duties, gaps } = read(
      clause("9", "An annual report will be published on the effectiveness of safeguarding."),
    );
    expect(duties[0]).toMatchObject({ from: [], dated: true });
    expect(gaps[0]).toMatchObject({ clause: "9", missing: ["owner", "recipient"] });
  });

  it("lists a report with no time at all as a gap", () => {
    const { gaps } = read(clause("4", "The SAB will report to the HWB on its priorities."));
    expect(gaps[0]).toMatchObject({ missing: ["time"], words: null });
  });

  it("gives each verb of a coordinated predicate its own duty and time", () => {
    const { duties } = read(
      clause(
        "33",
        "The HWB will review the SAB's strategic plan, and receive key reports from the SAB on a quarterly basis.",
      ),
    );
    expect(duties.map((d) => [d.kind, d.cadence.frequency])).toEqual([
      ["review", "standing"],
      ["information-sharing", "quarterly"],
    ]);
    expect(duties[1]).toMatchObject({ from: ["SAB"], to: ["HWB"] });
  });

  it("names the exact words behind every part, as they stand in the clause (line breaks and all)", () => {
    const text = "Between September and November each year the SAB will\npresent its Annual Report to the HWB.";
    const { duties } = read(clause("8.2", text));
    const duty = duties[0]!;
    expect(duty.quote).toBe(text);
    for (const b of duty.because) expect(text).toContain(b.words);
    expect(duty.because).toEqual(
      expect.arrayContaining([
        { part: "modality", words: "will" },
        { part: "from", words: "SAB" },
        { part: "to", words: "HWB" },
        { part: "cadence", words: "each year" },
        { part: "cadence", words: "Between September and November" },
        { part: "kind", words: "present" },
        { part: "documents", words: "Annual Report" },
      ]),
    );
    expect(duty.cadence).toEqual({ frequency: "annual", window: { fromMonth: 9, toMonth: 11 } });
  });
});
