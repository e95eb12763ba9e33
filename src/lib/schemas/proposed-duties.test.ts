import { readFileSync, readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { cadenceSchema } from "@/lib/schemas/cadence";
import { splitClauses } from "@/domain/protocol-reading/clauses";
import { proposeDuties } from "@/domain/protocol-reading/duties";
import { findParties } from "@/domain/protocol-reading/parties";

/**
 * Every duty proposed from the seeds and the test protocols (issue 12) has a cadence the cadence schema
 * accepts, a quote that is in its clause, and words behind each part that the review page can find:
 * in the quote, in its clause, or in the lead-in clause they name.
 */
it("proposes only valid cadences, and words that are in the text", () => {
  const files = [
    ...readdirSync("tests/fixtures/seeds")
      .filter((f) => f.endsWith(".txt"))
      .map((f) => `tests/fixtures/seeds/${f}`),
    ...readdirSync("tests/fixtures/protocol-texts")
      .filter((f) => f.endsWith(".txt"))
      .map((f) => `tests/fixtures/protocol-texts/${f}`),
  ];
  const bad: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    const clauses = splitClauses(text);
    const r = proposeDuties(clauses, findParties(text, clauses), { agreedOn: "2025-01-01" });
    for (const d of r.duties) {
      const parsed = cadenceSchema.safeParse(d.cadence);
      if (!parsed.success)
        bad.push(`${f} ${d.clause} ${JSON.stringify(d.cadence)} ${parsed.error.message.slice(0, 100)}`);
      const c =
        clauses.find((x) => x.ref === d.clause) ?? clauses.find((x) => x.kind === "table" && x.text.includes(d.quote));
      if (!c || !c.text.includes(d.quote)) bad.push(`${f} ${d.clause} quote not in clause`);
      for (const b of d.because)
        if (
          !d.quote.includes(b.words) &&
          !(b.clause ? clauses.find((x) => x.ref === b.clause)?.text : c?.text)?.includes(b.words)
        )
          bad.push(`${f} ${d.clause} because ${b.part} "${b.words}" not in text`);
    }
  }
  expect(bad).toEqual([]);
});
