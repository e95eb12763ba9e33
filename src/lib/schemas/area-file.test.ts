import { describe, expect, it } from "vitest";
import { areaFileSchema, type AreaFileInput } from "./area-file";

type AreaFileObligationInput = AreaFileInput["protocols"][number]["obligations"][number];

/** A small area: two boards (one shared with a neighbour), a post, one protocol with a duty and a membership rule. */
function minimalFile(): AreaFileInput {
  return {
    format: "board-governance-portal/area",
    version: 1,
    area: { slug: "north", name: "North" },
    otherAreas: [{ slug: "south", name: "South" }],
    vocabularies: {
      boardKinds: [{ key: "health-and-wellbeing-board", name: "Health and Wellbeing Board" }],
      organisationKinds: [{ key: "local-authority", name: "Local authority" }],
      documentTypes: [{ key: "annual-report", name: "Annual report" }],
    },
    organisations: [{ slug: "north-council", name: "North Council", kind: "local-authority" }],
    people: [{ slug: "ada", name: "Ada Example" }],
    boards: [
      {
        slug: "north-hwb",
        name: "North HWB",
        acronym: "HWB",
        kind: "health-and-wellbeing-board",
        statutoryBasis: null,
        statutory: true,
        independentChair: false,
        yearStartMonth: 4,
        areas: [{ area: "north", key: "HWB", home: true }],
      },
      {
        slug: "south-sab",
        name: "South SAB",
        acronym: "SAB",
        kind: "health-and-wellbeing-board",
        statutoryBasis: null,
        statutory: true,
        independentChair: true,
        yearStartMonth: 4,
        areas: [
          { area: "south", key: "SAB", home: true },
          { area: "north", key: "SAB", home: false },
        ],
      },
    ],
    posts: [{ key: "DPH", title: "Director of Public Health", organisation: "north-council" }],
    postHoldings: [{ post: "DPH", person: "ada", from: "2024-01-01" }],
    memberships: [
      { person: "ada", board: "north-hwb", capacity: "member", representing: "north-council", from: "2024-01-01" },
    ],
    meetings: [{ board: "north-hwb", date: "2026-05-01", startTime: "14:00" }],
    protocols: [
      {
        key: "north-protocol",
        version: "1",
        title: "North protocol",
        status: "agreed",
        approvedOn: "2025-01-01",
        sourceDocument: null,
        parties: [{ board: "north-hwb", signedBy: "ada", signedOn: "2025-01-01" }, { board: "south-sab" }],
        clauses: [{ ref: "1", text: "The SAB reports to the HWB after each HWB meeting." }],
        obligations: [
          {
            key: "sab-report",
            clause: "1",
            kind: "report",
            summary: "The SAB reports to the HWB",
            modality: "will",
            from: [{ board: "south-sab" }],
            to: [{ board: "north-hwb" }],
            cadence: { frequency: "after-every-meeting", afterMeetingsOf: "north-hwb" },
            documents: ["annual-report"],
          },
          {
            key: "dph-on-hwb",
            clause: "1",
            kind: "membership",
            summary: "The DPH sits on the HWB",
            modality: "must",
            from: [{ post: "DPH" }],
            to: [{ board: "north-hwb" }],
            cadence: { frequency: "standing" },
            documents: [],
            comesAfter: "sab-report",
            membershipRule: { subject: { post: "DPH" }, board: "north-hwb" },
          },
        ],
      },
    ],
  };
}

const problems = (file: unknown) => {
  const result = areaFileSchema.safeParse(file);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the area file schema", () => {
  it("accepts a self-contained file, with boards named by slug wherever they live", () => {
    expect(problems(minimalFile())).toEqual([]);
  });

  it("refuses another kind of JSON document, or another version of the format", () => {
    expect(problems({ ...minimalFile(), format: "something-else" })).toEqual([expect.stringMatching(/^format: /)]);
    expect(problems({ ...minimalFile(), version: 2 })).toEqual([expect.stringMatching(/^version: /)]);
  });

  it("names each reference that does not resolve inside the file by its path", () => {
    const file = minimalFile();
    file.boards[0]!.kind = "no-such-kind";
    file.posts[0]!.organisation = "nowhere";
    file.memberships[0]!.board = "south-hwb";
    file.protocols[0]!.obligations[0]!.cadence = { frequency: "after-every-meeting", afterMeetingsOf: "east-hwb" };
    file.protocols[0]!.obligations[1]!.from = [{ post: "DPH", area: "south" }];
    file.protocols[0]!.obligations[1]!.comesAfter = "missing";
    file.protocols[0]!.obligations[1]!.documents = ["jsna"];
    expect(problems(file)).toEqual([
      "boards.0.kind: Unknown board kind no-such-kind",
      "posts.0.organisation: Unknown organisation nowhere",
      "memberships.0.board: Unknown board south-hwb",
      "protocols.0.obligations.0.cadence.afterMeetingsOf: Unknown board east-hwb",
      "protocols.0.obligations.1.from.0: Unknown post south/DPH",
      "protocols.0.obligations.1.documents.0: Unknown document type jsna",
      "protocols.0.obligations.1.comesAfter: Unknown duty missing",
    ]);
  });

  it("refuses duplicates of a natural key and a board key taken twice in one area", () => {
    const file = minimalFile();
    file.people.push({ slug: "ada", name: "Ada Again" });
    file.boards[1]!.areas[1]!.key = "HWB";
    expect(problems(file)).toEqual([
      "people.1: Duplicate person ada",
      "boards.1.areas.1.key: Another board has the key HWB in north",
    ]);
  });

  it("checks a protocol's version chain and clauses", () => {
    const file = minimalFile();
    file.protocols[0]!.previousVersion = "0";
    file.protocols[0]!.obligations[0]!.clause = "9";
    expect(problems(file)).toEqual([
      "protocols.0.previousVersion: Unknown version 0 of north-protocol",
      "protocols.0.obligations.0.clause: Clause 9 is not among the protocol's clauses",
    ]);
  });

  it("accepts a board's contact and archived day, and a meeting's series and cancellation", () => {
    const file = minimalFile();
    Object.assign(file.boards[0]!, { contact: "Business manager, 01234 567890", archivedOn: "2026-11-30" });
    file.meetings = [
      { board: "north-hwb", date: "2026-05-01", startTime: "14:00", series: "2026-05-01T14:00" },
      {
        board: "north-hwb",
        date: "2026-06-05",
        startTime: "14:00",
        series: "2026-05-01T14:00",
        cancelledOn: "2026-05-20",
        cancelReason: "No quorum",
      },
    ];
    expect(problems(file)).toEqual([]);
  });

  it("refuses a series that no meeting of the board starts, a reason without a cancellation, and a meeting twice", () => {
    const file = minimalFile();
    file.meetings = [
      { board: "north-hwb", date: "2026-05-01", startTime: "14:00", series: "2026-06-05T14:00" },
      { board: "north-hwb", date: "2026-06-05", startTime: "14:00", cancelReason: "No quorum" },
      { board: "north-hwb", date: "2026-07-03", startTime: "14:00", series: "2026-07-03 14:00" },
      { board: "north-hwb", date: "2026-05-01", startTime: "14:00" },
    ];
    expect(problems(file)).toContain("meetings.2.series: Enter a meeting as YYYY-MM-DDTHH:mm");
    file.meetings[2]!.series = "2026-07-03T14:00";
    expect(problems(file)).toEqual([
      "meetings.3: Duplicate meeting north-hwb 2026-05-01T14:00",
      "meetings.0.series: The series 2026-06-05T14:00 is not a meeting of north-hwb that starts a series",
      "meetings.1.cancelReason: Only a cancelled meeting has a reason",
    ]);
  });

  it("carries decision 019's forms, a meeting-based duty naming another board's meetings by slug, checked", () => {
    const file = minimalFile();
    const [sab, dph] = file.protocols[0]!.obligations as [AreaFileObligationInput, AreaFileObligationInput];
    sab.cadence = {
      frequency: "each-meeting",
      meetingsOf: "north-hwb",
      offset: { amount: 7, unit: "working-days", direction: "before", clear: true },
    };
    dph.cadence = { frequency: "follows", atNextMeeting: true, meetingsOf: "south-sab" };
    expect(problems(file)).toEqual([]);
    sab.cadence = { frequency: "first-meeting-after", after: { month: 7, day: 31 }, meetingsOf: "HWB" };
    dph.cadence = {
      frequency: "follows",
      offset: { amount: 3, unit: "months", direction: "after" },
      meetingsOf: "east-sab",
    };
    expect(problems(file)).toEqual([
      "protocols.0.obligations.0.cadence.meetingsOf: A key may contain only lower-case letters, digits and single hyphens",
      "protocols.0.obligations.1.cadence.meetingsOf: Whose meeting matters only when the duty falls at the next meeting",
      "protocols.0.obligations.0.cadence.meetingsOf: Unknown board HWB",
      "protocols.0.obligations.1.cadence.meetingsOf: Unknown board east-sab",
    ]);
    sab.cadence = { frequency: "meeting-of-year", which: "last", meetingsOf: "east-hwb" };
    dph.cadence = { frequency: "interval", every: 15, unit: "months", anchorDate: "2025-11-30" };
    expect(problems(file)).toEqual(["protocols.0.obligations.0.cadence.meetingsOf: Unknown board east-hwb"]);
  });
});
