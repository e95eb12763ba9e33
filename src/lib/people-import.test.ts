import { describe, expect, it } from "vitest";
import { parseImportDate, planPeopleImport, importable, readPeopleCsv, type ImportLookups } from "./people-import";

const look: ImportLookups = {
  organisations: [
    { id: "o1", name: "Halton Borough Council", slug: "halton-borough-council" },
    { id: "o2", name: "Cheshire Police", slug: "cheshire-police" },
  ],
  boards: [
    { id: "b1", key: "HSCB", acronym: "HSCB", name: "Halton Safeguarding Children Board" },
    { id: "b2", key: "HHWB", acronym: "HWB", name: "Halton Health and Wellbeing Board" },
  ],
  capacities: [
    { key: "member", name: "Member" },
    { key: "vice-chair", name: "Vice-chair" },
    { key: "statutory-member", name: "Statutory member" },
  ],
  people: [
    { id: "p1", name: "Ada Example", email: "ada@example.org", inArea: true },
    { id: "p2", name: "Bo Sample", email: null, inArea: true },
    { id: "p3", name: "Cy Twin", email: null, inArea: true },
    { id: "p4", name: "Cy Twin", email: null, inArea: true },
    { id: "p5", name: "Di Elsewhere", email: null, inArea: false },
  ],
  memberships: [{ personId: "p1", boardId: "b1", capacity: "member", startsOn: "2025-04-01", endsOn: null }],
};
const HEADER = "name,email,organisation,board,capacity,from,to";
const plan = (...lines: string[]) => planPeopleImport([HEADER, ...lines].join("\n"), look);

describe("parseImportDate", () => {
  it.each([
    ["2026-04-01", "2026-04-01"],
    ["01/04/2026", "2026-04-01"],
    ["1/4/2026", "2026-04-01"],
  ])("%s is %s", (text, date) => expect(parseImportDate(text)).toEqual({ date }));
  it.each([
    ["31/02/2026", "not a real date"],
    ["2026/04/01", "YYYY-MM-DD or DD/MM/YYYY"],
    ["04-01-2026", "YYYY-MM-DD or DD/MM/YYYY"],
    ["01/01/1800", "between 1990 and 2099"],
  ])("refuses %s", (text, message) => expect((parseImportDate(text) as { error: string }).error).toContain(message));
});

describe("reading the file", () => {
  it("needs a header row with the required columns and no unknown ones", () => {
    expect(readPeopleCsv("").fileErrors[0]).toContain("empty");
    expect(readPeopleCsv("name,board\nA,HSCB").fileErrors[0]).toContain("missing: organisation, capacity, from");
    expect(readPeopleCsv(`${HEADER},colour\n`).fileErrors[0]).toContain("Unknown columns in the header row: colour");
    expect(readPeopleCsv(HEADER).fileErrors[0]).toContain("no rows");
  });
  it("accepts columns in any order and case, quoted values, and a byte-order mark", () => {
    const read = readPeopleCsv(
      '\uFEFFFrom,Board,Capacity,Organisation,Name\n2026-01-01,HSCB,member,"Cheshire Police","Smith,  Jo"\n',
    );
    expect(read.fileErrors).toEqual([]);
    expect(read.rows[0]).toMatchObject({ line: 2, values: { name: "Smith, Jo", board: "HSCB", email: "", to: "" } });
  });
});

describe("planning an import", () => {
  it("matches people by email anywhere, or by exact name in the area, and finds existing memberships", () => {
    const p = plan(
      "Ada Example,ADA@example.org,halton-borough-council,HSCB,Member,01/04/2025,",
      "Bo Sample,,Cheshire Police,HWB,vice chair,2026-01-01,2026-12-31",
      "Di Elsewhere,,Cheshire Police,HSCB,member,2026-01-01,",
      "New Person,new@example.org,Cheshire Police,HSCB,statutory-member,2026-01-01,",
      "New Person,new@example.org,Cheshire Police,HHWB,member,2026-01-01,",
    );
    expect(p.rows.map((r) => r.errors)).toEqual([{}, {}, {}, {}, {}]);
    expect(p.rows.map((r) => [r.person?.kind, r.membership])).toEqual([
      ["existing", "exists"],
      ["existing", "new"],
      ["new", "new"], // Di is not one of the area's people: a name alone does not reach outside it
      ["new", "new"],
      ["new", "new"],
    ]);
    expect(p.rows[1]!.resolved).toEqual({
      organisationId: "o2",
      boardId: "b2",
      capacity: "vice-chair",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    expect(p.counts).toEqual({ rows: 5, newPeople: 2, newMemberships: 4, existingMemberships: 1, errors: 0 });
    expect(importable(p)).toBe(true);
  });

  it.each([
    [",,Cheshire Police,HSCB,member,2026-01-01,", "name", "Enter the person's name"],
    ["Jo,not-an-email,Cheshire Police,HSCB,member,2026-01-01,", "email", "correct format"],
    ["Jo,,Nowhere Trust,HSCB,member,2026-01-01,", "organisation", 'No organisation is called "Nowhere Trust"'],
    ["Jo,,Cheshire Police,XYZ,member,2026-01-01,", "board", 'No board of this area has the key "XYZ"'],
    ["Jo,,Cheshire Police,HSCB,boss,2026-01-01,", "capacity", '"boss" is not a capacity'],
    ["Jo,,Cheshire Police,HSCB,member,31/02/2026,", "from", "not a real date"],
    ["Jo,,Cheshire Police,HSCB,member,,", "from", "Enter the date"],
    ["Jo,,Cheshire Police,HSCB,member,2026-05-01,2026-04-30", "to", "on or after the start"],
    ["Cy Twin,,Cheshire Police,HSCB,member,2026-01-01,", "name", "2 people in this area are called Cy Twin"],
    [
      "Ada Example,ada@example.org,Cheshire Police,HSCB,vice-chair,2026-01-01,",
      "from",
      "already sits on this board then",
    ],
  ])("refuses %s at %s", (line, field, message) => {
    const p = plan(line);
    expect(p.rows[0]!.errors[field as "name"]?.join(" ")).toContain(message);
    expect(p.counts.errors).toBe(1);
    expect(importable(p)).toBe(false);
  });

  it("refuses a repeated row and an overlapping term in the same file", () => {
    const p = plan(
      "Jo New,,Cheshire Police,HSCB,member,2026-01-01,",
      "Jo New,,Cheshire Police,HSCB,member,2026-01-01,",
      "Jo New,,Cheshire Police,HSCB,vice-chair,2026-06-01,",
      "Jo New,,Cheshire Police,HHWB,member,2026-01-01,",
    );
    expect(p.rows.map((r) => r.errors.from?.[0])).toEqual([
      undefined,
      "This row repeats row 2",
      "This term overlaps row 2 for the same person and board",
      undefined,
    ]);
  });

  it("refuses one email address given with two names", () => {
    const p = plan(
      "Jo One,jo@example.org,Cheshire Police,HSCB,member,2026-01-01,",
      "Jo Two,jo@example.org,Cheshire Police,HHWB,member,2026-01-01,",
    );
    expect(p.rows[1]!.errors.name).toEqual(["Row 2 gives this email address with the name Jo One"]);
  });
});
