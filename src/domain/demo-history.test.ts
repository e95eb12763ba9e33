import { describe, expect, it } from "vitest";
import { hashOf, planDemoHistory, type HistoryItem } from "./demo-history";

const item = (id: string, dueOn: string, extra: Partial<HistoryItem> = {}): HistoryItem => ({
  id,
  dueOn,
  meeting: null,
  owingBoardIds: ["kscb"],
  presentingBoardId: "hwb",
  presentingLabel: "HWB",
  ...extra,
});
const ids = Array.from({ length: 400 }, (_, i) => `item-${i}`);

describe("planDemoHistory", () => {
  it("logs only items due before today", () => {
    const plan = planDemoHistory([item("a", "2026-11-23"), item("b", "2026-12-01")], "2026-11-23");
    expect(plan).toEqual([]);
  });

  it("leaves about 1 in 8 past items unsent, and sends the rest a few days before the due date", () => {
    const items = ids.map((id) => item(id, "2026-06-30"));
    const plan = planDemoHistory(items, "2026-11-23");
    const unsent = items.length - plan.length;
    expect(unsent).toBe(ids.filter((id) => hashOf(id) % 8 === 0).length);
    expect(unsent / items.length).toBeGreaterThan(0.08);
    expect(unsent / items.length).toBeLessThan(0.18);
    const sends = plan.map((p) => p.entries[0]!);
    expect(
      sends.every(
        (s) => s.action === "send" && s.fromStatus === "planned" && s.toStatus === "sent" && s.actorBoardId === "kscb",
      ),
    ).toBe(true);
    const onTime = sends.filter((s) => s.occurredOn >= "2026-06-24" && s.occurredOn <= "2026-06-28");
    const late = sends.filter((s) => s.occurredOn > "2026-06-30" && s.occurredOn <= "2026-07-05");
    expect(onTime.length + late.length).toBe(sends.length);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(sends.length / 8);
  });

  it("receives at the recipient's meeting with a minute reference, when the meeting is past", () => {
    const meeting = { id: "m1", date: "2026-07-15" };
    const plan = planDemoHistory(
      ids.map((id) => item(id, "2026-07-15", { meeting })),
      "2026-11-23",
    );
    const received = plan.filter((p) => p.status === "received");
    expect(received.length).toBeGreaterThan(plan.length / 2);
    expect(received.filter((p) => p.entries[1]!.meetingId === "m1").length).toBeGreaterThan(received.length / 2);
    for (const p of received) {
      const receive = p.entries[1]!;
      // Sent on time: received at the meeting; sent after it (late): received, with no meeting, when sent.
      const onTime = p.entries[0]!.occurredOn <= "2026-07-15";
      expect(receive).toMatchObject({
        action: "receive",
        fromStatus: "sent",
        toStatus: "received",
        meetingId: onTime ? "m1" : null,
        actorBoardId: "hwb",
      });
      expect(receive.occurredOn >= p.entries[0]!.occurredOn).toBe(true);
      expect(receive.minuteRef).toMatch(/^HWB minutes 2026-07-(1[5-9]|20), item \d+$/);
    }
    expect(plan.filter((p) => p.status === "sent").every((p) => p.entries.length === 1)).toBe(true);
  });

  it("never logs anything on or after today, even for a late sending due yesterday", () => {
    const plan = planDemoHistory(
      ids.map((id) => item(id, "2026-11-22")),
      "2026-11-23",
    );
    expect(plan.flatMap((p) => p.entries).every((e) => e.occurredOn < "2026-11-23")).toBe(true);
  });

  it("keeps at least one overdue item for every owing board, its latest", () => {
    // Ids whose hash would send them all: the board's latest is held back.
    const sendable = ids.filter((id) => hashOf(id) % 8 !== 0).slice(0, 3);
    const items = [
      item(sendable[0]!, "2026-05-01", { owingBoardIds: ["x"] }),
      item(sendable[1]!, "2026-06-01", { owingBoardIds: ["x"] }),
      item(sendable[2]!, "2026-07-01", { owingBoardIds: ["y"] }),
    ];
    const plan = planDemoHistory(items, "2026-11-23");
    expect(plan.map((p) => p.itemId)).toEqual([sendable[0]]);
  });

  it("keeps an overdue item in the half-year before today, even when an older one was left unsent", () => {
    const unsendable = ids.find((id) => hashOf(id) % 8 === 0)!;
    const sendable = ids.filter((id) => hashOf(id) % 8 !== 0).slice(0, 2);
    const items = [item(unsendable, "2025-09-01"), item(sendable[0]!, "2026-08-01"), item(sendable[1]!, "2026-10-01")];
    const plan = planDemoHistory(items, "2026-11-23");
    expect(plan.map((p) => p.itemId)).toEqual([sendable[0]]);
  });

  it("is deterministic", () => {
    const items = ids.map((id, i) => item(id, `2026-0${1 + (i % 9)}-15`));
    expect(planDemoHistory(items, "2026-11-23")).toEqual(planDemoHistory([...items].reverse(), "2026-11-23"));
  });
});
