import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parse } from "./parse";
import { requireVersion, updateOnce, updateVersioned } from "./versioned";

/** A model delegate that matches `count` rows and records what it was asked. */
const model = (count: number) => {
  const calls: { where: unknown; data: unknown }[] = [];
  return {
    calls,
    updateMany: (args: { where: unknown; data: unknown }) => (calls.push(args), Promise.resolve({ count })),
  };
};

describe("requireVersion", () => {
  it("passes the version the form showed", async () => {
    await expect(requireVersion({ version: 3 }, 3, "Changed")).resolves.toBeUndefined();
  });
  it("refuses an older one with the message, or the refusal built for it", async () => {
    await expect(requireVersion({ version: 4 }, 3, "Changed")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Changed",
    });
    const built = new AppError("CONFLICT", "It is now sent");
    await expect(requireVersion({ version: 4 }, 3, () => Promise.resolve(built))).rejects.toBe(built);
  });
});

describe("updateVersioned and updateOnce", () => {
  it("update the row at the version read and move it on", async () => {
    const m = model(1);
    await updateVersioned(m, { id: "a", version: 2 }, { status: "sent" }, "Changed");
    expect(m.calls).toEqual([{ where: { id: "a", version: 2 }, data: { status: "sent", version: { increment: 1 } } }]);
  });
  it("refuse when no row matched: someone changed it at the same moment", async () => {
    await expect(
      updateVersioned(model(0), { id: "a", version: 2 }, { status: "sent" }, "Same moment"),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Same moment" });
    await expect(updateOnce(model(0), { signedOn: null }, { signedOn: "2026-04-01" }, "Signed")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Signed",
    });
  });
});

describe("parse", () => {
  const schema = z.object({ name: z.string().min(1, { error: "Enter a name" }) });
  it("returns the parsed input", () => {
    expect(parse(schema, { name: "Kent" }, "Check it")).toEqual({ name: "Kent" });
  });
  it("refuses bad input as VALIDATION with each field's errors", () => {
    expect(() => parse(schema, { name: "" }, "Check it")).toThrow(
      expect.objectContaining({ code: "VALIDATION", message: "Check it", fieldErrors: { name: ["Enter a name"] } }),
    );
  });
});
