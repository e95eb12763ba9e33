import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { ProtocolFileError } from "./protocol-file-error";

// pdfjs runs its "worker" on the main thread in Node when it finds the worker module here, instead of
// importing it by path at run time (which a bundler may move): the documented fake-worker hook.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** A line rebuilt from text items sharing a baseline. */
interface Line {
  text: string;
  y: number;
  left: number;
  right: number;
  size: number;
}

/**
 * The text of a PDF with paragraph breaks ("\n\n") and numbering as printed. Lines are rebuilt from
 * text items by baseline, paragraphs by vertical gaps larger than the usual line spacing; running
 * headers and footers (a line at the top or bottom that repeats on most pages, digits aside) and page
 * numbers ("3", "Page 3 of 12", "- 3 -") are removed. Not handled: multi-column layouts (read row by
 * row), text in rotated or vertical writing, and hyphenation at line ends (kept as printed).
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  // pdfjs takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  let pages: Line[][];
  try {
    const pdf = await task.promise;
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((i): i is TextItem => "str" in i)));
      page.cleanup();
    }
  } catch (error) {
    throw pdfError(error);
  } finally {
    await task.destroy();
  }
  const body = removeRunningLines(pages);
  if (body.every((lines) => lines.length === 0))
    throw new ProtocolFileError(
      "NO_TEXT_LAYER",
      "This PDF has no text layer: this looks like a scanned document; its pages are pictures of text. Run it through text recognition (OCR), or upload the Word or text version.",
    );
  return { text: paragraphs(body), pages: pages.length };
}

function pdfError(error: unknown): ProtocolFileError {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException")
    return new ProtocolFileError(
      "PASSWORD_PROTECTED",
      "This PDF is password-protected, so its text cannot be read. Remove the password (or ask its author for an unprotected copy) and upload it again.",
    );
  return new ProtocolFileError(
    "CORRUPT_FILE",
    "This PDF is damaged and cannot be read. Open it in a PDF reader and save or export it again, then upload the new copy.",
  );
}

/** Items grouped into lines by baseline (within a third of the font size), top to bottom, left to right. */
function linesOf(items: TextItem[]): Line[] {
  const placed = items
    .filter((i) => i.str.trim() !== "")
    .map((i) => ({
      str: i.str,
      x: i.transform[4] as number,
      y: i.transform[5] as number,
      width: i.width,
      size: Math.abs(i.transform[3] as number) || i.height,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: typeof placed }[] = [];
  for (const item of placed) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.size) / 3);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const sorted = line.items.sort((a, b) => a.x - b.x);
      let text = "";
      let end = -Infinity;
      for (const item of sorted) {
        // A visible gap between items is a space the PDF did not spell out.
        if (text !== "" && !/\s$/.test(text) && !/^\s/.test(item.str) && item.x - end > item.size * 0.15) text += " ";
        text += item.str;
        end = item.x + item.width;
      }
      const first = sorted[0];
      return { text: text.replace(/\s+/g, " ").trim(), y: line.y, size: line.size, left: first?.x ?? 0, right: end };
    });
}

/** A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 12", "3 of 12", "3/12". */
const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at each end of a page can be a header or footer. */
const EDGE = 2;

/**
 * Drops running headers and footers: among the first and last EDGE lines of each page, those that
 * recur on most pages, either word for word or with a number that follows the page number ("Page 3",
 * "Protocol 2024 – 3", on at least three pages); and the very first or last line of a page when it is only a page number.
 * Numbered paragraphs that happen to read alike ("12. The board will ...") do not follow the pages.
 */
function removeRunningLines(pages: Line[][]): Line[][] {
  const most = Math.max(2, Math.ceil(pages.length / 2));
  const shape = (text: string) => text.replace(/\d+/g, "#").toLowerCase();
  const exact = new Map<string, number>();
  // For each shape, how many pages show it with a number equal to the page's index plus an offset.
  const offsets = new Map<string, Map<number, number>>();
  for (const [index, lines] of pages.entries()) {
    const edges = [...new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)])];
    for (const text of new Set(edges.map((l) => l.text))) exact.set(text, (exact.get(text) ?? 0) + 1);
    for (const line of edges) {
      const byOffset = offsets.get(shape(line.text)) ?? new Map<number, number>();
      for (const n of new Set((line.text.match(/\d+/g) ?? []).map(Number)))
        byOffset.set(n - index, (byOffset.get(n - index) ?? 0) + 1);
      offsets.set(shape(line.text), byOffset);
    }
  }
  const running = (text: string) =>
    (exact.get(text) ?? 0) >= most || Math.max(0, ...(offsets.get(shape(text))?.values() ?? [])) >= Math.max(3, most);
  return pages.map((lines) =>
    lines.filter((line, i) => {
      if (i >= EDGE && i < lines.length - EDGE) return true;
      if (running(line.text)) return false;
      return !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(line.text));
    }),
  );
}

/**
 * The usual distance between baselines inside a paragraph: the smallest gap (rounded to a point) that
 * makes up at least a tenth of all gaps. Not the commonest gap: in a document of one-line paragraphs
 * that is the paragraph spacing. A gap over 1.9 times the font size is more than 1.5 line spacing, so
 * when even the smallest is that wide every line is its own paragraph (a list of one-line items).
 */
function usualLeading(pages: Line[][]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0));
      if (gap <= 0) continue;
      counts.set(gap, (counts.get(gap) ?? 0) + 1);
      total += 1;
    }
  const usual = [...counts].filter(([, count]) => count >= total / 10).map(([gap]) => gap);
  const sizes = pages
    .flat()
    .map((l) => l.size)
    .sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 11;
  const smallest = usual.length > 0 ? Math.min(...usual) : size * 1.2;
  return smallest > size * 1.9 ? size * 1.2 : smallest;
}

/** A line that starts a new item, so never continues the paragraph before it: "3.1", "(c)", "•", "Appendix 2". */
const STARTS_ITEM =
  /^(?:\(?[0-9]{1,3}(?:\.[0-9]+)*[.)]?\s|\(?[a-z]{1,3}\)\s|[A-Z][0-9]+\s|[•\-–*]\s|appendix\b|annex\b|recommendation\s+\d)/i;

/**
 * Lines into paragraphs: a new paragraph after a gap larger than 1.3 times the usual leading. Across
 * a page break the paragraph continues when the last line filled the column or the next line starts
 * in lower case, unless the next line starts a numbered or bulleted item.
 */
function paragraphs(pages: Line[][]): string {
  const leading = usualLeading(pages);
  const out: string[][] = [];
  let current: string[] = [];
  let previous: Line | null = null;
  let column = { left: 0, right: 0 };
  const flush = () => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  for (const lines of pages) {
    const page = { left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)) };
    for (const [i, line] of lines.entries()) {
      if (previous) {
        const newPage = i === 0;
        const breaks = newPage
          ? STARTS_ITEM.test(line.text) ||
            !(previous.right - column.left >= (column.right - column.left) * 0.8 || /^[a-z]/.test(line.text))
          : previous.y - line.y > leading * 1.3 || previous.y - line.y < 0;
        if (breaks) flush();
      }
      current.push(line.text);
      previous = line;
    }
    if (lines.length > 0) column = page;
  }
  flush();
  return out.map((p) => p.join(" ")).join("\n\n");
}
