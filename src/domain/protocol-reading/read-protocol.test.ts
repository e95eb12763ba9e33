import { describe, expect, it } from "vitest";
import { agreedOnOf, titleOf } from "./read-protocol";

describe("a protocol's title", () => {
  it("is the line that says what the document is, not the letterhead above it", () => {
    const text =
      "LOAMSHIRE PARTNERSHIP BOARDS\n\nJOINT WORKING AGREEMENT\nbetween the boards\n\n1. Purpose\nThis agreement sets out";
    expect(titleOf(text, ["This agreement sets out"])).toBe("JOINT WORKING AGREEMENT");
  });

  it("runs on over the lines of a title set in capitals, and stops at the first clause", () => {
    const text =
      "PROTOCOL ON THE WORKING ARRANGEMENTS BETWEEN THE\n\n KENT HEALTH AND WELLBEING BOARD\n\nAND KENT SAFEGUARDING CHILDREN BOARD\n\n1. Purpose\n\n1.1 The boards agree";
    expect(titleOf(text, ["The boards agree"])).toBe(
      "PROTOCOL ON THE WORKING ARRANGEMENTS BETWEEN THE KENT HEALTH AND WELLBEING BOARD AND KENT SAFEGUARDING CHILDREN BOARD",
    );
  });

  it("drops a memo's label and stops at the next one", () => {
    const text =
      "REPORT TO: Health and Wellbeing Board\n\nSUBJECT: Joint Protocol between the Trust,\n\nthe Board and the Partnership\n\nWARDS: Borough wide\n\n1. PURPOSE";
    expect(titleOf(text, ["x"])).toBe("Joint Protocol between the Trust, the Board and the Partnership");
  });

  it("is never a numbered heading", () => {
    expect(titleOf("1. Purpose\n\n1.1 This Protocol is a framework", ["This Protocol is a framework"])).toBeNull();
  });
});

describe("the date a protocol was agreed", () => {
  it("reads the date beside the words that say it was agreed or signed", () => {
    expect(agreedOnOf("Version 2.1 — approved by the Executive Group on 9 September 2025")).toBe("2025-09-09");
    expect(agreedOnOf("Date of agreement: 3rd February 2026")).toBe("2026-02-03");
    expect(agreedOnOf("The board will publish its report by 30 June.")).toBeNull();
  });
});
