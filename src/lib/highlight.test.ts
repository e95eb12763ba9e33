import { describe, expect, it } from "vitest";
import { highlightRuns } from "./highlight";

describe("highlightRuns", () => {
  it("marks the words inside the quote, each occurrence, and skips what is not there", () => {
    const text = "1. The HWB will report to the SAB annually. The SAB will reply.";
    expect(
      highlightRuns(text, {
        quote: ["The HWB will report to the SAB annually."],
        words: ["annually", "SAB", "absent"],
      }),
    ).toEqual([
      { text: "1. ", level: 0 },
      { text: "The HWB will report to the ", level: 1 },
      { text: "SAB", level: 2 },
      { text: " ", level: 1 },
      { text: "annually", level: 2 },
      { text: ".", level: 1 },
      { text: " The ", level: 0 },
      { text: "SAB", level: 2 },
      { text: " will reply.", level: 0 },
    ]);
  });

  it("gives the text unmarked when nothing is found, and nothing for no text", () => {
    expect(highlightRuns("Plain.", { quote: ["Other"], words: [" "] })).toEqual([{ text: "Plain.", level: 0 }]);
    expect(highlightRuns("", { quote: ["a"], words: [] })).toEqual([]);
  });
});
