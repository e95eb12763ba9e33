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
    if (/^(page \d+|\d+|draft|official|confidential|appendix\b.*)$/i.test(line)) continue;
    if (line.length >= 8 && line.length <= 200 && /[a-z]/i.test(line)) lines.push(line);
    if (lines.length >= 8) break;
  }
  // The line that says what the document is ("Joint Working Agreement", "Memorandum of Understanding"),
  // if one of the first lines does; a letterhead ("LOAMSHIRE PARTNERSHIP BOARDS") comes before it.
  const named = lines.find((l) =>
    /\b(protocol|agreement|memorand(?:um|a)|understanding|terms of reference|arrangements|concordat|compact|charter|framework)\b/i.test(
      l,
    ),
  );
  return named ?? lines[0] ?? null;
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
