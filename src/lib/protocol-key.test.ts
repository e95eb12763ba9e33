import { describe, expect, it } from "vitest";
import { keyFromTitle } from "./protocol-key";

describe("keyFromTitle", () => {
  it.each([
    ["Protocol between the Kent SAB and the HWB", "protocol-between-the-kent-sab-and-the-hwb"],
    ["Children’s Trust — Safeguarding Board (2026)", "children-s-trust-safeguarding-board-2026"],
    ["  Équipe de santé  ", "equipe-de-sante"],
    ["!!!", ""],
  ])("makes %j into %j", (title, key) => expect(keyFromTitle(title)).toBe(key));

  it("cuts a long title at a whole word, within the limit", () => {
    const key = keyFromTitle("alpha beta gamma delta epsilon", 20);
    expect(key).toBe("alpha-beta-gamma");
    expect(keyFromTitle("abcdefghijklmnopqrstuvwxyz", 10)).toBe("abcdefghij");
  });
});
