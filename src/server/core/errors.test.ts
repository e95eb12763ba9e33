import { describe, expect, it } from "vitest";
import { AppError, toActionFailure, toAppError } from "./errors";

/** Prisma's P2002 as the driver adapters report it (the columns quoted by PostgreSQL, bare by SQLite). */
const uniqueViolation = (modelName: string, fields: string[]) =>
  Object.assign(new Error("Unique constraint failed"), {
    code: "P2002",
    meta: {
      modelName,
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { kind: "UniqueConstraintViolation", constraint: { fields } },
      },
    },
  });

describe("toAppError", () => {
  it("returns an AppError as it is", () => {
    const error = new AppError("CONFLICT", "Changed");
    expect(toAppError(error, "ignored")).toBe(error);
  });

  it.each([
    ["SQLite", uniqueViolation("Meeting", ["boardId", "date", "startTime"])],
    ["PostgreSQL", uniqueViolation("Meeting", ['"boardId"', "date", '"startTime"'])],
  ])("names what already exists from %s's report", (_dialect, error) => {
    expect(toAppError(error)).toMatchObject({
      code: "ALREADY_EXISTS",
      message: "A meeting with the same board, date and start time already exists. Nothing was saved.",
    });
  });

  it("names a model whose name starts with a vowel, and one without columns", () => {
    expect(toAppError(uniqueViolation("Area", ["slug"]))?.message).toBe(
      "An area with the same slug already exists. Nothing was saved.",
    );
    expect(toAppError({ code: "P2002", meta: { modelName: "CalendarItem" } })?.message).toBe(
      "A calendar item already exists. Nothing was saved.",
    );
  });

  it("reads `target` when there is no driver adapter", () => {
    expect(toAppError({ code: "P2002", meta: { modelName: "Person", target: ["slug"] } })?.message).toBe(
      "A person with the same slug already exists. Nothing was saved.",
    );
  });

  it("uses the caller's wording, with field errors where given", () => {
    expect(
      toAppError(uniqueViolation("ItemLogEntry", ["reversesId"]), "Someone reversed that entry at the same moment."),
    ).toMatchObject({
      code: "ALREADY_EXISTS",
      message: "Someone reversed that entry at the same moment.",
      fieldErrors: {},
    });
    const duplicate = { message: "The board already has a meeting then", fieldErrors: { date: ["Taken"] } };
    expect(toAppError(uniqueViolation("Meeting", ["boardId"]), duplicate)).toMatchObject({
      code: "ALREADY_EXISTS",
      ...duplicate,
    });
  });

  it("gives null for anything else", () => {
    expect(toAppError(new Error("boom"))).toBeNull();
    expect(toAppError({ code: "P2025" })).toBeNull();
    expect(toAppError(null)).toBeNull();
  });
});

describe("toActionFailure", () => {
  it("turns a unique violation into a form error without logging it", () => {
    expect(toActionFailure(uniqueViolation("Area", ["slug"]))).toEqual({
      ok: false,
      code: "ALREADY_EXISTS",
      formError: "An area with the same slug already exists. Nothing was saved.",
      fieldErrors: {},
    });
  });
});
