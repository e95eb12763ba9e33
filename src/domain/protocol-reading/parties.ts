import type { ClauseDraft, PartyFound } from "./types";

/**
 * Finding the bodies a protocol names (issue 12, point 3): boards, posts and organisations, with the
 * short forms the text defines for them ("the Barsetshire Health and Wellbeing Board (HWB)",
 * `("the SAB")`, "hereafter the Board"). A body counts when it is defined with a short form, or when
 * its name is a run of capitalised words ending in a word that names a body (Board, Partnership,
 * Trust, Network, Panel, Council, Police, ...), or when it is a post ("Director of ...", "Chief
 * Executive", "Lead Member for ..."). Plurals ("the Safeguarding Boards") name kinds of body, not
 * bodies, and are left out; so are chairs, which are capacities on a board, not posts of their own.
 */

const HEADS = [
  "Board",
  "Partnership",
  "Trust",
  "Network",
  "Panel",
  "Forum",
  "Committee",
  "Council",
  "Police",
  "Constabulary",
  "Group",
  "Service",
  "Executive",
];
const CONNECTORS = new Set(["and", "&", "of", "for", "the"]);
const STOP_BEFORE_AND = new Set(HEADS.map((h) => h.toLowerCase()));

const POST =
  /\b(Director|Chief Executive|Lead Member|Portfolio Holder|Leader|Commissioner|Scrutineer|Officer|Head of)\b/i;
const ORGANISATION =
  /\b(Council|NHS|Police|Constabulary|Integrated Care Board|ICB|Commissioning Group|CCG|Fire and Rescue|Probation|Authority)\b/i;
const BOARD = /\b(Board|Partnership|Trust|Network|Panel|Forum|Committee|Group)\b/i;

/** Kind from the name alone: posts first (a "Director of ..."), then organisations, then boards. */
export function partyKind(name: string): PartyFound["kind"] {
  if (POST.test(name)) return "post";
  if (ORGANISATION.test(name)) return "organisation";
  if (BOARD.test(name)) return "board";
  return "organisation";
}

/** An acronym from a name: initials of its words, whole for words already in capitals ("NHS England" → NHSE). */
export function acronymOf(name: string): string {
  const inCapitals = name === name.toUpperCase();
  return words(name)
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => (!inCapitals && /^[A-Z]{2,5}$/.test(w) ? w : (w[0] ?? "").toUpperCase()))
    .join("");
}

function words(s: string): string[] {
  return s.split(/[\s,]+/).filter(Boolean);
}

const NOT_IN_NAMES =
  /^(the|this|that|in|between|both|each|where|its|it|protocol|memorandum|agreement|report|to|with|by|from|on|at|under|signed|chair|chairs)$/i;
const isCapitalised = (w: string) => /^[A-Z][\w’'&-]*$/.test(w) || w === "&";

interface Candidate {
  name: string;
  short: string | null;
  /** Where the words to quote start and end in the scanned text. */
  quote: [number, number];
  at: number;
}

/** The run of capitalised words (with and, of, for, &) that ends just before `end` in `text`. */
function nameEndingAt(text: string, end: number): string | null {
  const before = text.slice(Math.max(0, end - 160), end);
  const tokens = before.split(/(\s+)/);
  const taken: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tok = tokens[i]!;
    if (/\n\s*\n/.test(tok)) break;
    // A line in capitals above a name in ordinary case is a title, not part of the name.
    if (/\n/.test(tok) && taken.length > 0 && taken[0] !== taken[0]!.toUpperCase()) {
      const above = tokens
        .slice(0, i)
        .reverse()
        .find((t) => t.trim() !== "");
      if (above && /[A-Z]{2}/.test(above) && above === above.toUpperCase()) break;
    }
    if (/^\s+$/.test(tok) || tok === "") continue;
    const bare = tok.replace(/^[("“‘'[]+/, "");
    const lower = bare.toLowerCase();
    if (taken.length > 0 && /[,;:.)”"]$/.test(tok)) break;
    if (CONNECTORS.has(lower)) {
      const previous = taken[0];
      if (lower === "the") break;
      if (!previous) break;
      if (lower === "and" || lower === "&") {
        const next = tokens
          .slice(0, i)
          .reverse()
          .find((t) => t.trim() !== "");
        if (!next || /[,;:.)]$/.test(next)) break;
        const word = next.replace(/[’']s$/, "").toLowerCase();
        const inCapitals = bare === bare.toUpperCase();
        if ((/^[A-Z]{2,}$/.test(next) && !inCapitals) || STOP_BEFORE_AND.has(word)) break;
      }
      taken.unshift(bare);
      continue;
    }
    if (!isCapitalised(bare) || NOT_IN_NAMES.test(bare)) break;
    taken.unshift(bare);
    if (bare !== tok) break;
  }
  while (taken.length > 0 && CONNECTORS.has(taken[0]!.toLowerCase())) taken.shift();
  return taken.length > 0 ? taken.join(" ") : null;
}

function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 160 && !/[.;:\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 160 && !/[.;\n]/.test(text[to]!)) to++;
  if (from > 0 && !/[.;:\n]/.test(text[from - 1]!)) from = text.indexOf(" ", from) + 1 || from;
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}

const DEFINED_IN_BRACKETS =
  /\(\s*(?:the\s+)?["“‘']?(?:the\s+)?([A-Z][A-Za-z&]{1,9}|Board|Partnership|Trust|Network|Panel)["”’']?\s*\)/g;
const DEFINED_HEREAFTER =
  /\b(?:hereafter|hereinafter)\s+(?:referred\s+to\s+as\s+|called\s+)?["“]?(?:the\s+)?["“]?([A-Z][A-Za-z]{1,20})["”]?\)?/g;

function definitions(text: string): Candidate[] {
  const found: Candidate[] = [];
  const matches = [...text.matchAll(DEFINED_IN_BRACKETS), ...text.matchAll(DEFINED_HEREAFTER)];
  for (const m of matches) {
    const form = m[1]!;
    const isAcronym = (form.match(/[A-Z]/g) ?? []).length >= 2;
    if (!isAcronym && !/^(Board|Partnership|Trust|Network|Panel|Council)$/.test(form)) continue;
    // "the X Board, hereafter the Board" and "the X Board (hereafter the Board)": the name ends before.
    const end = m[0].startsWith("(")
      ? m.index
      : m.index - (/[,(]\s*$/.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0].length ?? 0);
    const name = nameEndingAt(text, end);
    if (!name || !looksLikeBody(name)) continue;
    found.push({ name, short: form, quote: [end - name.length, m.index + m[0].length], at: m.index });
  }
  return found;
}

function looksLikeBody(name: string): boolean {
  const last = words(name).at(-1) ?? "";
  if (/s$/.test(last) && HEADS.some((h) => `${h}s`.toLowerCase() === last.toLowerCase())) return false;
  return HEADS.some((h) => h.toLowerCase() === last.toLowerCase()) || POST.test(name) || /^NHS\b/.test(name);
}

const POST_NAMES =
  /\b(?:(?:Strategic |Corporate |Executive )?Director (?:of|for) (?:[A-Z][\w’']*(?: (?:and|&) | ))*[A-Z][\w’']*|Chief Executive|Leader of the Council|Lead Member(?: for (?:[A-Z][\w’']*(?: (?:and|&) | ))*[A-Z][\w’']*)?|Portfolio Holder for (?:[A-Z][\w’']*(?: (?:and|&) | ))*[A-Z][\w’']*|Police and Crime Commissioner|Independent Scrutineer)/g;

/**
 * "Cross Board scrutiny", "the Senior Board": a two-word name whose first word the text also uses in
 * lower case is an ordinary phrase, not a body's name ("Kent Police", "Medway Council" are kept).
 */
function isCommonWord(lowerWords: ReadonlySet<string>, word: string): boolean {
  return /^[A-Z][a-z]+$/.test(word) && lowerWords.has(word.toLowerCase());
}

function namedBodies(text: string): Candidate[] {
  const found: Candidate[] = [];
  const lowerWords = new Set(text.match(/\b[a-z]+\b/g) ?? []);
  const alternatives = [...HEADS, ...HEADS.map((h) => h.toUpperCase())].join("|");
  // Not a head when the name goes on ("Partnership Board") or names kinds ("PARTNERSHIP BOARDS").
  const heads = new RegExp(`\\b(${alternatives})\\b(?![’']s\\b)(?!\\s+[A-Z][a-z])(?!\\s+(?:${alternatives})S\\b)`, "g");
  for (const m of text.matchAll(heads)) {
    const head = m[1]!;
    if (/^executive$/i.test(head)) continue;
    const end = m.index + head.length;
    let name = nameEndingAt(text, end);
    // "the Chief Executive of Wyvernshire County Council": the post is found below; this is the council.
    if (name && POST.test(name)) name = name.replace(/^.*\s(?:of|for)\s/, "");
    if (!name || words(name).length < 2) continue;
    // A body that is the subject of a duty ("The Executive Group shall meet") is a party, whatever its words.
    const hasDuty = /^\s+(?:shall|will|must|should|is required to|agrees to)\b/i.test(text.slice(end, end + 24));
    if (words(name).length === 2 && isCommonWord(lowerWords, words(name)[0]!) && !hasDuty) continue;
    // "Group" names many working groups in passing; it is a party when it has a duty.
    if (/^group$/i.test(head) && !/Commissioning Group$/i.test(name) && !hasDuty) continue;
    if (head === "Service" && !/(Rescue|Probation|Ambulance) Service$/i.test(name)) continue;
    found.push({ name, short: null, quote: [end - name.length, end], at: m.index });
  }
  for (const m of text.matchAll(/\bNHS(?: [A-Z][a-z]+)+/g)) {
    if (/\b(Board|Trust|Group)$/.test(m[0])) continue;
    found.push({ name: m[0], short: null, quote: [m.index, m.index + m[0].length], at: m.index });
  }
  for (const m of text.matchAll(POST_NAMES)) {
    const name = m[0].replace(/\s(?:and|&)\s(?:Director|Chief|Lead|Portfolio|Leader)\b.*$/, "");
    found.push({ name, short: null, quote: [m.index, m.index + m[0].length], at: m.index });
  }
  return found;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const normalised = new Map<string, string>();

/** Lower case, "&" as "and", no possessives, punctuation, "the" or plural endings. */
function normalise(name: string, drop: ReadonlySet<string> = NO_WORDS): string {
  if (drop !== NO_WORDS) return normaliseUncached(name, drop);
  let n = normalised.get(name);
  if (n === undefined) {
    if (normalised.size > 5000) normalised.clear();
    n = normaliseUncached(name, drop);
    normalised.set(name, n);
  }
  return n;
}

function normaliseUncached(name: string, drop: ReadonlySet<string>): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[’']s\b/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !["the", "and", "of", "for", "local"].includes(w) && !drop.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
}

const pickName = (a: string, b: string) => (a === a.toUpperCase() && b !== b.toUpperCase() ? b : a);

/**
 * The parties a protocol names, de-duplicated: a body named several ways ("the Kent Health and
 * Wellbeing Board (HWB)", "the Health and Wellbeing Board") is one party with the others as aliases.
 * A capitals-only word that is a defined key with its letters swapped ("KCSB" for KSCB) is taken as
 * that party, and kept among its aliases so a reviewer sees the typo was read.
 */
export function findParties(text: string, clauses: ClauseDraft[]): PartyFound[] {
  const scan = scanText(text, clauses);
  const candidates = [...definitions(scan), ...namedBodies(scan)].sort((a, b) => a.at - b.at);

  interface Group {
    name: string;
    keyForm: string | null;
    aliases: Set<string>;
    quote: [number, number];
    defined: boolean;
  }
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const byShort = new Map<string, Group>();

  for (const c of candidates) {
    const n = normalise(c.name);
    const acronymShort = c.short && (c.short.match(/[A-Z]/g) ?? []).length >= 2 ? c.short : null;
    let g = byName.get(n) ?? (acronymShort ? byShort.get(acronymShort) : undefined);
    if (!g) {
      g = { name: c.name, keyForm: null, aliases: new Set(), quote: c.quote, defined: false };
      groups.push(g);
    } else if (g.name !== c.name) {
      g.aliases.add(c.name);
      g.name = pickName(g.name, c.name);
    }
    byName.set(n, g);
    if (c.short) {
      if (acronymShort) {
        if (!g.keyForm) g.keyForm = acronymShort;
        byShort.set(acronymShort, g);
        if (!g.defined) g.quote = c.quote;
        g.defined = true;
      }
      g.aliases.add(acronymShort ?? `the ${c.short}`);
    }
  }

  // A shorter name that is the end of exactly one longer one, with one word (a place) more.
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.defined) continue;
    const n = normalise(g.name).split(" ");
    const hosts = groups.filter((h) => {
      if (h === g || merged.has(h)) return false;
      const hn = normalise(h.name).split(" ");
      return hn.length === n.length + 1 && hn.slice(1).join(" ") === n.join(" ");
    });
    if (hosts.length === 1) {
      const host = hosts[0]!;
      host.aliases.add(g.name);
      for (const a of g.aliases) host.aliases.add(a);
      merged.add(g);
    }
  }
  // A post named shortly and in full ("the Lead Member", "the Lead Member for Children's Services").
  for (const g of groups) {
    if (g.defined || merged.has(g) || partyKind(g.name) !== "post") continue;
    const n = normalise(g.name);
    const hosts = groups
      .filter((h) => h !== g && !merged.has(h) && partyKind(h.name) === "post")
      .filter((h) => normalise(h.name).startsWith(`${n} `))
      .sort((a, b) => normalise(b.name).length - normalise(a.name).length);
    const longest = hosts[0];
    if (longest && hosts.every((h) => normalise(longest.name).startsWith(normalise(h.name)))) {
      longest.aliases.add(g.name);
      for (const a of g.aliases) longest.aliases.add(a);
      merged.add(g);
    }
  }
  const kept = groups.filter((g) => !merged.has(g));

  // Typos: capitals-only words, not defined, with the letters of exactly one defined key.
  const keys = kept.filter((g) => g.keyForm);
  const sorted = (s: string) => [...s].sort().join("");
  for (const m of scan.matchAll(/\b[A-Z]{3,6}\b/g)) {
    const w = m[0];
    if (keys.some((g) => g.keyForm === w || g.aliases.has(w))) continue;
    const hosts = keys.filter((g) => sorted(g.keyForm!) === sorted(w));
    if (hosts.length === 1) hosts[0]!.aliases.add(w);
  }

  const usedKeys = new Set<string>();
  return kept.map((g) => {
    const base = g.keyForm ?? acronymOf(g.name);
    let key = base;
    for (let i = 2; usedKeys.has(key); i++) key = `${base}${i}`;
    usedKeys.add(key);
    const aliases = [...g.aliases].filter((a) => a !== g.name && a !== key);
    return { key, name: g.name, aliases, kind: partyKind(g.name), quote: quoteAround(scan, ...g.quote) };
  });
}

/** The clauses' text and whatever comes before the first clause (title pages often define the parties). */
function scanText(text: string, clauses: ClauseDraft[]): string {
  const first = clauses[0];
  if (!first) return text;
  const probe = first.text.slice(0, 40);
  const at = probe ? text.indexOf(probe.split(/\s+/).slice(0, 4).join(" ")) : -1;
  const preamble = at > 0 ? text.slice(0, at) : "";
  return [preamble, ...clauses.map((c) => (c.heading ? `${c.heading}.\n${c.text}` : c.text))].join("\n\n");
}

// ---------------------------------------------------------------------------------------------

export interface KnownParties {
  boards: { id: string; key: string; name: string; acronym: string }[];
  posts: { id: string; key: string; title: string }[];
  organisations: { id: string; slug: string; name: string }[];
}

export interface PartyMatch {
  party: PartyFound;
  /** null: no such body yet, so offer to create it. */
  match: { kind: PartyFound["kind"]; id: string; by: "key" | "name" | "typo" } | null;
}

/** Words that start two or more names (the area's name: "Knowsley", "Kent") and so tell nothing apart. */
function placeWords(names: string[]): Set<string> {
  const generic =
    /^(health|safeguarding|children|childrens|adult|adults|joint|independent|director|chief|nhs|strategic|community|public|integrated|clinical|lead|portfolio)$/;
  const counts = new Map<string, number>();
  for (const n of names) {
    const first = normalise(n).split(" ")[0];
    if (first && !generic.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, c]) => c >= 2).map(([w]) => w));
}

/**
 * Each party found, matched to the area's boards, posts and organisations: by key or acronym first
 * (any of the party's short forms), then by name with "the", "Local", the area's name and punctuation
 * ignored, then by a key whose letters are the same but swapped (a typo in the text).
 */
export function matchParties(found: PartyFound[], known: KnownParties): PartyMatch[] {
  type Entry = { kind: PartyFound["kind"]; id: string; keys: string[]; name: string };
  const entries: Entry[] = [
    ...known.boards.map((b) => ({ kind: "board" as const, id: b.id, keys: [b.key, b.acronym], name: b.name })),
    ...known.posts.map((p) => ({ kind: "post" as const, id: p.id, keys: [p.key], name: p.title })),
    ...known.organisations.map((o) => ({ kind: "organisation" as const, id: o.id, keys: [], name: o.name })),
  ];
  const places = placeWords([...entries.map((e) => e.name), ...found.map((p) => p.name)]);
  const byKind = (p: PartyFound, list: Entry[]) => {
    const same = list.filter((e) => e.kind === p.kind);
    return same.length > 0 ? same : list;
  };
  const upper = (s: string) => s.toUpperCase();
  const sorted = (s: string) => [...upper(s)].sort().join("");

  return found.map((party) => {
    const forms = [party.key, ...party.aliases.filter((a) => /^[A-Z&]{2,}$/.test(a))].map(upper);
    const byKey = entries.filter((e) => e.keys.some((k) => k && forms.includes(upper(k))));
    if (byKey.length > 0) {
      const e = byKind(party, byKey)[0]!;
      return { party, match: { kind: e.kind, id: e.id, by: "key" as const } };
    }
    const names = [party.name, ...party.aliases.filter((a) => !/^[A-Z&]{2,}$/.test(a))].map((n) =>
      normalise(n, places),
    );
    const byName = entries.filter((e) => names.includes(normalise(e.name, places)));
    if (byName.length > 0) {
      const e = byKind(party, byName)[0]!;
      return { party, match: { kind: e.kind, id: e.id, by: "name" as const } };
    }
    const byTypo = entries.filter((e) =>
      e.keys.some((k) => k.length >= 3 && forms.some((f) => sorted(f) === sorted(k))),
    );
    if (byTypo.length === 1) {
      const e = byTypo[0]!;
      return { party, match: { kind: e.kind, id: e.id, by: "typo" as const } };
    }
    return { party, match: null };
  });
}
