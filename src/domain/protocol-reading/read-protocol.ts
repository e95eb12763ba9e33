import * as chrono from "chrono-node";
import { splitClauses } from "./clauses";
import { proposeDuties } from "./duties";
import { findParties } from "./parties";
import type { ProtocolReading } from "./types";

/**
 * A protocol's text read into draft rules (issue 12): its title, the date it says it was agreed,
 * its clauses, the bodies it names, and the duties, membership rules, descriptive clauses and gaps
 * proposed from them. Deterministic and offline: the same text always reads the same way.
 */
export function readProtocol(text: string): ProtocolReading {
  const clauses = splitClauses(text);
  const parties = findParties(text, clauses);
  const agreedOn = agreedOnOf(text);
  const proposals = proposeDuties(clauses, parties, { agreedOn });
  return {
    title: titleOf(
      text,
      clauses.map((c) => c.text),
    ),
    agreedOn,
    parties,
    clauses,
    ...proposals,
  };
}

/** The first substantial line before the first clause: a protocol's name comes first. */
export function titleOf(text: string, clauseTexts: readonly string[]): string | null {
  const firstClause = clauseTexts[0]?.slice(0, 40);
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (!line) continue;
    if (firstClause && line.includes(firstClause)) break;
    // A numbered line is a clause or its heading ("1. Purpose"), never the title.
    if (/^(?:[-•]\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s/.test(line)) break;
    if (/^(page \d+|\d+|draft|official|confidential|appendix\b.*)$/i.test(line)) continue;
    if (line.length >= 3 && /[a-z]/i.test(line)) lines.push(line);
    if (lines.length >= 12) break;
  }
  // The line that says what the document is ("Joint Working Agreement", "Memorandum of Understanding"),
  // if one of the first lines does; a letterhead ("LOAMSHIRE PARTNERSHIP BOARDS") comes before it.
  const isName = (l: string) =>
    /\b(protocol|agreement|memorand(?:um|a)|understanding|terms of reference|arrangements|concordat|compact|charter|framework)\b/i.test(
      l,
    );
  let at = lines.findIndex((l) => isName(l) && l.length >= 8);
  if (at < 0) at = lines.findIndex((l) => l.length >= 8);
  if (at < 0) return null;
  // A title set over several lines ("PROTOCOL ON THE WORKING ARRANGEMENTS BETWEEN THE" / "KENT HEALTH …"):
  // carried on while a line ends on a word that needs more, or the title is in capitals line after line.
  let title = lines[at]!;
  const caps = (l: string) => l === l.toUpperCase();
  for (let k = at + 1; k < lines.length && k <= at + 6; k++) {
    const next = lines[k]!;
    if (/^[A-Z][A-Za-z ]{1,30}:/.test(next)) break; // "WARDS: Borough wide": the next label of a form
    const runsOn = /(?:\b(?:the|and|of|between|for|with|to|on|in|&)|,)$/i.test(title);
    if (!runsOn && !(caps(title) && caps(next) && next.length <= 80)) break;
    if (title.length + next.length > 240) break;
    title = `${title} ${next}`;
  }
  title = title.replace(/^(?:subject|title|re|document)\s*:\s*/i, "").replace(/[,;:]$/, "");
  return title.length > 200 ? `${title.slice(0, 199).replace(/\s+\S*$/, "")}…` : title;
}

const AGREED =
  /\b(?:agreed|signed|approved|adopted|endorsed|ratified|effective|date of (?:agreement|signature|approval))\b[^.\n]{0,60}/gi;

/** "Agreed by the Board on 14 March 2025", "Date of signature: 1 May 2025": the date, as YYYY-MM-DD. */
export function agreedOnOf(text: string): string | null {
  for (const match of text.matchAll(AGREED)) {
    const found = chrono.en.GB.parse(match[0], new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
    const date = found.find((r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"));
    if (date) {
      const y = date.start.get("year")!;
      const m = date.start.get("month")!;
      const d = date.start.get("day")!;
      return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}
