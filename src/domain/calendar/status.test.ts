import { describe, expect, it } from "vitest";
import { displayStatus } from "./status";

describe("displayStatus", () => {
  it.each([
    [{ status: "planned", dueOn: "2026-11-22", retired: false }, "overdue"],
    [{ status: "scheduled", dueOn: "2026-11-22", retired: false }, "overdue"],
    [{ status: "planned", dueOn: "2026-11-23", retired: false }, "planned"],
    [{ status: "sent", dueOn: "2026-01-01", retired: false }, "sent"],
    [{ status: "received", dueOn: "2026-01-01", retired: false }, "received"],
    [{ status: "planned", dueOn: "2026-01-01", retired: true }, "retired"],
  ])("%j on 23 November 2026 is %s", (item, expected) => {
    expect(displayStatus(item, "2026-11-23")).toBe(expected);
  });
});
