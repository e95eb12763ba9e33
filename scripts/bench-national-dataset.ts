/**
 * The synthetic national dataset of the benchmarks (`bench:calendar`, `bench:notifications`): 150
 * areas, 600 boards, 15,000 duties of mixed cadences, 6,000 meetings. Deterministic: every run builds
 * the same dataset.
 */
import type { Db } from "@/server/data/database";

const AREAS = 150;
const BOARDS_PER_AREA = 4;
const OBLIGATIONS_PER_AREA = 100;
const MEETINGS_PER_BOARD = 10;
export const YEAR = 2026;

/** A small deterministic generator, so every run builds the same dataset. */
function rng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Fields with no column of their own (decision 019) go in cadenceDetail, as the writers store them. */
const detail = (d: Record<string, unknown>) => JSON.stringify(d);
const wd = (amount: number, direction: "before" | "after", clear?: boolean) => ({
  amount,
  unit: "working-days",
  direction,
  ...(clear ? { clear } : {}),
});

/** The mix of cadences, weights out of 100: decision 004's forms and decision 019's (issue 11). */
const CADENCES: [number, (r: () => number) => Record<string, unknown>][] = [
  [14, () => ({ frequency: "annual" })],
  [
    14,
    (r) => ({
      frequency: "annual",
      windowFromMonth: 1 + Math.floor(r() * 12),
      windowToMonth: 1 + Math.floor(r() * 12),
    }),
  ],
  // Annual deadlines: "concluded by 31 October" after 30 days open, or "three months after the close".
  [
    6,
    (r) => ({
      frequency: "annual",
      cadenceDetail:
        r() < 0.5
          ? detail({ deadline: { month: 10, day: 31 }, duration: { amount: 30, unit: "days" } })
          : detail({ deadline: { from: "cycle-end", offset: { amount: 3, unit: "months", direction: "after" } } }),
    }),
  ],
  [12, () => ({ frequency: "quarterly" })],
  [6, () => ({ frequency: "six-monthly" })],
  [6, (r) => ({ frequency: "min-per-year", minPerYear: 2 + Math.floor(r() * 3) })],
  [6, () => ({ frequency: "after-every-meeting", daysAfter: 14 })],
  // "Seven clear working days before each meeting", "draft minutes within 15 working days".
  [
    8,
    (r) => ({
      frequency: "each-meeting",
      cadenceDetail: detail({ offset: r() < 0.5 ? wd(7, "before", true) : wd(15, "after") }),
    }),
  ],
  [4, () => ({ frequency: "anniversary", anchorDate: "2019-07-15" })],
  // "Biennially from the date of signature", "at intervals of no more than 15 months".
  [
    3,
    (r) =>
      r() < 0.5
        ? { frequency: "interval", anchorDate: "2024-10-14", cadenceDetail: detail({ every: 2, unit: "years" }) }
        : { frequency: "interval", anchorDate: "2025-11-30", cadenceDetail: detail({ every: 15, unit: "months" }) },
  ],
  [4, () => ({ frequency: "named-months", cadenceDetail: detail({ months: [3, 9] }) })],
  [3, () => ({ frequency: "first-meeting-after", cadenceDetail: detail({ after: { month: 7, day: 31 } }) })],
  [2, () => ({ frequency: "meeting-of-year", cadenceDetail: detail({ which: "last" }) })],
  // Comes after the area's last annual deadline duty (see buildDataset): at its next meeting, or 3 months on.
  [
    3,
    (r) => ({
      frequency: "follows",
      cadenceDetail:
        r() < 0.5
          ? detail({ atNextMeeting: true })
          : detail({ offset: { amount: 3, unit: "months", direction: "after" } }),
    }),
  ],
  [3, () => ({ frequency: "standing" })],
  [6, (r) => ({ frequency: r() < 0.5 ? "on-event" : "as-needed", triggerText: "When it happens" })],
];
const pickCadence = (r: () => number) => {
  let n = r() * 100;
  for (const [weight, make] of CADENCES) {
    if ((n -= weight) < 0) return make(r);
  }
  return CADENCES[0]![1](r);
};

type ObligationRow = Extract<NonNullable<Parameters<Db["obligation"]["createMany"]>[0]>["data"], unknown[]>[number];

export async function buildDataset(db: Db) {
  const r = rng(42);
  const kind = await db.boardKind.create({ data: { key: "bench", name: "Bench board" } });
  const orgKind = await db.organisationKind.create({ data: { key: "bench", name: "Bench" } });
  await db.organisation.create({ data: { slug: "bench-org", name: "Bench org", kindId: orgKind.id } });
  let boards = 0;
  let obligations = 0;
  let meetings = 0;
  const mix: Record<string, number> = {};
  for (let a = 0; a < AREAS; a++) {
    const area = await db.area.create({ data: { slug: `area-${a}`, name: `Area ${a}` } });
    const boardIds: string[] = [];
    for (let b = 0; b < BOARDS_PER_AREA; b++) {
      const board = await db.board.create({
        data: {
          slug: `area-${a}-b${b}`,
          name: `Board ${b} of area ${a}`,
          acronym: `B${b}`,
          kindId: kind.id,
          statutory: true,
          independentChair: false,
        },
      });
      await db.boardArea.create({ data: { areaId: area.id, boardId: board.id, key: `B${b}` } });
      boardIds.push(board.id);
      const dates = new Set<string>();
      while (dates.size < MEETINGS_PER_BOARD)
        dates.add(new Date(Date.UTC(YEAR, 3, 1 + Math.floor(r() * 365))).toISOString().slice(0, 10));
      await db.meeting.createMany({
        data: [...dates].map((date) => ({ boardId: board.id, date, startTime: "14:00" })),
      });
      meetings += dates.size;
      boards++;
    }
    const protocol = await db.protocol.create({
      data: { key: `p-${a}`, title: `Protocol ${a}`, version: "1", status: "agreed" },
    });
    await db.protocolParty.createMany({ data: boardIds.map((boardId) => ({ protocolId: protocol.id, boardId })) });
    const clause = await db.clause.create({
      data: { protocolId: protocol.id, ref: "1", text: "Synthetic clause", position: 0 },
    });
    // A following duty names the area's latest annual deadline duty; until there is one, it is one itself.
    let followed: string | null = null;
    const rows = Array.from({ length: OBLIGATIONS_PER_AREA }, (_, i) => {
      let c = pickCadence(r);
      const id = `bench-${a}-${i}`;
      if (c.frequency === "follows" && !followed)
        c = { frequency: "annual", cadenceDetail: detail({ deadline: { month: 12, day: 15 } }) };
      const comesAfterId = c.frequency === "follows" ? followed : null;
      if (c.frequency === "annual" && typeof c.cadenceDetail === "string") followed = id;
      const form = `${c.frequency as string}${typeof c.cadenceDetail === "string" ? ` ${c.cadenceDetail}` : ""}`;
      mix[form] = (mix[form] ?? 0) + 1;
      return {
        id,
        comesAfterId,
        protocolId: protocol.id,
        key: `o-${i}`,
        clauseId: clause.id,
        kind: "report",
        summary: `Synthetic duty ${i}`,
        modality: "will",
        position: i,
        ...c,
        afterMeetingsOfId: c.frequency === "after-every-meeting" ? boardIds[Math.floor(r() * BOARDS_PER_AREA)]! : null,
      } as ObligationRow;
    });
    await db.obligation.createMany({ data: rows });
    const created = await db.obligation.findMany({ where: { protocolId: protocol.id }, select: { id: true } });
    const parties = created.flatMap((o) => {
      const from = boardIds[Math.floor(r() * BOARDS_PER_AREA)]!;
      const recipients = boardIds.filter((b) => b !== from && r() < 0.35).slice(0, 2);
      return [
        { obligationId: o.id, role: "from", position: 0, boardId: from },
        ...recipients.map((boardId, i) => ({ obligationId: o.id, role: "to", position: i, boardId })),
      ];
    });
    await db.obligationParty.createMany({ data: parties });
    obligations += created.length;
  }
  return { areas: AREAS, boards, obligations, meetings, mix };
}
