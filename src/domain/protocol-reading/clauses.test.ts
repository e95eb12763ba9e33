import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses";
import { sameClauseRef } from "./score";

const fixtures = path.resolve(__dirname, "../../../tests/fixtures");
/** The five seeds from tests/fixtures/seeds/, our own protocols from tests/fixtures/protocol-texts/. */
const read = (file: string) =>
  readFileSync(path.join(fixtures, file.startsWith("seeds/") ? "" : "protocol-texts", file), "utf8");
const SEEDS = {
  kent: "seeds/000_d9e8c5a9995ebae3.txt",
  medway: "seeds/001_33db63bee115c12f.txt",
  knowsley: "seeds/002_f3374e74853a2b88.txt",
  harrow: "seeds/003_67d94f5808861967.txt",
  halton: "seeds/004_09ecf680fe5c083b.txt",
} as const;

const range = (n: number, from = 1) => Array.from({ length: n - from + 1 }, (_, i) => String(i + from));
const lettered = (base: string, letters: string) => [...letters].map((l) => `${base}(${l})`);
const sections = (spec: Record<number, number>) =>
  Object.entries(spec).flatMap(([s, n]) => range(n).map((m) => `${s}.${m}`));

/** The refs each text should give, read off the printed text by hand. */
const EXPECTED: Record<string, string[]> = {
  [SEEDS.kent]: sections({ 1: 2, 2: 4, 3: 6, 4: 2 }),
  [SEEDS.medway]: sections({ 1: 1, 2: 3, 3: 2, 4: 3, 5: 2, 6: 3, 7: 2, 8: 4 }),
  [SEEDS.knowsley]: [
    "1.1",
    ...sections({ 2: 4 }),
    ...sections({ 3: 6 }),
    ...lettered("3.6", "abcdefghi"),
    "3.7",
    ...sections({ 4: 3 }),
    ...lettered("4.3", "abcdef"),
    "5.1",
    ...lettered("5.1", "abcdef"),
    "5.2",
    ...sections({ 6: 10, 7: 3, 8: 3, 9: 1, 10: 1 }),
    "11",
    "Appendix 1",
    "App. 1 1",
    "App. 1 2.1",
    ...lettered("App. 1 2.1", "abcdefghij"),
    "App. 1 3.1",
    "App. 1 3.2",
    ...lettered("App. 1 3.2", "ab"),
    "App. 1 3.3",
    ...lettered("App. 1 3.3", "abc"),
    "App. 1 4.1",
  ],
  [SEEDS.harrow]: range(11),
  [SEEDS.halton]: [...sections({ 1: 1, 2: 4, 3: 2, 4: 1, 5: 5 }), "6.0", "7.0", "Appendix A", ...range(45)],
  "wyvernshire-mou.txt": [
    "A1",
    "A2",
    "B1",
    "B2",
    "B3",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "D1",
    "D2",
    "Recommendation 1",
    "Recommendation 2",
    "F1",
  ],
  "borsetshire-duties.txt": ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1"],
  // Written by another hand for the duties extractor, read here unseen.
  "wessex-mou.txt": [
    "A1",
    "A2",
    "A3",
    "B1",
    "B2",
    "C1",
    "C2",
    "C3",
    "D1",
    "D2",
    "D3",
    "E1",
    "E2",
    "E3",
    "E4",
    "F1",
    "G1",
    "G2",
  ],
  "barsetshire-duties-table.txt": [...range(5), ...range(10).map((n) => `T${n}`), ...range(11, 6)],
};

const byRef = (file: string) => new Map(splitClauses(read(file)).map((c) => [c.ref, c]));
const clause = (file: string, ref: string) => {
  const c = byRef(file).get(ref);
  if (!c) throw new Error(`no clause ${ref} in ${file}`);
  return c;
};

describe("splitClauses: the refs of each protocol, exactly as printed and in order", () => {
  it.each(Object.entries(EXPECTED))("%s", (file, refs) => {
    const clauses = splitClauses(read(file));
    expect(clauses.map((c) => c.ref)).toEqual(refs);
    for (const c of clauses) expect(c.text.trim()).not.toBe("");
  });
});

describe("splitClauses against the hand annotations (tests/fixtures/protocol-annotations)", () => {
  const annotations = path.join(fixtures, "protocol-annotations");
  const files = readdirSync(annotations).filter((f) => f.endsWith(".json"));
  interface Annotation {
    seed: string;
    duties: { clause: string; quote: string }[];
    membershipRules?: { clause: string }[];
    descriptive?: string[];
  }

  it.each(files)("%s: every annotated clause is found, and every duty's quote is in its clause's text", (file) => {
    const a = JSON.parse(readFileSync(path.join(annotations, file), "utf8")) as Annotation;
    const source = a.seed.includes("/")
      ? path.resolve(fixtures, "../..", a.seed)
      : path.join(fixtures, "seeds", a.seed);
    const clauses = splitClauses(readFileSync(source, "utf8"));
    const refs = [...a.duties, ...(a.membershipRules ?? [])].map((d) => d.clause).concat(a.descriptive ?? []);
    expect(refs.filter((r) => !clauses.some((c) => sameClauseRef(c.ref, r)))).toEqual([]);
    const squash = (t: string) => t.replace(/\s+/g, " ");
    const misquoted = a.duties.filter((d) => {
      const c = clauses.find((x) => sameClauseRef(x.ref, d.clause));
      return !c || !squash(c.text).includes(squash(d.quote));
    });
    expect(misquoted.map((d) => d.clause)).toEqual([]);
  });
});

describe("splitClauses: details", () => {
  it("keeps Knowsley's membership table whole as the clause that introduces it", () => {
    const c = clause(SEEDS.knowsley, "6.8");
    expect(c.kind).toBe("table");
    const lines = c.text.split("\n");
    expect(lines[0]).toBe("Membership of the various boards is as follows:");
    expect(lines[1]).toBe(
      " | Knowsley Safeguarding Children's Board | Knowsley Health and Wellbeing Board | Knowsley Strategic Board",
    );
    expect(lines).toContain("Leader of the Council |  |  | X Chair");
    expect(lines).toContain("DPH | x | x | x Supporting officer");
    expect(lines).toHaveLength(9);
    expect(clause(SEEDS.knowsley, "6.9").text).toMatch(/^Knowsley Clinical Commissioning Group/);
  });

  it("reads Knowsley's lettered items as clauses, the parent keeping its lead-in and closing words", () => {
    const parent = clause(SEEDS.knowsley, "3.6");
    expect(parent.text).toBe(
      "The KSCB is responsible for the following functions:\nKSCB is not accountable for the operational work of individuals, agencies and organisations. Each KSCB partner retains their own existing lines of accountability for safeguarding and promoting the welfare of children by their services.",
    );
    const a = clause(SEEDS.knowsley, "3.6(a)");
    expect(a.text.split("\n")).toHaveLength(7);
    expect(a.text).toContain("\n- cooperation with neighbouring children's services authorities");
    expect(clause(SEEDS.knowsley, "5.1(c)").text).toMatch(/^Reciprocal arrangements .* contained therein\.$/);
    expect(clause(SEEDS.knowsley, "5.1(c)").heading).toBe("Knowsley HWB and KSCB working together");
    expect(clause(SEEDS.knowsley, "App. 1 2.1(a)").heading).toBe("The detailed work of KSCB");
  });

  it("joins a paragraph broken by a page (Knowsley 2.3) and strips the extractor's markup (4.2)", () => {
    expect(clause(SEEDS.knowsley, "2.3").text).toContain(
      "the Knowsley Strategic Board is responsible for setting the overarching strategic direction",
    );
    expect(clause(SEEDS.knowsley, "4.2").text).toContain(
      "through its Joint Health and Wellbeing Strategy (JHWS) which",
    );
  });

  it("reads Halton's cover report, keeps its list of recommendations inside 1.1, and numbers the appendix 1-45", () => {
    const c11 = clause(SEEDS.halton, "1.1");
    expect(c11.heading).toBe("PURPOSE OF THE REPORT");
    expect(c11.text).toContain("RECOMMENDATION: That\n1. the Board note the contents of the report;");
    expect(c11.text).toContain("as described in Paragraph 36 of the Protocol.");
    const app = clause(SEEDS.halton, "Appendix A");
    expect(app.kind).toBe("appendix");
    expect(app.heading).toBe(
      "JOINT PROTOCOL BETWEEN HALTON CHILDREN’S TRUST, HALTON SAFEGUARDING CHILDREN BOARD AND HALTON HEALTH WELLBEING BOARD",
    );
    expect(clause(SEEDS.halton, "1").heading).toBe("Introduction");
    expect(clause(SEEDS.halton, "9").text).toMatch(
      /^HCT will take forward the priorities .* within the Health and Wellbeing Strategy/,
    );
    expect(clause(SEEDS.halton, "36").text).toContain("on a 6 monthly basis");
    expect(clause(SEEDS.halton, "36").text).toContain("\n- Progress against priorities;");
    expect(clause(SEEDS.halton, "34").heading).toMatch(
      /^Relationship between the chairs of HSCB, HCT and HHWB .* Chief Executive$/,
    );
    expect(clause(SEEDS.halton, "45").text).toMatch(/^Boards will be open to mutual challenge .* if not resolved\.$/);
  });

  it("keeps Kent's bullets in their clause, across page breaks (3.5, 3.6), and ends at 4.2", () => {
    const c36 = clause(SEEDS.kent, "3.6");
    expect(c36.text.split("\n")).toHaveLength(8);
    expect(c36.text).toMatch(/^The KSCB will:\n- Provide an annual report to the CHWB and HWB/);
    expect(clause(SEEDS.kent, "3.5").text).toContain("Make recommendations for service integration");
    expect(clause(SEEDS.kent, "4.1").heading).toBe("Evaluation and Review");
    expect(clause(SEEDS.kent, "4.1").text).toMatch(/^If there are any areas of significant concern/);
    expect(clause(SEEDS.kent, "4.2").text).toBe(
      "The HWB, CHWB and KSCB should review the implementation of this Protocol annually (in April), with variations discussed and agreed as appropriate by all three Boards.",
    );
  });

  it("gives Medway 8.2-8.4 whole, with the signature block left out", () => {
    expect(clause(SEEDS.medway, "8.2").text).toMatch(
      /^Between September and November each year .* refresh of the JHWS\.$/,
    );
    expect(clause(SEEDS.medway, "8.3").text).toMatch(/^Between October and February/);
    expect(clause(SEEDS.medway, "8.4").text).toBe(
      "In April/May the Boards will share their refreshed Plans for the coming financial year to ensure co-ordination and coherence.",
    );
    expect(clause(SEEDS.medway, "8.4").heading).toBe("Arrangements to secure co-ordination between the Boards.");
  });

  it("reads Harrow's bare paragraph numbers, with its inline (a) (b) and its footnote left out", () => {
    expect(clause(SEEDS.harrow, "6").text).toContain("required to (a) coordinate");
    expect(clause(SEEDS.harrow, "3").heading).toBe("Statutory framework");
    expect(clause(SEEDS.harrow, "11").text).toMatch(/this link between the HWBB and LSCB will be reviewed\.$/);
    expect(clause(SEEDS.harrow, "9").text.split("\n")).toHaveLength(3);
  });

  it("reads the memorandum's lettered sections as headings over A1-style paragraphs", () => {
    const c1 = clause("wyvernshire-mou.txt", "C1");
    expect(c1.heading).toBe("Commitments of the partners");
    expect(c1.text.split("\n")).toEqual([
      "Each partnership agrees to:",
      "- name a lead officer for this memorandum and tell the others within 15 days of any change;",
      "- share its forward plan with the others at the start of each municipal year;",
      "- invite the others to comment on draft strategies that affect adults at risk.",
    ]);
    expect(clause("wyvernshire-mou.txt", "Recommendation 2").heading).toBe("Recommendations from the 2024 peer review");
  });

  it("keeps the duties table whole as a table clause, its header and rows as lines", () => {
    const c = clause("borsetshire-duties.txt", "3.1");
    expect(c.kind).toBe("table");
    expect(c.text.split("\n").slice(1)).toEqual([
      "Duty | Owner | Recipient | When",
      "Present the annual safeguarding report | BSCP | HWB | By 31 October each year",
      "Consult on the draft Joint Strategic Needs Assessment | HWB | BSCP | Before publication",
      "Report on the child death review findings | Child Death Overview Panel | BSCP | Every six months",
      "Share the HWB forward plan | HWB | BSCP | Within 10 working days of each HWB meeting",
    ]);
    expect(clause("borsetshire-duties.txt", "2.2").text).toBe(
      "The Independent Scrutineer reviews the effectiveness of the BSCP and reports on it once a year. The report is published in the summer.",
    );
  });

  it("makes each row of a table with a reference column a clause, its cells labelled by the heading row", () => {
    const t2 = clause("barsetshire-duties-table.txt", "T2");
    expect(t2.kind).toBe("table");
    expect(t2.heading).toBe("Part 3: Table of duties");
    expect(t2.text.split("\n")).toEqual([
      "Duty: Provide the domestic abuse needs assessment",
      "Owner: CSP",
      "Recipient: HWB, BSCP",
      "When: Every three years, the next falling in May 2027",
    ]);
    expect(clause("barsetshire-duties-table.txt", "5").text).toMatch(/speak freely\.$/);
    expect(clause("barsetshire-duties-table.txt", "6").heading).toBe("Part 4: Further provisions");
  });

  it("leaves signature lines out of the last clause", () => {
    expect(clause("wessex-mou.txt", "G2").text).toBe(
      "Either party may propose an amendment at any time by writing to the other.",
    );
  });

  it("gives a table with no clause to introduce it a clause of its own", () => {
    const clauses = splitClauses(
      "Duty\tOwner\tWhen\nAnnual report\tSAB\tBy 30 November\n\n1. Review\n\nThe board reviews this yearly.",
    );
    expect(clauses.map((c) => [c.ref, c.kind])).toEqual([
      ["Table 1", "table"],
      ["1", "clause"],
    ]);
    expect(clauses[0]!.text).toBe("Duty | Owner | When\nAnnual report | SAB | By 30 November");
  });
});

describe("splitClauses: numbers that do not start a clause", () => {
  it.each([
    [
      "a number at the start of a wrapped line",
      "1. The board will reply\nwithin\n15 days of a request.\n\n2. It will meet.",
      ["1", "2"],
    ],
    ["a number that goes backwards", "1. First.\n\n2. Second.\n\n1. Not a clause.\n\n3. Third.", ["1", "2", "3"]],
    ["a number that jumps far ahead", "1. First.\n\n2. Second.\n\n2014 was the year.\n\n3. Third.", ["1", "2", "3"]],
    [
      "a decimal that does not move forward",
      "1.1 First.\n\n1.2 Second.\n\n1.1 Again.\n\n2.1 Next.",
      ["1.1", "1.2", "2.1"],
    ],
    ["a letter out of order", "1.1 The board will:\n(a) meet;\n(c) report.\n\n1.2 End.", ["1.1", "1.1(a)", "1.2"]],
  ])("%s", (_, text, refs) => {
    expect(splitClauses(text).map((c) => c.ref)).toEqual(refs);
  });
});

describe("splitClauses: paragraphs run together, as a PDF or Word extractor gives them", () => {
  /**
   * Each blank-line-separated paragraph on one line: lines with no blank between them run into one.
   * Tables are left as rows (keeping them so is the extractor's part).
   */
  const runTogether = (text: string) =>
    text
      .split(/\n[ \t\u00a0]*\n/)
      .map((p) => (/[|\t]/.test(p) ? p : p.replace(/[ \u00a0]*\n[ \u00a0]*/g, " ").trim()))
      .filter((p) => p !== "")
      .join("\n\n");

  it.each(Object.keys(EXPECTED))("%s gives the same refs, kinds and headings", (file) => {
    const text = read(file);
    const shape = (t: string) => splitClauses(t).map((c) => [c.ref, c.kind, c.heading]);
    expect(runTogether(text)).not.toBe(text);
    expect(shape(runTogether(text))).toEqual(shape(text));
  });

  it("does not start a clause at a number run in mid-sentence", () => {
    const text = "1.1 The board will meet, 2.1 times a year on average. 1.2 It reports to the council.";
    expect(splitClauses(text).map((c) => c.ref)).toEqual(["1.1", "1.2"]);
  });
});

describe("splitClauses: page furniture", () => {
  /**
   * Headers, footers and page numbers put between paragraphs, as a PDF's text layer gives them, on
   * three pages at least: a running line printed once only cannot be told from a heading.
   */
  function withFurniture(text: string, label: string): string {
    const parts = text.split(/\n[ \t]*\n/);
    const every = Math.max(2, Math.min(7, Math.floor(parts.length / 3)));
    return parts
      .map((p, i) => {
        if (i === 0 || i % every !== 0) return p;
        const page = i / every;
        return `${label} — Page ${page} of 9\n\n${p}\n\n${page + 1}\n\nPartnership protocol (draft for agreement)`;
      })
      .join("\n\n");
  }

  it.each(Object.keys(EXPECTED))("%s is split identically with headers and footers injected", (file) => {
    const text = read(file);
    const injected = withFurniture(text, "Knowsley protocol v2");
    expect(injected).not.toBe(text);
    expect(splitClauses(injected)).toEqual(splitClauses(text));
  });

  it("never makes a clause of a page number, a page header or a signature line", () => {
    for (const file of Object.keys(EXPECTED)) {
      for (const c of splitClauses(withFurniture(read(file), "Protocol"))) {
        expect(c.text).not.toMatch(/Page \d+ of \d+|^Signed:|^Date:/m);
      }
    }
  });

  it("splits the longest seed in a few milliseconds", () => {
    const text = read(SEEDS.halton);
    splitClauses(text);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) splitClauses(text);
    // About 3 ms on a quiet machine; the bound only catches a runaway pattern on a busy one.
    expect((performance.now() - t0) / 10).toBeLessThan(200);
  });
});
