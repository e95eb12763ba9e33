import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FREQUENCIES, isDated } from "@/lib/schemas/cadence";
import { MODALITIES, OBLIGATION_KINDS } from "@/lib/schemas/vocabulary";
import type { ProtocolAnnotation } from "@/domain/protocol-reading/score";

/**
 * The hand annotations that measure the protocol extractor (issue 12) must themselves hold together:
 * every quote is in its text, every clause ref is printed there, every value is one the model knows.
 * The seeds are read from tests/fixtures/seeds (copies of ../shared/seeds), the test texts from the repository.
 */
const root = process.cwd();
const annotationsDir = path.join(root, "tests/fixtures/protocol-annotations");
const seedsDir = path.resolve(root, "tests/fixtures/seeds");

const files = readdirSync(annotationsDir).filter((f) => f.endsWith(".json"));

function textOf(annotation: ProtocolAnnotation): string {
  const file = annotation.seed.includes("/") ? path.join(root, annotation.seed) : path.join(seedsDir, annotation.seed);
  return readFileSync(file, "utf8");
}

/** The seeds are hard-wrapped (Halton, Kent), so quotes are compared with runs of white space as one space. */
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A ref is printed when its parts are: "Appendix 1 2.1(a)" needs "Appendix 1", "2.1" and "a)" (the
 * text may print "(a)" or "a)" under 2.1; the issue writes the composed ref "5.1(c)").
 */
function refIsPrinted(ref: string, text: string): boolean {
  const lower = text.toLowerCase();
  const appendix = /^(appendix \d+)\s+(.*)$/i.exec(ref);
  if (appendix && !lower.includes(appendix[1]!.toLowerCase())) return false;
  const rest = appendix ? appendix[2]! : ref;
  const letters = [...rest.matchAll(/\(([a-z]+)\)/gi)].map((m) => m[1]!);
  const base = rest.replace(/\([a-z]+\)/gi, "");
  return lower.includes(base.toLowerCase()) && letters.every((l) => lower.includes(`${l.toLowerCase()})`));
}

describe.each(files)("protocol annotation %s", (file) => {
  const annotation = JSON.parse(readFileSync(path.join(annotationsDir, file), "utf8")) as ProtocolAnnotation;
  const text = textOf(annotation);
  const flat = collapse(text);

  it("has duties, and every duty's quote is in the text", () => {
    expect(annotation.duties.length).toBeGreaterThan(0);
    const missing = [...annotation.duties, ...annotation.membershipRules]
      .filter((d) => !flat.includes(collapse(d.quote)) || d.quote.trim() === "")
      .map((d) => `${d.clause}: ${d.quote}`);
    expect(missing).toEqual([]);
  });

  it("prints every clause ref it uses", () => {
    const refs = [
      ...annotation.duties.map((d) => d.clause),
      ...annotation.membershipRules.map((m) => m.clause),
      ...annotation.descriptive,
    ];
    expect(refs.filter((ref) => !refIsPrinted(ref, text))).toEqual([]);
  });

  it("uses only frequencies, kinds and modalities the model knows, with dated as the frequency implies", () => {
    const wrong = annotation.duties.filter(
      (d) =>
        !FREQUENCIES.includes(d.frequency) ||
        !(OBLIGATION_KINDS as readonly string[]).includes(d.kind) ||
        !MODALITIES.includes(d.modality) ||
        d.dated !== isDated(d.frequency) ||
        !Array.isArray(d.from) ||
        !Array.isArray(d.to),
    );
    expect(wrong).toEqual([]);
  });

  it("calls no clause both descriptive and the home of a duty or membership rule", () => {
    const withDuty = new Set([...annotation.duties, ...annotation.membershipRules].map((d) => d.clause));
    expect(annotation.descriptive.filter((ref) => withDuty.has(ref))).toEqual([]);
    expect(new Set(annotation.descriptive).size).toBe(annotation.descriptive.length);
  });
});
