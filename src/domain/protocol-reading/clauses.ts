import type { ClauseDraft } from "./types";

/**
 * Splitting a protocol's text into clauses (issue 12, point 2). The rules are about numbering shapes
 * and layout, never about a particular protocol's wording:
 *
 * - A clause starts only at the start of a paragraph (after a blank line, or after a line that ends a
 *   sentence), so a number inside a sentence ("within\n15 days") never starts one.
 * - Numbering must move forward: `3.2` after `3.1`, bare `12` after `11`, `C4` after `C3`,
 *   `(c)` after `(b)`. A number that does not fit (a list "1. 2. 3." inside clause 1.1) stays text.
 * - In a part that uses decimal numbers, `5. Governance` is a section heading; it becomes a clause of
 *   its own (ref `5`) only when text follows it with no `5.1` (Knowsley's "11. Related documents").
 *   `A. Purpose` with `A1`, `A2` under it works the same way.
 * - Lettered items at the start of a paragraph under a numbered clause are clauses of their own
 *   (`5.1(c)`); the parent keeps its lead-in and any text after the items. Letters inside a sentence
 *   and bullets belong to their clause.
 * - A table (tab- or `|`-separated rows) is kept whole: it turns the clause that introduces it into a
 *   clause of kind "table", or is a clause of its own (`Table 2`, or numbered in order when uncaptioned).
 *   When its first column holds references (`Ref | Duty | ...`, rows `T1`, `T2`), each row is a
 *   clause of kind "table" with that ref.
 * - An appendix heading (`APPENDIX 1: ...`) starts a part with its own numbering. Its clauses keep
 *   their printed refs unless one would repeat a ref already used, in which case every ref in that
 *   appendix is prefixed (`App. 1 2.1(a)`), so refs stay unique within a protocol.
 * - Page headers, footers, page numbers, running lines repeated on every page, signature lines and
 *   footnotes are not clauses, wherever they fall.
 */
export function splitClauses(text: string): ClauseDraft[] {
  const blocks = toBlocks(cleanLines(text));
  const parts = splitParts(blocks);
  const used = new Set<string>();
  const out: ClauseDraft[] = [];
  for (const part of parts) {
    const drafts = readPart(part);
    if (part.appendix) {
      const collides = drafts.some((d) => d.kind !== "appendix" && used.has(d.ref));
      if (collides) {
        const prefix = `${part.appendix.short} ${part.appendix.id} `;
        for (const d of drafts) if (d.kind !== "appendix") d.ref = prefix + d.ref;
      }
    }
    for (const d of drafts) {
      let ref = d.ref;
      for (let n = 2; used.has(ref); n++) ref = `${d.ref} (${n})`;
      used.add(ref);
      out.push({ ...d, ref });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lines: page furniture out, markup of the text extractor out.

const PAGE_NUMBER = /^[-–—\s]*(page\s*)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?[-–—\s]*$/i;
const PAGE_PHRASE = /(^|[\s|–—-])page\s+\d{1,3}(\s*(of|\/)\s*\d{1,3})?\s*$|^page\s+\d{1,3}\b/i;
const SIGNATURE = /^(signed|signature|date|name|position|print name)\b[^:.]{0,40}[:.]/i;
const FOOTNOTE = /^[ⁱⁱⁱ¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/;

function cleanLine(raw: string): string {
  const line = raw.replace(/[\u00a0\u2007\u202f]/g, " ");
  if (!/[<[\\*]/.test(line)) return line.replace(/ +$/, "");
  return line
    .replace(/<\/?[a-z][a-z0-9]*>/gi, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\\([()[\]*_])/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:]|$)/g, "$1$2")
    .replace(/ +$/g, "");
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A numbered paragraph run into the one before it, as a PDF or Word extractor gives paragraphs that
 * had no space between them ("... articulated. 3. It is anticipated", "...: - 2.2 This protocol"):
 * a mark right after a sentence's end goes back to the start of a line. Whether it starts a clause
 * is still decided by the numbering rules; a mark that does not fit stays text.
 */
const RUN_IN_MARK =
  /([.;:!?,”")])[ \t]+(?=(?:[-–•\uf0b7][ \t]+)?(?:\d{1,2}\.\d{1,2}\.?[ \t]+[A-Z(‘'"“]|\d{1,2}\.[ \t]+[A-Za-z]|\([a-z]\)[ \t]+[A-Z]|[a-z]\)[ \t]+[A-Z])|[-–•\uf0b7][ \t]+[A-Z])/g;
/** A bullet carrying a mark ("- (b) Communicating") starts an item even after words with no full stop. */
const RUN_IN_BULLET_MARK = /[ \t]+(?=[-–•\uf0b7][ \t]+(?:\d{1,2}\.\d{1,2}|\([a-z]\)|[a-z]\))[ \t]+[A-Z])/g;
const RUN_IN_APPENDIX = /[ \t]+(?=(?:APPENDIX|ANNEX|SCHEDULE)[ \t]+[A-Z0-9]{1,3}\b[ \t]*[:.–—-])/g;

/** The document's lines with page furniture removed (each furniture line becomes a blank line). */
function cleanLines(text: string): string[] {
  const raw = text
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n")
    .replace(RUN_IN_MARK, "$1\n")
    .replace(RUN_IN_BULLET_MARK, "\n")
    .replace(RUN_IN_APPENDIX, "\n")
    .split("\n")
    .map(cleanLine);
  // Running headers and footers: a line standing alone (blank lines around it) that recurs.
  const alone = (i: number) => (raw[i - 1] ?? "").trim() === "" && (raw[i + 1] ?? "").trim() === "";
  const counts = new Map<string, number>();
  raw.forEach((line, i) => {
    const t = line.trim();
    if (t.length >= 4 && t.length <= 100 && alone(i) && !line.includes("\t") && !/^[\d(]/.test(t)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  });
  const running = (t: string) => {
    const n = counts.get(t) ?? 0;
    return n >= 3 || (n >= 2 && wordCount(t) >= 3);
  };
  return raw.map((line) => {
    const t = line.trim();
    if (t === "") return "";
    if (line.includes("\t") || t.includes("|")) return line;
    if (PAGE_NUMBER.test(t)) return "";
    if (PAGE_PHRASE.test(t) && wordCount(t) <= 12) return "";
    if (SIGNATURE.test(t) && (t.includes("__") || wordCount(t) <= 12)) return "";
    if (FOOTNOTE.test(t)) return "";
    if (running(t) && !BULLET.test(t)) return "";
    return line;
  });
}

// ---------------------------------------------------------------------------------------------
// Blocks: paragraphs, each with the numbering mark it starts with.

type Mark =
  | { type: "decimal"; n: number; m: number; k: number; printed: string }
  | { type: "bare"; n: number; dot: boolean; printed: string }
  | { type: "lower"; letter: string }
  | { type: "upper"; letter: string; printed: string }
  | { type: "alnum"; prefix: string; n: number; printed: string }
  | { type: "named"; word: string; n: number; printed: string }
  | { type: "appendix"; word: string; id: string };

interface Block {
  mark: Mark | null;
  /** The text after the mark and any bullet, lines joined by spaces. */
  body: string;
  bullet: boolean;
  /** A table's rows, each a list of cells. */
  table: string[][] | null;
  /** A short stand-alone line with no closing punctuation: a heading if a clause follows it. */
  titleLike: boolean;
}

const BULLET = /^(?:[-–•·▪◦‣*\u2022\u25aa\u25cf\uf000-\uf8ff]|o(?=\s+[A-Z]))\s*/;
const APPENDIX = /^(appendix|annex|schedule)\s+([A-Z0-9]{1,3})\b\s*(?:[:.–—-]\s*(.*))?$/i;
const NAMED = /^(recommendation|table|clause|paragraph|article|principle|action)\s+(\d{1,3})\s*(?:[:.)–—-]\s*|$)/i;
const DECIMAL = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?(?:\s+|$)/;
const BARE = /^(\d{1,2})(\.?)(?:\s+|$)/;
const LOWER = /^(?:\(([a-z]|[ivx]{2,5})\)|([a-z]|[ivx]{2,5})\))\s+/;
const UPPER = /^([A-Z])[.)]\s+(?=[A-Z])/;
const ALNUM = /^([A-Z]{1,2})(\d{1,2})[.:)]?\s+(?=\S)/;

function readMark(line: string): { mark: Mark | null; rest: string } {
  let m: RegExpExecArray | null;
  if ((m = APPENDIX.exec(line))) {
    const word = m[1]!.toLowerCase();
    return { mark: { type: "appendix", word, id: m[2]!.toUpperCase() }, rest: m[3] ?? "" };
  }
  if ((m = NAMED.exec(line))) {
    const word = m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase();
    const n = Number(m[2]);
    return { mark: { type: "named", word, n, printed: `${word} ${n}` }, rest: line.slice(m[0].length) };
  }
  if ((m = DECIMAL.exec(line))) {
    const printed = m[3] ? `${m[1]}.${m[2]}.${m[3]}` : `${m[1]}.${m[2]}`;
    return {
      mark: { type: "decimal", n: Number(m[1]), m: Number(m[2]), k: Number(m[3] ?? 0), printed },
      rest: line.slice(m[0].length),
    };
  }
  if ((m = BARE.exec(line))) {
    return {
      mark: { type: "bare", n: Number(m[1]), dot: m[2] === ".", printed: m[1]! },
      rest: line.slice(m[0].length),
    };
  }
  if ((m = LOWER.exec(line))) {
    return { mark: { type: "lower", letter: (m[1] ?? m[2])! }, rest: line.slice(m[0].length) };
  }
  if ((m = UPPER.exec(line))) {
    return { mark: { type: "upper", letter: m[1]!, printed: m[1]! }, rest: line.slice(m[0].length) };
  }
  if ((m = ALNUM.exec(line))) {
    const printed = `${m[1]}${m[2]}`;
    return { mark: { type: "alnum", prefix: m[1]!, n: Number(m[2]), printed }, rest: line.slice(m[0].length) };
  }
  return { mark: null, rest: line };
}

/** "Part 3: Table of duties", "Section 2 - Roles": a heading with a label may have a colon. */
const LABELLED_HEADING = /^(part|section|chapter)\s+([0-9]{1,2}|[A-Z]|[IVX]{1,4})\s*[:.–—-]\s*[A-Z][^:]*$/i;
const ENDS_SENTENCE = /[.:;!?)”"’]$/;
const isAllCaps = (s: string) => /[A-Z]/.test(s) && !/[a-z]/.test(s);

function splitCells(line: string): string[] | null {
  let cells: string[];
  if (line.includes("\t")) cells = line.split("\t");
  else if ((line.match(/\|/g) ?? []).length >= 2)
    cells = line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|");
  else return null;
  cells = cells.map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  if (cells.length < 2) return null;
  if (cells.every((c) => /^:?-{2,}:?$/.test(c))) return [];
  return cells;
}

function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let open: { block: Block; lines: number } | null = null;
  let blankBefore = true;
  let previous = "";

  const close = () => {
    if (!open) return;
    const { block } = open;
    block.body = block.body.replace(/\s+/g, " ").trim();
    block.titleLike =
      !block.mark &&
      !block.bullet &&
      !block.table &&
      open.lines <= 3 &&
      block.body.length <= 250 &&
      wordCount(block.body) <= 40 &&
      /^[A-Z0-9‘'"“]/.test(block.body) &&
      !/[.;:,]$/.test(block.body) &&
      (!block.body.includes(":") || LABELLED_HEADING.test(block.body));
    blocks.push(block);
    open = null;
  };

  for (const line of lines) {
    const t = line.trim();
    if (t === "") {
      blankBefore = true;
      continue;
    }
    const cells = splitCells(line);
    if (cells) {
      const last = blocks[blocks.length - 1];
      close();
      const tail = blocks[blocks.length - 1];
      if (tail?.table && tail === last) {
        if (cells.length > 0) tail.table.push(cells);
      } else {
        blocks.push({
          mark: null,
          body: "",
          bullet: false,
          table: cells.length ? [cells] : [],
          titleLike: false,
        });
      }
      blankBefore = false;
      previous = t;
      continue;
    }
    const bulletMatch = BULLET.exec(t);
    const unbulleted = bulletMatch ? t.slice(bulletMatch[0].length) : t;
    const { mark, rest } = readMark(unbulleted);
    const paragraphStart = blankBefore || ENDS_SENTENCE.test(previous) || previous === "";
    const startsLower = /^[a-z]/.test(t) && !mark;
    const capsRunOn =
      open !== null &&
      !open.block.mark?.type.startsWith("app") &&
      isAllCaps(open.block.body) &&
      isAllCaps(t) &&
      !ENDS_SENTENCE.test(previous) &&
      !mark &&
      !bulletMatch;
    const appendixRunOn =
      open?.block.mark?.type === "appendix" && isAllCaps(t) && !mark && !bulletMatch && !ENDS_SENTENCE.test(previous);
    // "3. Annual reports" on a line of its own, its text on the next: the first line is the clause's
    // heading, so what follows is a block of its own (the heading's clause, or its first item).
    const headingLine = isHeadingLine(open, blankBefore, mark !== null, t);
    // A paragraph broken by a page or a stray blank line: the line before stopped mid-sentence.
    const brokenParagraph = !mark && !bulletMatch && previous.length >= 60 && /[a-z,]$/.test(previous);
    const appendixStart = mark?.type === "appendix" && (paragraphStart || isAllCaps(unbulleted.split(/\s/)[0]!));
    const newBlock =
      open === null ||
      appendixStart ||
      (!capsRunOn &&
        !appendixRunOn &&
        (headingLine ||
          (blankBefore && !startsLower && !brokenParagraph) ||
          ((paragraphStart || headingLine) && mark !== null) ||
          bulletMatch !== null));
    if (newBlock) {
      close();
      const usable: Mark | null =
        mark && (paragraphStart || headingLine || open === null || appendixStart || bulletMatch) ? mark : null;
      open = {
        block: {
          mark: usable,
          body: usable ? rest : unbulleted,
          bullet: bulletMatch !== null,
          table: null,
          titleLike: false,
        },
        lines: 1,
      };
    } else if (open) {
      open.block.body += " " + t;
      open.lines += 1;
    }
    blankBefore = false;
    previous = t;
  }
  close();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Parts and clauses.

interface Part {
  appendix: { short: string; id: string; title: string } | null;
  blocks: Block[];
}

function splitParts(blocks: Block[]): Part[] {
  const parts: Part[] = [{ appendix: null, blocks: [] }];
  for (const block of blocks) {
    if (block.mark?.type === "appendix" && !block.bullet) {
      const short = block.mark.word === "appendix" ? "App." : block.mark.word === "annex" ? "Annex" : "Sch.";
      parts.push({ appendix: { short, id: block.mark.id, title: block.body }, blocks: [] });
      continue;
    }
    parts[parts.length - 1]!.blocks.push(block);
  }
  return parts;
}

interface Draft {
  ref: string;
  heading: string | null;
  lines: string[];
  kind: ClauseDraft["kind"];
  /** For a clause with lettered items: the next letter expected. */
  nextLetter: string;
  /** For a clause with items numbered (i), (ii), (iii): the next numeral expected. */
  nextRoman?: string;
}

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];
const nextRoman = (r: string) => ROMAN[ROMAN.indexOf(r) + 1] ?? "";

const isTitle = (body: string) =>
  /^[A-Z‘'"“]/.test(body) && wordCount(body) <= 15 && !/[.;:,]\s/.test(body) && body.length <= 160;

function readPart(part: Part): ClauseDraft[] {
  const { blocks } = part;
  const decimals = blocks.filter((b) => b.mark?.type === "decimal" && b.mark.m > 0).length;
  const decimalPart = decimals >= 2;
  const drafts: Draft[] = [];
  let heading: string | null = null;
  let current: Draft | null = null;
  /** The numbered clause lettered items attach to. */
  let parent: Draft | null = null;
  let item: Draft | null = null;
  let section = 0;
  let lastDecimal: [number, number] = [0, 0];
  /** The third level under the last decimal clause ("2.1.1", "2.1.2"), 0 before any. */
  let lastThird = 0;
  let lastBare = 0;
  let lastUpper = "";
  const lastAlnum = new Map<string, number>();
  const lastNamed = new Map<string, number>();
  let tables = 0;

  let appendixDraft: Draft | null = null;
  if (part.appendix) {
    const { short, id, title } = part.appendix;
    const word = short === "App." ? "Appendix" : short === "Annex" ? "Annex" : "Schedule";
    appendixDraft = { ref: `${word} ${id}`, heading: title || null, lines: [], kind: "appendix", nextLetter: "a" };
    if (title) appendixDraft.lines.push(title);
    drafts.push(appendixDraft);
    current = appendixDraft;
  }

  const start = (ref: string, body: string, kind: Draft["kind"] = "clause", ownHeading?: string): Draft => {
    const d: Draft = { ref, heading: ownHeading ?? heading, lines: body ? [body] : [], kind, nextLetter: "a" };
    drafts.push(d);
    current = d;
    parent = d;
    item = null;
    return d;
  };
  /** A numbered title: a heading, and a clause of its own only if text follows before its first sub-clause. */
  const sectionTitle = (ref: string, title: string) => {
    heading = title;
    const d = start(ref, "", "clause", title);
    d.kind = "clause";
    pendingTitle = d;
  };
  let pendingTitle: Draft | null = null;
  const settle = () => {
    if (pendingTitle && pendingTitle.lines.length === 0) drafts.splice(drafts.indexOf(pendingTitle), 1);
    pendingTitle = null;
  };

  const upcoming = (i: number) => {
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j]!;
      return b.mark !== null || b.titleLike || b.table !== null;
    }
    return true;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const mark = block.mark;
    let accepted = false;
    if (mark) {
      switch (mark.type) {
        case "decimal": {
          const [ln, lm] = lastDecimal;
          if (mark.k > 0) {
            // "2.1.1" under "2.1", or opening a new "2.2" with its first sub-clause "2.2.1".
            const under = mark.n === ln && mark.m === lm && mark.k > lastThird && mark.k <= lastThird + 2;
            const opens =
              mark.k === 1 && (mark.n > ln || (mark.n === ln && mark.m > lm)) && mark.n <= Math.max(ln, section) + 2;
            if (under || opens) {
              settle();
              section = mark.n;
              lastDecimal = [mark.n, mark.m];
              lastThird = mark.k;
              start(mark.printed, block.body);
              accepted = true;
            }
          } else if (mark.m === 0) {
            if (mark.n > section && mark.n <= section + 2) {
              settle();
              section = mark.n;
              lastDecimal = [mark.n, 0];
              sectionTitle(mark.printed, block.body);
              accepted = true;
            }
          } else if ((mark.n > ln || (mark.n === ln && mark.m > lm)) && mark.n <= Math.max(ln, section) + 2) {
            settle();
            section = mark.n;
            lastDecimal = [mark.n, mark.m];
            lastThird = 0;
            // "2.1 Quarterly assurance" over "2.1.1 …": a heading, and a clause only if text of its own follows.
            const nextBlock = blocks[i + 1];
            const next = nextBlock?.mark;
            const titled = isTitle(block.body) && !/[.]$/.test(block.body);
            if (
              (titled && next?.type === "decimal" && next.k === 1) ||
              // "2.3 Papers" with its text on the next line: the heading of that text.
              (titled && isShortHeading(block.body) && nextBlock && !next && !nextBlock.titleLike && !nextBlock.table)
            )
              sectionTitle(mark.printed, block.body);
            else start(mark.printed, block.body);
            accepted = true;
          }
          break;
        }
        case "bare": {
          if (!mark.dot && !/^[A-Z]/.test(block.body)) break;
          if (decimalPart) {
            const next = section === 0 ? mark.n <= 2 : mark.n === section + 1;
            if (next && isTitle(block.body)) {
              settle();
              section = mark.n;
              lastDecimal = [mark.n, 0];
              sectionTitle(mark.printed, block.body);
              accepted = true;
            }
          } else {
            const next = lastBare === 0 ? mark.n <= 2 : mark.n > lastBare && mark.n <= lastBare + 3;
            if (next && /^[A-Z‘'"“(]/.test(block.body)) {
              settle();
              lastBare = mark.n;
              const itemsNext = blocks[i + 1]?.mark?.type === "lower";
              if (isTitle(block.body) && !/[.]$/.test(block.body) && (itemsNext || !upcomingIsClause(blocks, i))) {
                sectionTitle(mark.printed, block.body);
              } else {
                start(mark.printed, block.body);
              }
              accepted = true;
            }
          }
          break;
        }
        case "lower": {
          const p = parent as Draft | null;
          // (i), (ii), (iii): roman items, when (i) opens the list (not the letter after (h)).
          const roman =
            p !== null && (p.nextRoman ? mark.letter === p.nextRoman : mark.letter === "i" && p.nextLetter === "a");
          if (p && p.kind !== "appendix" && (mark.letter === p.nextLetter || roman)) {
            if (roman) {
              p.nextRoman = nextRoman(mark.letter);
              p.nextLetter = "";
            } else p.nextLetter = String.fromCharCode(mark.letter.charCodeAt(0) + 1);
            const d: Draft = {
              ref: `${p.ref}(${mark.letter})`,
              heading: p.heading,
              lines: [block.body],
              kind: "clause",
              nextLetter: "a",
            };
            drafts.push(d);
            item = d;
            current = d;
            accepted = true;
          }
          break;
        }
        case "upper": {
          const expected = lastUpper === "" ? "A" : String.fromCharCode(lastUpper.charCodeAt(0) + 1);
          if (mark.letter === expected && isTitle(block.body)) {
            settle();
            lastUpper = mark.letter;
            sectionTitle(mark.printed, block.body);
            accepted = true;
          }
          break;
        }
        case "alnum": {
          const last = lastAlnum.get(mark.prefix) ?? 0;
          const fits = last === 0 ? mark.n <= 2 : mark.n > last && mark.n <= last + 3;
          if (fits && (lastUpper === "" || mark.prefix === lastUpper || mark.prefix.length === 2)) {
            settle();
            lastAlnum.set(mark.prefix, mark.n);
            start(mark.printed, block.body);
            accepted = true;
          }
          break;
        }
        case "named": {
          const last = lastNamed.get(mark.word) ?? 0;
          if (mark.n > last) {
            settle();
            lastNamed.set(mark.word, mark.n);
            const d = start(mark.printed, block.body);
            if (mark.word === "Table") d.kind = "table";
            accepted = true;
          }
          break;
        }
        case "appendix":
          break;
      }
    }
    if (accepted) continue;

    const body = mark ? reprint(block) : block.body;
    if (block.table) {
      const rows = rowClauses(block.table);
      const owner = (parent as Draft | null) ?? current;
      if (rows) {
        settle();
        for (const row of rows) drafts.push({ ...row, heading, kind: "table", nextLetter: "a" });
        current = null;
        parent = null;
        item = null;
      } else if (owner && owner.kind !== "appendix") {
        owner.kind = "table";
        owner.lines.push(...block.table.map((r) => r.join(" | ")));
        if (pendingTitle === owner) pendingTitle = null;
      } else {
        tables += 1;
        const d = start(`Table ${tables}`, "", "table");
        d.lines.push(...block.table.map((r) => r.join(" | ")));
      }
      continue;
    }
    if (block.titleLike && upcoming(i)) {
      settle();
      heading = block.body;
      current = null;
      parent = null;
      item = null;
      continue;
    }
    if (block.titleLike && current === null) {
      heading = block.body;
      continue;
    }
    const line = block.bullet ? `- ${body}` : body;
    const target: Draft | null = item && (block.bullet || /^[a-z]/.test(body)) ? item : (parent ?? current);
    if (!target) continue; // the title page and preamble before the first clause
    if (item && target !== item) item = null;
    target.lines.push(line);
  }
  settle();
  return drafts.map((d) => ({ ref: d.ref, heading: d.heading, text: d.lines.join("\n").trim(), kind: d.kind }));
}

const REF_CELL = /^(?:[A-Z]{1,2}\d{1,3}|\d{1,3}(?:\.\d{1,2})?)[a-z]?\.?$/;
const REF_HEADER = /^(?:ref\.?|reference|no\.?|number|#|item|clause|para(?:graph)?)$/i;

/**
 * A table whose first column holds references ("Ref | Duty | Owner", rows T1, T2, ...): each row is
 * a clause of its own, its ref as printed in that column and its text the other cells, each labelled
 * with its column's heading ("Owner: BSCP") when the table has a heading row.
 */
function rowClauses(table: string[][]): { ref: string; lines: string[] }[] | null {
  if (table.length === 0) return null;
  const first = table[0]!;
  const header = REF_HEADER.test(first[0] ?? "") || !REF_CELL.test(first[0] ?? "") ? first : null;
  const rows = header ? table.slice(1) : table;
  if (rows.length === 0 || !rows.every((r) => REF_CELL.test(r[0] ?? "") && r.length >= 2)) return null;
  if (new Set(rows.map((r) => r[0])).size !== rows.length) return null;
  if (!header && rows.length < 2) return null;
  return rows.map((r) => ({
    ref: r[0]!.replace(/\.$/, ""),
    lines: r.slice(1).map((cell, i) => {
      const label = header?.[i + 1];
      return label ? `${label}: ${cell}` : cell;
    }),
  }));
}

/** The line before was only a number and a heading ("3. Annual reports"), and this one starts its text or first item. */
function isHeadingLine(
  open: { block: Block; lines: number } | null,
  blankBefore: boolean,
  marked: boolean,
  line: string,
): boolean {
  if (!open || open.lines !== 1 || blankBefore) return false;
  const type = open.block.mark?.type;
  if (!type || type === "lower" || type === "appendix") return false;
  return (marked || /^[A-Z‘'"“]/.test(line)) && isShortHeading(open.block.body);
}

/** A heading's words: short, capitalised, no sentence punctuation, not ending on a word that runs on. */
function isShortHeading(body: string): boolean {
  const b = body.trim();
  return (
    b.length > 0 &&
    b.length <= 60 &&
    wordCount(b) <= 8 &&
    /^[A-Z‘'"“]/.test(b) &&
    !/[.;:,!?]$/.test(b) &&
    !/\b(?:the|of|and|or|for|to|a|an|in|on|with|by|its|their|will|shall|must|should|may|is|are|be)$/i.test(b)
  );
}

function upcomingIsClause(blocks: Block[], i: number): boolean {
  const next = blocks[i + 1];
  return !next || next.mark !== null || next.titleLike;
}

/** A block whose mark did not fit the numbering: its mark goes back into the text. */
function reprint(block: Block): string {
  const m = block.mark!;
  const label =
    m.type === "lower"
      ? `(${m.letter})`
      : m.type === "appendix"
        ? `${m.word} ${m.id}`
        : m.type === "bare"
          ? `${m.printed}${m.dot ? "." : ""}`
          : m.printed;
  return `${label} ${block.body}`.trim();
}
