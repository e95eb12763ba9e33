import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses";
import { acronymOf, findParties, matchParties, partyKind, type KnownParties } from "./parties";
import type { PartyFound } from "./types";

const fixtures = path.resolve(__dirname, "../../../tests/fixtures");
/** The five seeds from tests/fixtures/seeds/, our own protocols from tests/fixtures/protocol-texts/. */
const read = (file: string) =>
  readFileSync(path.join(fixtures, file.startsWith("seeds/") ? "" : "protocol-texts", file), "utf8");
const partiesOf = (file: string) => {
  const text = read(file);
  return findParties(text, splitClauses(text));
};
const summary = (ps: PartyFound[]) => ps.map((p) => `${p.key} ${p.kind}: ${p.name}`);
const party = (ps: PartyFound[], key: string) => {
  const p = ps.find((x) => x.key === key);
  if (!p) throw new Error(`no party ${key} in ${ps.map((x) => x.key).join(", ")}`);
  return p;
};

describe("findParties: the bodies each seed names", () => {
  it("Kent: the three boards and the DCS (and the title's misprinted board, kept for a reviewer to see)", () => {
    expect(summary(partiesOf("seeds/000_d9e8c5a9995ebae3.txt"))).toEqual([
      "HWB board: Kent Health and Wellbeing Board",
      "KCWB board: KENT CHILDREN’S AND WELLBEING BOARD",
      "KSCB board: Kent Safeguarding Children Board",
      "CHWB board: Kent Children’s Health and Wellbeing Board",
      "DCS post: Director of Children’s Services",
    ]);
  });

  it("Medway: the four boards and partnerships from the title, the council and the police", () => {
    const ps = partiesOf("seeds/001_33db63bee115c12f.txt");
    expect(summary(ps)).toEqual(
      expect.arrayContaining([
        "HWB board: Medway Health and Wellbeing Board",
        "MSCB board: Medway Safeguarding Children Board",
        "KMSAB board: Kent and Medway Safeguarding Adult Board",
        "CAN board: Medway Children's Action Network",
        "MC organisation: Medway Council",
        "KP organisation: Kent Police",
      ]),
    );
    // Named in capitals in the title, then in words, then in full in 3.1: one party.
    expect(party(ps, "HWB").aliases).toContain("Health and Wellbeing Board");
    expect(party(ps, "KMSAB").aliases).toContain("Kent and Medway Safeguarding Adults Board");
    // "the Safeguarding Boards", "Safeguarding Adults Boards (SAB)": kinds of body, not bodies.
    expect(ps.some((p) => /Boards$/.test(p.name))).toBe(false);
    // "- Cross Board scrutiny and challenge": an ordinary phrase, not a body.
    expect(ps.map((p) => p.name)).not.toContain("Cross Board");
  });

  it("Knowsley: HWB, KSCB and the Strategic Board, the posts of section 6, and the KCSB typo read as KSCB", () => {
    const ps = partiesOf("seeds/002_f3374e74853a2b88.txt");
    expect(summary(ps)).toEqual(
      expect.arrayContaining([
        "HWB board: Knowsley Health and Wellbeing Board",
        "KSCB board: Knowsley Safeguarding Children Board",
        "KSB board: Knowsley Strategic Board",
        "DCS post: Director of Children's Services",
        "DPH post: Director of Public Health",
        "PHCS post: Portfolio Holder for Children Services",
        "CE post: Chief Executive",
        "LC post: Leader of the Council",
        "KC organisation: Knowsley Council",
        "CCG organisation: Knowsley Clinical Commissioning Group",
        "NHSE organisation: NHS England",
      ]),
    );
    const kscb = party(ps, "KSCB");
    expect(kscb.aliases).toEqual(expect.arrayContaining(["KCSB", "Knowsley Safeguarding Children's Board"]));
    expect(kscb.quote).toContain("Knowsley Safeguarding Children Board (KSCB)");
    expect(new Set(ps.map((p) => p.key)).size).toBe(ps.length);
    expect(ps.map((p) => p.name)).not.toContain("Senior Board");
  });

  it("Harrow: the HWBB and the LSCB defined in the title, the LSAB, and the Police and Crime Commissioner", () => {
    const ps = partiesOf("seeds/003_67d94f5808861967.txt");
    expect(summary(ps)).toEqual(
      expect.arrayContaining([
        "HWBB board: Health and Wellbeing Board",
        "LSCB board: Local Safeguarding Children Board",
        "LSAB board: Local Safeguarding Adult Board",
        "PCC post: Police and Crime Commissioner",
      ]),
    );
    expect(party(ps, "HWBB").aliases).toContain("Health and WellBeing Board");
  });

  it("Halton: HCT, HSCB and HHWB however written, the HCSB typo read as HSCB, and the posts", () => {
    const ps = partiesOf("seeds/004_09ecf680fe5c083b.txt");
    expect(summary(ps)).toEqual(
      expect.arrayContaining([
        "HCT board: Halton Children’s Trust",
        "HSCB board: Halton Safeguarding Children Board",
        "HHWB board: Halton Health & Wellbeing Board",
        "DCS post: Director of Children’s Services",
        "DPH post: Director of Public Health",
        "CE post: Chief Executive",
        "HBC organisation: Halton Borough Council",
        "HCCG organisation: Halton Clinical Commissioning Group",
      ]),
    );
    expect(party(ps, "HSCB").aliases).toContain("HCSB");
    expect(party(ps, "HHWB").aliases).toEqual(
      expect.arrayContaining(["Halton Health and Wellbeing Board", "Health and Wellbeing Board"]),
    );
    expect(party(ps, "LMCS").aliases).toEqual(expect.arrayContaining(["Lead Member", "Lead Member for Children"]));
    expect(ps.filter((p) => p.kind === "post" && /Director of Children/.test(p.name))).toHaveLength(1);
  });

  it('the memorandum: ("the SAB"), (hereafter the Board), (CSP), the ICB as an organisation', () => {
    const ps = partiesOf("wyvernshire-mou.txt");
    expect(summary(ps)).toEqual([
      "SAB board: Wyvernshire Safeguarding Adults Board",
      "WHWB board: Wyvernshire Health and Wellbeing Board",
      "CSP board: Wyvernshire Community Safety Partnership",
      "WCC organisation: Wyvernshire County Council",
      "ICB organisation: NHS Wyvernshire Integrated Care Board",
      "WC organisation: Wyvernshire Constabulary",
      "WFRS organisation: Wyvernshire Fire and Rescue Service",
      "PS organisation: Probation Service",
      "DASS post: Director of Adult Social Services",
      "DPH post: Director of Public Health",
      "CE post: Chief Executive",
    ]);
    expect(party(ps, "WHWB").aliases).toEqual(["the Board"]);
  });

  it('the duties agreement: ("the BSCP"), (the "HWB"), and bodies named only in the table\'s rows', () => {
    const ps = partiesOf("borsetshire-duties.txt");
    expect(summary(ps)).toEqual(
      expect.arrayContaining([
        "BSCP board: Borsetshire Safeguarding Children Partnership",
        "HWB board: Borsetshire Health and Wellbeing Board",
        "BFICB organisation: Borsetshire and Felpersham Integrated Care Board",
        "BP organisation: Borsetshire Police",
        "DCS post: Director of Children's Services",
        "CDOP board: Child Death Overview Panel",
      ]),
    );
  });

  it("the unseen memorandum and duties table written for the duties extractor", () => {
    expect(summary(partiesOf("wessex-mou.txt"))).toEqual(
      expect.arrayContaining([
        "ICP board: Wessex Integrated Care Partnership",
        "SAB board: Wessex Safeguarding Adults Board",
        "WICB organisation: Wessex Integrated Care Board",
        "WCC organisation: Wessex County Council",
        "DASS post: Director of Adult Social Services",
      ]),
    );
    expect(summary(partiesOf("barsetshire-duties-table.txt"))).toEqual([
      "HWB board: Barsetshire Health and Wellbeing Board",
      "BSCP board: Barsetshire Safeguarding Children Partnership",
      "CSP board: Barsetshire Community Safety Partnership",
      "BC organisation: Barsetshire Council",
      "DPH post: Director of Public Health",
    ]);
  });

  it("reads a definition in the forms protocols use", () => {
    const text =
      "This protocol is between the Barsetshire Health and Wellbeing Board (HWB), the Barsetshire Safeguarding Adults Board (\"the SAB\") and the Barsetshire Children's Partnership, hereafter the Partnership. The Director of Children's Services (DCS) reports to the HWB.";
    const ps = findParties(text, []);
    expect(ps.map((p) => [p.key, p.name, p.kind, p.aliases])).toEqual([
      ["HWB", "Barsetshire Health and Wellbeing Board", "board", []],
      ["SAB", "Barsetshire Safeguarding Adults Board", "board", []],
      ["BCP", "Barsetshire Children's Partnership", "board", ["the Partnership"]],
      ["DCS", "Director of Children's Services", "post", []],
    ]);
  });
});

describe("partyKind and acronymOf", () => {
  it.each([
    ["Barsetshire Community Safety Partnership", "board"],
    ["Halton Children's Trust", "board"],
    ["Knowsley Engagement Network", "board"],
    ["Director of Public Health", "post"],
    ["Lead Member for Children's Services", "post"],
    ["Chief Executive", "post"],
    ["Wessex County Council", "organisation"],
    ["NHS Wessex Integrated Care Board", "organisation"],
    ["Wessex Police", "organisation"],
  ] as const)("%s is a %s", (name, kind) => {
    expect(partyKind(name)).toBe(kind);
  });

  it.each([
    ["Knowsley Strategic Board", "KSB"],
    ["Health and Wellbeing Board", "HWB"],
    ["Director of Children's Services", "DCS"],
    ["NHS England", "NHSE"],
    ["KENT CHILDREN’S AND WELLBEING BOARD", "KCWB"],
  ])("%s → %s", (name, acronym) => {
    expect(acronymOf(name)).toBe(acronym);
  });
});

describe("matchParties", () => {
  const knowsley: KnownParties = {
    boards: [
      { id: "b-hwb", key: "HWB", name: "Knowsley Health and Wellbeing Board", acronym: "HWB" },
      { id: "b-kscb", key: "KSCB", name: "Knowsley Safeguarding Children Board", acronym: "KSCB" },
      { id: "b-ksb", key: "KSB", name: "Knowsley Strategic Board", acronym: "KSB" },
    ],
    posts: [
      { id: "p-dcs", key: "DCS", title: "Director of Children's Services" },
      { id: "p-ce", key: "CHIEF-EXEC", title: "Chief Executive" },
    ],
    organisations: [
      { id: "o-kc", slug: "knowsley-council", name: "Knowsley Metropolitan Borough Council" },
      { id: "o-nhse", slug: "nhs-england", name: "NHS England" },
    ],
  };

  it("matches Knowsley's parties by key, then by name, and offers to create the rest", () => {
    const matches = matchParties(partiesOf("seeds/002_f3374e74853a2b88.txt"), knowsley);
    const of = (key: string) => {
      const m = matches.find((x) => x.party.key === key);
      if (!m) throw new Error(`no party ${key}`);
      return m.match;
    };
    expect(of("HWB")).toEqual({ kind: "board", id: "b-hwb", by: "key" });
    expect(of("KSCB")).toEqual({ kind: "board", id: "b-kscb", by: "key" });
    expect(of("KSB")).toEqual({ kind: "board", id: "b-ksb", by: "key" });
    expect(of("DCS")).toEqual({ kind: "post", id: "p-dcs", by: "key" });
    expect(of("CE")).toEqual({ kind: "post", id: "p-ce", by: "name" });
    expect(of("NHSE")).toEqual({ kind: "organisation", id: "o-nhse", by: "name" });
    expect(of("KC")).toBeNull();
    expect(of("DPH")).toBeNull();
  });

  it('matches by name ignoring the area\'s name, "the", "Local", "&" and punctuation', () => {
    const harrow: KnownParties = {
      boards: [
        { id: "h-hwb", key: "HWB", name: "Harrow Health and Wellbeing Board", acronym: "HWB" },
        { id: "h-scb", key: "SCB", name: "Harrow Safeguarding Children Board", acronym: "SCB" },
      ],
      posts: [],
      organisations: [],
    };
    const matches = matchParties(partiesOf("seeds/003_67d94f5808861967.txt"), harrow);
    const of = (key: string) => {
      const m = matches.find((x) => x.party.key === key);
      if (!m) throw new Error(`no party ${key}`);
      return m.match;
    };
    expect(of("HWBB")).toEqual({ kind: "board", id: "h-hwb", by: "name" });
    expect(of("LSCB")).toEqual({ kind: "board", id: "h-scb", by: "name" });
    expect(of("LSAB")).toBeNull();
  });

  it("reads a misprinted key as the board it was meant for, when one board's key has its letters", () => {
    const found: PartyFound[] = [
      { key: "HCSB", name: "Halton Children Safeguarding Board", aliases: [], kind: "board", quote: "the HCSB" },
    ];
    const known: KnownParties = {
      boards: [
        { id: "hscb", key: "HSCB", name: "Halton Safeguarding Children Board", acronym: "HSCB" },
        { id: "hct", key: "HCT", name: "Halton Children's Trust", acronym: "HCT" },
      ],
      posts: [],
      organisations: [],
    };
    expect(matchParties(found, known)[0]!.match).toEqual({ kind: "board", id: "hscb", by: "typo" });
    expect(matchParties(found, { ...known, boards: [] })[0]!.match).toBeNull();
  });

  it("matches Halton's HCSB typo to HSCB through the alias findParties noted", () => {
    const known: KnownParties = {
      boards: [{ id: "hscb", key: "HSCB-KEY", name: "Safeguarding board", acronym: "HCSB" }],
      posts: [],
      organisations: [],
    };
    const matches = matchParties(partiesOf("seeds/004_09ecf680fe5c083b.txt"), known);
    expect(matches.find((m) => m.party.key === "HSCB")!.match).toEqual({ kind: "board", id: "hscb", by: "key" });
  });
});

describe("speed", () => {
  it("finds the longest seed's parties in a few milliseconds", () => {
    const text = read("seeds/004_09ecf680fe5c083b.txt");
    const clauses = splitClauses(text);
    findParties(text, clauses);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) findParties(text, clauses);
    const ms = (performance.now() - t0) / 10;
    // About 4 ms on a quiet machine; the bound only catches a runaway pattern on a busy one.
    expect(ms).toBeLessThan(200);
  });
});
