/**
 * `npm run bench:extract`: a benchmark, not a test (issue 12: "extracting the longest seed takes
 * under 2 seconds"). Builds the longest seed protocol as a PDF and as a Word document, the way the
 * tests do, and prints JSON: the time to extract each, first in a fresh process (pdfjs and mammoth
 * loading included) and then the median of five further runs.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractText } from "@/server/protocol-reading/extract-text";
import { docxFromParagraphs, paragraphsOf, pdfFromParagraphs, winAnsi } from "../tests/factories/protocol-documents";

const SEEDS = process.env.SEEDS_DIR ?? join(import.meta.dirname, "../tests/fixtures/seeds");
const longest = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join(SEEDS, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
if (!longest) throw new Error(`No seed protocols in ${SEEDS}`);

const paragraphs = paragraphsOf(readFileSync(longest, "utf8"));
const files = {
  pdf: await pdfFromParagraphs(paragraphs.map(winAnsi)),
  docx: await docxFromParagraphs(paragraphs),
};

async function time(bytes: Uint8Array, name: string): Promise<number> {
  const start = performance.now();
  await extractText(bytes, name);
  return Math.round(performance.now() - start);
}

const results: Record<string, unknown> = { seed: longest, paragraphs: paragraphs.length };
for (const [format, bytes] of Object.entries(files)) {
  const first = await time(bytes, `protocol.${format}`);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(await time(bytes, `protocol.${format}`));
  runs.sort((a, b) => a - b);
  results[format] = { bytes: bytes.length, firstMs: first, medianMs: runs[2] };
}
console.log(JSON.stringify(results, null, 2));
