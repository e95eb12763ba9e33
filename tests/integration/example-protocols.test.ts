import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportArea } from "@/server/features/areas/export-area";
import { importAreaFile, planAreaImport } from "@/server/features/areas/import-area";
import { parseAreaFile } from "@/server/features/areas/parse-area-file";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { nextStep, parseRoute, responseDueOn, stepDueOn, stepNames } from "@/domain/challenges";
import { challengeWorkingDays } from "@/server/features/challenges/challenge-working-days";
import { withTestDatabase } from "./support/test-db";

/**
 * The two example protocols of docs/examples (Barsetshire, Wessex), which between them state every
 * timing of decision 019's phrase table, imported from their area files into an empty database and
 * generated for 2026/27 through the real path (planCalendar, applyCalendarPlan). Every expected item
 * below was worked out by hand from the protocol's text and the meeting dates in the fixture, never
 * copied from the engine's output.
 *
 * Bank holidays of England and Wales used: 2026-04-03, 04-06, 05-04, 05-25, 08-31, 12-25, 12-28;
 * 2027-01-01, 03-26, 03-29. A row is [duty key, due, window start, window end, meeting date, flags].
 */
const t = withTestDatabase();
const cli = () => ({ db: t.db, viewer: null });
const actor = { type: "system", label: "cli" } as const;

type Row = [key: string, dueOn: string, windowStart: string, windowEnd: string, meeting: string | null, flags: string];

async function importAndGenerate(name: string) {
  const raw: unknown = JSON.parse(
    readFileSync(join(__dirname, "../fixtures/example-protocols", `${name}.json`), "utf8"),
  );
  const file = parseAreaFile(raw);
  await importAreaFile(cli(), file);
  // The new cadence forms survive the round trip: the export imports back with nothing to change.
  expect((await planAreaImport(cli(), await exportArea(cli(), file.area.slug))).changes).toEqual([]);
  const boards = await t.db.board.findMany({ where: { slug: { in: file.boards.map((b) => b.slug) } } });
  const plan = await planCalendar(
    t.db,
    boards.map((b) => b.id),
    2026,
  );
  await applyCalendarPlan(t.db, actor, plan);
  // A second run finds nothing to change.
  const again = await planCalendar(
    t.db,
    boards.map((b) => b.id),
    2026,
  );
  expect(again.diff.create.length + again.diff.update.length + again.diff.retire.length).toBe(0);
}

/** The stored items whose year is kept by a board (the cycle's board), sorted by duty then due date. */
async function calendarOf(board: string): Promise<{ cycle: string; rows: Row[] }[]> {
  const items = await t.db.calendarItem.findMany({
    where: { cycle: { board: { slug: board } }, retiredAt: null, origin: "rule" },
    include: { obligation: { select: { key: true } }, meeting: { select: { date: true } }, cycle: true },
  });
  const cycles = [...new Set(items.map((i) => i.cycle.startsOn))].sort();
  return cycles.map((cycle) => ({
    cycle,
    rows: items
      .filter((i) => i.cycle.startsOn === cycle)
      .map((i): Row => [i.obligation.key, i.dueOn, i.windowStart, i.windowEnd, i.meeting?.date ?? null, i.flags])
      .sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1)),
  }));
}

describe("the Barsetshire example protocol (docs/examples/barsetshire-protocol.md), FY2026/27", () => {
  it("imports and generates", async () => {
    await importAndGenerate("barsetshire");
  });

  it("Health and Wellbeing Board: review, delivery plan, papers before each meeting, JSNA", async () => {
    expect(await calendarOf("barsetshire-hwb")).toEqual([
      {
        cycle: "2026-04-01",
        rows: [
          // 6.2's following duty is the BSCP's; 3.3's is the HWB's own (it owes it, with no recipient).
          // 3.3: the next HWB meeting after the BSCP report's planned date (30 June 2026) is 10 September.
          // Provisional: counted from the report's planned date until the report is logged.
          ["bscp-priorities-in-delivery-plan", "2026-09-10", "2026-06-30", "2026-09-10", "2026-09-10", "provisional"],
          // 4.1 "seven clear working days before": 7 whole working days between, so 8 working days back.
          // 9 April 2026 (Thu) after Easter: back over 8, 7 Apr, [6 Apr Easter Monday, 3 Apr Good Friday],
          // 2, 1 Apr, 31, 30, 27, 26 Mar. Due in March, in the year before the meeting's.
          ["hwb-papers", "2026-03-26", "2026-03-26", "2026-04-09", "2026-04-09", ""],
          // 11 June: 10, 9, 8, 5, 4, 3, 2, 1 June.
          ["hwb-papers", "2026-06-01", "2026-06-01", "2026-06-11", "2026-06-11", ""],
          // 10 September: 9, 8, 7, 4, 3, 2, 1 Sep, [31 Aug bank holiday], 28 Aug.
          ["hwb-papers", "2026-08-28", "2026-08-28", "2026-09-10", "2026-09-10", ""],
          // 12 November: 11, 10, 9, 6, 5, 4, 3, 2 Nov.
          ["hwb-papers", "2026-11-02", "2026-11-02", "2026-11-12", "2026-11-12", ""],
          // 7 January 2027 across Christmas: 6, 5, 4 Jan, [1 Jan], 31, 30, 29 Dec, [28 Dec substitute
          // for Boxing Day, 25 Dec], 24, 23 Dec.
          ["hwb-papers", "2026-12-23", "2026-12-23", "2027-01-07", "2027-01-07", ""],
          // 31 March 2027 (Wed) after Easter: 30, [29 Easter Monday, 26 Good Friday], 25, 24, 23, 22, 19, 18, 17 Mar.
          ["hwb-papers", "2027-03-17", "2027-03-17", "2027-03-31", "2027-03-31", ""],
          // 6.1 "no later than 15 December annually": a fixed deadline; the window is the year up to it.
          ["jsna-refresh", "2026-12-15", "2026-04-01", "2026-12-15", null, ""],
          // 2.1 "biennially from the date of signature" (14 October 2024): 14 October 2026, on the day.
          ["protocol-review", "2026-10-14", "2026-10-14", "2026-10-14", null, ""],
        ],
      },
    ]);
  });

  it("Safeguarding Children Partnership: annual report, draft minutes, scrutineer, refreshed plan", async () => {
    expect(await calendarOf("barsetshire-scp")).toEqual([
      {
        cycle: "2026-04-01",
        rows: [
          // 3.1 "three months after the close of the financial year": 31 March 2026 + 3 months.
          ["bscp-annual-report", "2026-06-30", "2026-04-01", "2026-06-30", null, ""],
          // 4.2 "within 15 working days of the meeting". 5 May 2026 (the day after the early May bank
          // holiday): 6..8, 11..15, 18..22 May (13), [25 May bank holiday], 26, 27 May.
          ["bscp-draft-minutes", "2026-05-27", "2026-05-05", "2026-05-27", "2026-05-05", ""],
          // 21 July: 22..24, 27..31 July (8), 3..7 Aug (13), 10, 11 Aug.
          ["bscp-draft-minutes", "2026-08-11", "2026-07-21", "2026-08-11", "2026-07-21", ""],
          // 20 October: 21..23, 26..30 Oct (8), 2..6 Nov (13), 9, 10 Nov.
          ["bscp-draft-minutes", "2026-11-10", "2026-10-20", "2026-11-10", "2026-10-20", ""],
          // 15 December across Christmas: 16..18, 21..24 Dec (7), [25, 28 Dec], 29..31 Dec (10),
          // [1 Jan], 4..8 Jan (15).
          ["bscp-draft-minutes", "2027-01-08", "2026-12-15", "2027-01-08", "2026-12-15", ""],
          // 16 March 2027 across Easter: 17..19, 22..25 Mar (7), [26, 29 Mar], 30, 31 Mar, 1, 2 Apr (11),
          // 5..8 Apr (15). Due in the next year; the item stays with its meeting's year.
          ["bscp-draft-minutes", "2027-04-08", "2027-03-16", "2027-04-08", "2027-03-16", ""],
          // 6.2 "within three months of the JSNA refresh" (planned 15 December 2026): 15 March 2027.
          ["cyp-plan-refresh", "2027-03-15", "2026-12-15", "2027-03-15", null, "provisional"],
          // 4.3 "at the last meeting of the financial year": the HWB's (the recipient's) last, 31 March 2027.
          ["scrutineer-report", "2027-03-31", "2026-04-01", "2027-03-31", "2027-03-31", ""],
        ],
      },
    ]);
  });

  it("Community Safety Partnership: strategic assessment, quarterly progress, monthly dashboard", async () => {
    expect(await calendarOf("barsetshire-csp")).toEqual([
      {
        cycle: "2026-04-01",
        rows: [
          // 5.2 "on a monthly basis", to the CSP, which meets in June, September, December and March: at
          // that meeting, else on the month's last day, flagged.
          ["csp-dashboard", "2026-04-30", "2026-04-01", "2026-04-30", null, "no-meeting-in-window"],
          ["csp-dashboard", "2026-05-31", "2026-05-01", "2026-05-31", null, "no-meeting-in-window"],
          ["csp-dashboard", "2026-06-24", "2026-06-01", "2026-06-30", "2026-06-24", ""],
          ["csp-dashboard", "2026-07-31", "2026-07-01", "2026-07-31", null, "no-meeting-in-window"],
          ["csp-dashboard", "2026-08-31", "2026-08-01", "2026-08-31", null, "no-meeting-in-window"],
          ["csp-dashboard", "2026-09-30", "2026-09-01", "2026-09-30", "2026-09-30", ""],
          ["csp-dashboard", "2026-10-31", "2026-10-01", "2026-10-31", null, "no-meeting-in-window"],
          ["csp-dashboard", "2026-11-30", "2026-11-01", "2026-11-30", null, "no-meeting-in-window"],
          ["csp-dashboard", "2026-12-09", "2026-12-01", "2026-12-31", "2026-12-09", ""],
          ["csp-dashboard", "2027-01-31", "2027-01-01", "2027-01-31", null, "no-meeting-in-window"],
          ["csp-dashboard", "2027-02-28", "2027-02-01", "2027-02-28", null, "no-meeting-in-window"],
          ["csp-dashboard", "2027-03-10", "2027-03-01", "2027-03-31", "2027-03-10", ""],
          // 5.1 "at least four times per year": one in each quarter, at the HWB's first meeting in it.
          ["csp-progress", "2026-04-09", "2026-04-01", "2026-06-30", "2026-04-09", ""],
          ["csp-progress", "2026-09-10", "2026-07-01", "2026-09-30", "2026-09-10", ""],
          ["csp-progress", "2026-11-12", "2026-10-01", "2026-12-31", "2026-11-12", ""],
          ["csp-progress", "2027-01-07", "2027-01-01", "2027-03-31", "2027-01-07", ""],
          // 3.2 "the first Board meeting following publication on 31 July": the HWB's of 10 September.
          ["csp-strategic-assessment", "2026-09-10", "2026-08-01", "2027-03-31", "2026-09-10", ""],
        ],
      },
    ]);
  });
});

describe("the Wessex example memorandum (docs/examples/wessex-protocol.md), 2026/27", () => {
  it("imports and generates", async () => {
    await importAndGenerate("wessex");
  });

  it("Safeguarding Adults Board (a January year): annual report, second quarter, consultation, March and September", async () => {
    expect(await calendarOf("wessex-sab")).toEqual([
      {
        // The SAB's year 2026 is the calendar year: its duties are items of the cycle starting 1 January 2026.
        cycle: "2026-01-01",
        rows: [
          // 3.1 "within eight weeks of the start of each year": 1 January 2026 + 56 days = 26 February.
          ["sab-annual-report", "2026-02-26", "2026-01-01", "2026-02-26", null, ""],
          // 4.1 "each March and September" of the SAB's year: March 2026 and September 2026, at the
          // ICP's (the recipient's) first meeting in each month.
          ["sab-assurance", "2026-03-19", "2026-03-01", "2026-03-31", "2026-03-19", ""],
          ["sab-assurance", "2026-09-17", "2026-09-01", "2026-09-30", "2026-09-17", ""],
          // 3.2 "during the second quarter" of the SAB's own year: April to June 2026; the ICP meets on 21 May.
          ["sac-return", "2026-05-21", "2026-04-01", "2026-06-30", "2026-05-21", ""],
          // 3.3 "open for a minimum of 30 days and concluded by 31 October": opens 30 days before, 1 October.
          ["strategy-consultation", "2026-10-31", "2026-10-01", "2026-10-31", null, ""],
          // 2.1 "triennially, the next review falling in October 2028": nothing in 2026.
        ],
      },
    ]);
  });

  it("Integrated Care Partnership: the 15-monthly audit falls on the last day of a short month", async () => {
    expect(await calendarOf("wessex-icp")).toEqual([
      {
        cycle: "2026-04-01",
        rows: [
          // 4.2 "intervals of no more than 15 months (last carried out on 30 November 2025)": 30 November
          // 2025 + 15 months is 30 February 2027, which does not exist: the month's last day, 28 February.
          ["shared-care-record-audit", "2027-02-28", "2027-02-28", "2027-02-28", null, ""],
        ],
      },
    ]);
  });

  it("times the escalation route as printed: 20 working days for the chairs, then a calendar month", async () => {
    const protocol = await t.db.protocol.findFirstOrThrow({ where: { key: "wessex-icp-sab" } });
    const route = parseRoute(protocol.resolutionRoute);
    const sab = await t.db.board.findUniqueOrThrow({ where: { slug: "wessex-sab" } });
    const workingDays = await challengeWorkingDays(t.db, sab.id);
    expect(stepNames(route)).toEqual([
      "Director of Public Health",
      "Chief Executives of Wessex Council and the Wessex Integrated Care Board",
    ]);
    // 5.1 "not settled within 20 working days": raised Monday 15 March 2027, before Easter: 16..19 Mar (4),
    // 22..25 Mar (8), [26 Good Friday, 29 Easter Monday], 30, 31 Mar, 1, 2 Apr (12), 5..9 Apr (17), 12..14 Apr.
    expect(responseDueOn(route, "2027-03-15", workingDays)).toBe("2027-04-14");
    // "a further calendar month to respond", escalated on 15 April 2027: 15 May 2027 (a Saturday; calendar, not working, time).
    expect(stepDueOn(nextStep(route, 0)!, "2027-04-15", workingDays)).toBe("2027-05-15");
    // The last step has no time limit.
    expect(stepDueOn(nextStep(route, 1)!, "2027-05-17", workingDays)).toBeNull();
  });
});
