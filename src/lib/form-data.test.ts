import { describe, expect, it } from "vitest";
import { formFields, formText, keptValues } from "./form-data";

const form = (entries: [string, string | File][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("formText", () => {
  const f = form([
    ["name", "Halton"],
    ["empty", ""],
    ["long", "x".repeat(50)],
    ["file", new File(["%PDF"], "a.pdf")],
    ["twice", "first"],
    ["twice", "second"],
  ]);
  it.each([
    ["a text field", "name", {}, "Halton"],
    ["an absent field", "missing", {}, undefined],
    ["a file where text was expected", "file", {}, undefined],
    ["an empty field, kept", "empty", {}, ""],
    ["an empty field, read as absent", "empty", { emptyIsAbsent: true }, undefined],
    ["an over-long value, cut", "long", { max: 10 }, "xxxxxxxxxx"],
    ["a field sent twice: the first", "twice", {}, "first"],
  ])("%s", (_what, key, options, expected) => {
    expect(formText(f, key, options)).toBe(expected);
  });
});

describe("formFields and keptValues", () => {
  const f = form([
    ["boardId", "b1"],
    ["date", ""],
  ]);
  it("reads the named fields, absent ones undefined", () => {
    expect(formFields(f, ["boardId", "date", "time"], { emptyIsAbsent: true })).toEqual({
      boardId: "b1",
      date: undefined,
      time: undefined,
    });
  });
  it("keeps what was typed, absent as empty", () => {
    expect(keptValues(f, ["date", "time"])).toEqual({ date: "", time: "" });
  });
});
