/**
 * A clause's text cut into runs to highlight (issue 12's review page): the words behind a proposal
 * (level 2) inside the sentence it came from (level 1). Each phrase is marked wherever it occurs
 * exactly; phrases that do not occur (text edited since) are skipped.
 */
export interface Run {
  text: string;
  level: 0 | 1 | 2;
}

export function highlightRuns(text: string, phrases: { quote: string[]; words: string[] }): Run[] {
  const level = new Uint8Array(text.length);
  const mark = (phrase: string, value: 1 | 2) => {
    const p = phrase.trim();
    if (!p) return;
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + p.length))
      for (let i = at; i < at + p.length; i++) if (level[i]! < value) level[i] = value;
  };
  for (const q of phrases.quote) mark(q, 1);
  for (const w of phrases.words) mark(w, 2);
  const runs: Run[] = [];
  for (let i = 0; i < text.length;) {
    const l = level[i]! as Run["level"];
    let j = i + 1;
    while (j < text.length && level[j] === l) j++;
    runs.push({ text: text.slice(i, j), level: l });
    i = j;
  }
  return runs;
}
