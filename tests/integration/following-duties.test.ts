import { beforeAll, describe, expect, it } from "vitest";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { logStep } from "@/server/features/items/log-item-step";
import { reverseEntry } from "@/server/features/items/reverse-item-entry";
import { loadViewer } from "@/server/authz/load-viewer";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { makeObligation, makeProtocol } from "../factories";
import { withTestDatabase } from "./support/test-db";

/**
 * A duty that follows another (decision 019) moves when the other is logged: KSCB sends its annual
 * report to the HWB; the HWB's plan follows it by a month. Until the report is logged the plan's
 * date is counted from the report's planned date and flagged provisional; logging the report moves
 * the plan to a month after the logged date; once the plan is itself logged, it never moves again.
 */
const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T10:00:00Z");
let hwb: string;
let kscb: string;
let report: string;
let plan: string;

const itemOf = (obligationId: string) =>
  t.db.calendarItem.findFirstOrThrow({ where: { obligationId, retiredAt: null, cycle: { startsOn: "2026-04-01" } } });
const as = async (key: string) => ({
  db: t.db,
  viewer: (await loadViewer(
    t.db,
    (await t.db.user.findUniqueOrThrow({ where: { email: demoEmail("kent", key, "secretariat") } })).id,
  ))!,
  now,
});

beforeAll(async () => {
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).id;
  kscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-kscb" } })).id;
  const protocol = await makeProtocol(t.db, { parties: [hwb, kscb] });
  report = (
    await makeObligation(t.db, {
      protocolId: protocol.id,
      from: [kscb],
      to: [hwb],
      frequency: "annual",
      cadenceDetail: JSON.stringify({ deadline: { month: 6, day: 30 } }),
    })
  ).id;
  plan = (
    await makeObligation(t.db, {
      protocolId: protocol.id,
      from: [hwb],
      frequency: "follows",
      comesAfterId: report,
      position: 1,
      cadenceDetail: JSON.stringify({ offset: { amount: 1, unit: "months", direction: "after" } }),
    })
  ).id;
  await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [hwb, kscb], 2026));
});

describe("a duty that follows another", () => {
  it("moves to the logged date's offset and stops being provisional; once logged it never moves", async () => {
    const before = await itemOf(plan);
    expect(before.flags.split(",")).toContain("provisional");

    const reportItem = await itemOf(report);
    const kscbSecretariat = await as("KSCB");
    const send = (version: number, occurredOn: string) =>
      logStep(kscbSecretariat, { itemId: reportItem.id, version, step: "send", occurredOn });
    const reverse = (version: number, entryId: string) =>
      reverseEntry(kscbSecretariat, {
        itemId: reportItem.id,
        version,
        entryId,
        reason: "Logged against the wrong date",
      });

    const first = await send(reportItem.version, "2026-05-12");
    const moved = await itemOf(plan);
    expect(moved).toMatchObject({ id: before.id, status: "planned", dueOn: "2026-06-12" });
    expect(moved.flags.split(",")).not.toContain("provisional");

    // Reversing the report's send puts the plan back on the report's planned date, provisional.
    await reverse(reportItem.version + 1, first.id);
    expect(await itemOf(plan)).toMatchObject({ dueOn: before.dueOn, flags: before.flags });
    const second = await send(reportItem.version + 2, "2026-05-12");
    const again = await itemOf(plan);
    expect(again).toMatchObject({ dueOn: "2026-06-12" });

    // The plan is logged; then the report's send is reversed and logged again on another date.
    const hwbSecretariat = await as("HWB");
    await logStep(hwbSecretariat, { itemId: again.id, version: again.version, step: "send", occurredOn: "2026-06-10" });
    const logged = await itemOf(plan);
    await reverse(reportItem.version + 3, second.id);
    await send(reportItem.version + 4, "2026-07-01");
    expect(await itemOf(plan)).toEqual(logged);
  });
});
