import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Kent County Council", "kent-county-council"],
    ["  NHS Kent & Medway ICB ", "nhs-kent-and-medway-icb"],
    ["Zoë Brontë-Smith", "zoe-bronte-smith"],
    ["O'Neill,  Pat", "o-neill-pat"],
    ["***", "item"],
    ["a".repeat(100), "a".repeat(60)],
  ])("%s -> %s", (name, slug) => expect(slugify(name)).toBe(slug));

  it("cuts a long name at a whole word, within the limit", () => {
    expect(slugify("alpha beta gamma delta epsilon", "item", 20)).toBe("alpha-beta-gamma");
    expect(slugify(`${"word ".repeat(20)}`)).toBe(`${"word-".repeat(11)}word`);
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    const taken = new Set(["pat", "pat-2"]);
    expect(uniqueSlug("pat", (s) => taken.has(s))).toBe("pat-3");
    expect(uniqueSlug("sam", (s) => taken.has(s))).toBe("sam");
  });
});
