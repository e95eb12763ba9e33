import nlp from "compromise";
import type { CadenceInput } from "@/lib/schemas/cadence";
import type { ObligationKind } from "@/lib/schemas/vocabulary";
import { readTiming, type TimingFound } from "./timing";
import type {
  Because,
  ClauseDraft,
  PartyFound,
  ProposedDuty,
  ProposedMembershipRule,
  ProtocolGap,
  ProtocolReading,
} from "./types";

/**
 * Proposing duties, membership rules, descriptive clauses and gaps from a protocol's clauses (issue 12,
 * points 4 and 5). A small clause grammar, not a model: a sentence holds an obligation where a party
 * (or a word standing for one: "it", "the Boards", "each body") is the subject of a modal ("will",
 * "must", "should", "may", "is responsible for", "agrees to"...). A list item inherits the subject and
 * modal of the sentence that introduces it ("The HWB will:"). The duty's kind comes from its verbs, its
 * recipient from "to/with <party>", its cadence from timing.ts. Every part names its words.
 */

type Modality = ProposedDuty["modality"];

export interface ProposeOptions {
  /** The date the protocol was agreed or signed, for timings counted from it. */
  agreedOn?: string | null;
}

/** Modal phrases, each with the modality it states (shall is read as must). */
const MODALS: [RegExp, Modality][] = [
  [
    /\b(?:is|are) required to\b|\b(?:has|have) (?:a |the )?(?:statutory |legal )?(?:duty|obligation) to\b|\bmust\b|\bshall\b/i,
    "must",
  ],
  [/\bshould\b|\bought to\b|\b(?:is|are) expected to\b/i, "should"],
  [/\bmay\b(?! (?:need|be|have|not)\b)|\bcan\b(?! (?:be|also be|not|only)\b)/i, "may"],
  [
    /\bwill\b|\b(?:is|are) to\b|\b(?:is|are) (?:also )?(?:responsible|accountable) for\b|\b(?:has|have) (?:the |a )?(?:\w+ )?responsibility (?:for|to)\b|\bagrees? (?:to|that)\b|\bundertakes? to\b|\bcommits? to\b|\b(?:has|have) (?:a |an )?(?:shared |joint |clear )?commitment to\b|\btakes? (?:the |overall |the overall |lead |the lead )?responsibility for\b/i,
    "will",
  ],
];
const MODAL_ANY = new RegExp(MODALS.map(([r]) => r.source).join("|"), "gi");

function modalityOf(words: string): Modality {
  for (const [r, m] of MODALS) if (r.test(words)) return m;
  return "will";
}

const verb = (stem: string, forms = "(?:s|es|ed|d|ing)?") => `${stem}${forms}`;

/** Duty verbs and the kind of obligation each states, most specific first. */
const KIND_WORDS: [ObligationKind, RegExp][] = [
  ["attendance", new RegExp(`\\b${verb("attend")}\\b`, "i")],
  ["consultation", new RegExp(`\\b(?:${verb("consult")}|consultation)\\b`, "i")],
  [
    "meeting",
    new RegExp(
      `\\b(?:meet|meets|meeting with|${verb("convene")}|hold (?:a |an )?(?:\\w+ ){0,2}(?:meeting|event|session)s?|meetings?\\b.{0,80}\\btake place)\\b`,
      "i",
    ),
  ],
  [
    "report",
    new RegExp(
      `\\b(?:${verb("present")}|${verb("report")}|${verb("submit", "(?:s|ted|ting)?")}|${verb("publish")}|annual reports?|progress reports?)\\b`,
      "i",
    ),
  ],
  [
    "escalation",
    new RegExp(
      `\\b(?:${verb("escalate")}|${verb("challenge")}|raise (?:any )?(?:\\w+ )?concerns?|${verb("refer", "(?:s|red|ring)?")})\\b`,
      "i",
    ),
  ],
  [
    "review",
    new RegExp(
      `\\b(?:${verb("review")}|${verb("scrutinise")}|${verb("scrutinize")}|${verb("evaluate")}|${verb("monitor")}|${verb("audit")}|hold (?:\\w+ ){1,4}to account|${verb("assess")})\\b`,
      "i",
    ),
  ],
  [
    "information-sharing",
    new RegExp(
      `\\b(?:${verb("share")}|${verb("exchange")}|${verb("inform")}|${verb("circulate")}|${verb("disseminate")}|${verb("cascade")}|${verb("notify", "(?:ies|ied|ying)?")}|${verb("update")}|${verb("communicate")}|${verb("receive")}|fed|${verb("feed", "(?:s|ing)?")}|${verb("send", "(?:s|ing)?")}|sent|(?:provide|supply|give)s? (?:\\w+ ){0,3}(?:information|data|feedback|minutes))\\b`,
      "i",
    ),
  ],
  [
    "plan",
    new RegExp(
      `\\b(?:(?:${verb("produce")}|${verb("prepare")}|${verb("develop")}|${verb("agree")}|${verb("draft")}|${verb("refresh")}|${verb("formulate")}|${verb("consider")}|development of|production of|preparation of) (?:\\w+ ){0,6}(?:plans?|strateg(?:y|ies)|assessments?|JSNA|JHWS|programmes?|priorities|resources)|contribut(?:e|es|ing) to the (?:development|production|review) of)\\b`,
      "i",
    ),
  ],
];

/** Documents (keys of the reference documentTypes) and the names protocols give them. */
const DOCUMENTS: [string, RegExp][] = [
  ["pharmaceutical-needs-assessment", /\bpharmaceutical needs assessments?\b|\bPNA\b/i],
  ["jsna", /\bjoint strategic needs assessments?\b|\bJSNA\b/i],
  ["jhws", /\b(?:joint )?health (?:and|&) well-?being strateg(?:y|ies)\b|\bJHWS\b|\bJHWBS\b/i],
  ["cypp", /\bchildren (?:and|&) young people[’']?s plan\b|\bCYPP\b/i],
  ["dph-annual-report", /\bdirector of public health[’']?s annual report\b|\bDPH annual report\b/i],
  ["early-help-report", /\bearly help (?:effectiveness )?report\b/i],
  ["annual-report", /\bannual reports?\b/i],
  ["business-plan", /\bbusiness plans?\b/i],
  ["commissioning-plan", /\bcommissioning (?:plans?|intentions|strateg(?:y|ies))\b/i],
  ["strategic-plan", /\bstrategic plans?\b/i],
  ["scrutiny-programme", /\bscrutiny programme\b/i],
  ["policies-and-procedures", /\bpolicies (?:and|&) procedures\b/i],
  ["memorandum-of-understanding", /\bmemorand(?:um|a) of understanding\b|\bMoU\b/],
  ["performance-data", /\bperformance (?:information|data|reports?)\b/i],
  ["minutes", /\bminutes\b/i],
  ["protocol", /\b(?:this|the) (?:protocol|agreement)\b/i],
];

/** A subject that points back to a document or finding named before: "This report", "The findings from this". */
const ANAPHORA =
  /^\s*(?:this|these|the|such|that)\s+(?:\w+\s+){0,2}(?:report|reports|information|data|minutes|assessment|plan|findings|outcome|outcomes|review|results?)\b/i;

/** Kinds whose duty goes to someone, so a duty of that kind with no recipient is a gap. */
const NEEDS_RECIPIENT: ObligationKind[] = ["report", "information-sharing", "consultation", "attendance"];
/** Kinds that happen at times, so a duty of that kind with no time at all is a gap. */
const NEEDS_TIME: ObligationKind[] = ["report", "information-sharing", "review", "meeting", "attendance"];

const BULLET = /^[ \t]*(?:[-–•●▪◦*\u2022\uf0a7\uf0b7\ue000-\uf8ff]|\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|\(?\d{1,2}\))[ \t]*/;

interface Span {
  text: string;
  /** Offset in the clause text. */
  start: number;
  bullet: boolean;
}

/** The clause's paragraphs and list items, with wrapped lines joined, at their offsets in the clause. */
function segments(text: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let current: Span | null = null;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) && m[0] !== "") {
    const line = m[0].replace(/\n$/, "");
    const blank = line.trim() === "";
    const bullet = BULLET.exec(line);
    if (blank) {
      // A blank line ends a paragraph, unless the sentence runs on over it (a page break in a PDF).
      if (current && /[.:;!?)”"]\s*$/.test(current.text)) {
        out.push(current);
        current = null;
      }
    } else if (
      bullet ||
      !current ||
      /:\s*-?\s*$/.test(current.text) || // a lead-in ends its paragraph
      (/[.;]\s*$/.test(current.text) && /^\s*[A-Z]/.test(line) && current.bullet)
    ) {
      if (current) out.push(current);
      const skip = bullet ? bullet[0].length : line.length - line.trimStart().length;
      current = { text: line.slice(skip), start: m.index + skip, bullet: Boolean(bullet) };
    } else {
      current.text = text.slice(current.start, m.index + line.length);
    }
    if (lineRe.lastIndex >= text.length) break;
  }
  if (current) out.push(current);
  return out.filter((s) => s.text.trim() !== "");
}

/** Sentences of a segment, at their offsets. Splits after . ? ! before a capital, not after initials or "e.g.". */
function sentences(seg: Span): Span[] {
  const out: Span[] = [];
  const re = /(?<!\b(?:e\.g|i\.e|etc|No|no|St|Dr|Mr|Mrs|Ms|para|s|[A-Z]))[.?!]["”’)]?\s+(?=["“(]?[A-Z])/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg.text))) {
    out.push({ text: seg.text.slice(from, m.index + 1), start: seg.start + from, bullet: seg.bullet && from === 0 });
    from = m.index + m[0].length;
  }
  if (from < seg.text.length)
    out.push({ text: seg.text.slice(from), start: seg.start + from, bullet: seg.bullet && from === 0 });
  return out.filter((s) => /[A-Za-z]/.test(s.text));
}

interface Mention {
  keys: string[];
  words: string;
  index: number;
  /** A word that stands for parties named elsewhere ("it", "the Boards"). */
  indirect: boolean;
}

/** Finds the parties a text names, by name, alias or key; the chair of a body when the text says so. */
class PartyMatcher {
  private readonly names: { re: RegExp; key: string }[] = [];
  private readonly keys: Set<string>;
  readonly principal: string[];

  constructor(
    readonly parties: PartyFound[],
    clauses: ClauseDraft[],
  ) {
    this.keys = new Set(parties.map((p) => p.key));
    const forms: { form: string; key: string }[] = [];
    for (const p of parties) {
      for (const form of new Set([p.name, ...p.aliases, p.key])) {
        if (form.trim().length < 2) continue;
        forms.push({ form: form.trim(), key: p.key });
      }
    }
    forms.sort((a, b) => b.form.length - a.form.length);
    for (const { form, key } of forms) {
      const escaped = form
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\s+/g, "\\s+")
        .replace(/&|and/g, "(?:&|and)");
      // An acronym is matched as written; a name in any case, with or without "the" and a trailing "'s".
      const upper = /^[A-Z0-9&-]+$/.test(form);
      this.names.push({ re: new RegExp(`\\b${escaped}\\b`, upper ? "g" : "gi"), key });
    }
    const counts = new Map<string, number>();
    const all = clauses.map((c) => c.text).join("\n");
    for (const m of this.find(all, false)) for (const k of m.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    const boards = parties.filter((p) => p.kind === "board");
    const max = Math.max(0, ...boards.map((b) => counts.get(b.key) ?? 0));
    this.principal = boards.filter((b) => (counts.get(b.key) ?? 0) >= Math.max(2, max * 0.3)).map((b) => b.key);
  }

  private chairOf(key: string): string {
    const post = `${key}-CHAIR`;
    return this.keys.has(post) ? post : key;
  }

  /** Parties named in the text, in order; with indirect mentions when asked ("the Boards", "it"). */
  find(text: string, indirect = true, last: string[] = []): Mention[] {
    const taken: [number, number][] = [];
    const out: Mention[] = [];
    const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
    for (const { re, key } of this.names) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const end = m.index + m[0].length;
        if (overlaps(m.index, end)) continue;
        // "the Chair of the KSCB", "the KSCB Chair", "the Independent Chair of HSCB": the chair's post, when it is a party.
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const after = text.slice(end, end + 25);
        const chairBefore = /\b(?:independent |vice[- ])?chair(?:s|man|person)? of (?:the )?$/i.exec(before);
        const chairAfter = /^(?:['’]s)? (?:independent )?chair\b/i.exec(after);
        const chair = chairBefore ?? chairAfter;
        const start = chairBefore ? m.index - chairBefore[0].length : m.index;
        const stop = chairAfter ? end + chairAfter[0].length : end;
        taken.push([start, stop]);
        out.push({
          keys: [chair ? this.chairOf(key) : key],
          words: text.slice(start, stop),
          index: start,
          indirect: false,
        });
      }
    }
    if (indirect) {
      const generic =
        /(?:^\s*|\b(?:the|both|all|all three|all four|the two|the three|the four|each|either|any|respective)\s+)((?:(?!(?:of|another|other|any|to|with|for)\s)[A-Z][\w'’-]*\s+){0,3}?)(boards|partnerships|bodies|parties|partners|partner organisations|signatories|board|body|partnership|party|partner|chairs)\b(?!\s+(?:of|members?|meetings?|minutes|papers)\b)/gi;
      let m: RegExpExecArray | null;
      while ((m = generic.exec(text))) {
        const end = m.index + m[0].length;
        if (overlaps(m.index, end)) continue;
        const plural = /s$/i.test(m[2]!) || /^(?:both|all|each|either|any|the two|the three|the four)/i.test(m[0]);
        if (!plural) {
          if (last.length === 0 || !/^\s*the\s/i.test(m[0])) continue;
          taken.push([m.index, end]);
          out.push({ keys: last.slice(0, 1), words: m[0], index: m.index, indirect: true });
          continue;
        }
        const qualifier = m[1]!
          .trim()
          .toLowerCase()
          .replace(/^(?:(?:the|two|three|four|both|all|each|respective)\s+)+/, "")
          .replace(/^(?:the|two|three|four|both|all|each|respective)$/, "");
        let keys = this.principal;
        if (qualifier) {
          const narrowed = this.parties.filter(
            (p) => p.kind === "board" && p.name.toLowerCase().includes(qualifier.replace(/s$/, "")),
          );
          if (narrowed.length > 0) keys = narrowed.map((p) => p.key);
        }
        if (
          /chairs? of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
          /^chairs$/i.test(m[2]!)
        )
          keys = keys.map((k) => this.chairOf(k));
        taken.push([m.index, end]);
        out.push({ keys, words: m[0], index: m.index, indirect: true });
      }
      const each = /\b(?:each|both|all|either)(?=\s*$|\s+(?:will|must|should|shall|may|can|agrees?|have|has)\b)/gi;
      while ((m = each.exec(text))) {
        if (overlaps(m.index, m.index + m[0].length)) continue;
        out.push({ keys: this.principal, words: m[0], index: m.index, indirect: true });
      }
      const pronoun = /\b(?:it|they|its chair|their chairs?)\b/gi;
      while ((m = pronoun.exec(text))) {
        if (last.length === 0 || overlaps(m.index, m.index + m[0].length)) continue;
        out.push({ keys: last, words: m[0], index: m.index, indirect: true });
      }
    }
    return out.sort((a, b) => a.index - b.index);
  }
}

interface LeadIn {
  ref: string;
  /** The clause its subject and modal words stand in, when a nested lead-in took them from an outer one. */
  wordsRef?: string;
  from: string[];
  fromWords: string;
  modality: Modality;
  modalWords: string;
  /** Timing words in the lead-in itself ("Each year the HWB will:"). */
  text: string;
  /** False when the lead-in states no modal ("Medway CAN:", "The Board seeks to:"): its items are weaker. */
  modal: boolean;
}

interface Context {
  matcher: PartyMatcher;
  options: ProposeOptions;
  lastSubject: string[];
  /** The lead-ins in force: a list item may open a list of its own ("Oversee the review of the:-"). */
  leadIns: LeadIn[];
  /** The clause's last dated duty, whose timing "this report" or "as part of this review" refers back to. */
  lastDated: ProposedDuty | null;
}

export function proposeDuties(
  clauses: ClauseDraft[],
  parties: PartyFound[],
  options: ProposeOptions = {},
): Pick<ProtocolReading, "duties" | "membershipRules" | "descriptive" | "gaps"> {
  const ctx: Context = {
    matcher: new PartyMatcher(parties, clauses),
    options,
    lastSubject: [],
    leadIns: [],
    lastDated: null,
  };
  const duties: ProposedDuty[] = [];
  const membershipRules: ProposedMembershipRule[] = [];
  const descriptive: string[] = [];
  const gaps: ProtocolGap[] = [];

  for (const clause of clauses) {
    const before = { duties: duties.length, rules: membershipRules.length };
    while (ctx.leadIns.length > 0 && !clause.ref.startsWith(ctx.leadIns[ctx.leadIns.length - 1]!.ref))
      ctx.leadIns.pop();
    ctx.lastDated = null;
    if (clause.kind === "table") {
      const fromTable = tableDuties(clause, ctx);
      if (fromTable) duties.push(...fromTable);
      else membershipRules.push(...tableMembership(clause, ctx));
    } else readClause(clause, ctx, duties, membershipRules);
    if (duties.length === before.duties && membershipRules.length === before.rules) descriptive.push(clause.ref);
    for (const duty of duties.slice(before.duties)) {
      const gap = gapOf(duty);
      if (gap) gaps.push(gap);
    }
  }
  return { duties, membershipRules, descriptive, gaps };
}

function readClause(clause: ClauseDraft, ctx: Context, duties: ProposedDuty[], rules: ProposedMembershipRule[]) {
  const outer = ctx.leadIns[ctx.leadIns.length - 1] ?? null;
  let clauseLeadIn: LeadIn | null = outer;
  for (const seg of segments(clause.text)) {
    const list = sentences(seg);
    for (const [i, s] of list.entries()) {
      const membership = readMembership(clause.ref, s.text.replace(/\s+/g, " "), ctx).map((r) => ({
        ...r,
        quote: exactIn(s.text, r.quote),
        because: r.because.map((b) => ({ ...b, words: exactIn(s.text, b.words) })),
      }));
      rules.push(...membership);
      const found = readSentence(
        clause,
        s,
        ctx,
        seg.bullet || (i === 0 && clause.ref !== clauseLeadIn?.ref) ? clauseLeadIn : null,
      );
      if (membership.length === 0) duties.push(...found.duties);
      if (found.leadIn) {
        clauseLeadIn = { ...found.leadIn, ref: clause.ref };
        if (ctx.leadIns[ctx.leadIns.length - 1]?.ref === clause.ref) ctx.leadIns.pop();
        ctx.leadIns.push(clauseLeadIn);
      }
    }
  }
}

/** compromise's tags for the term at `at` of a short sentence. */
function tagsIn(sentence: string, at: number): string[] {
  const terms = nlp(sentence).terms().json() as unknown as { terms: { tags: string[] }[] }[];
  return terms[at]?.terms[0]?.tags ?? [];
}

/** Words that open a bullet with a party's action but no modal: "The HWB supporting the KSCB by …". */
function startsWithAction(text: string): boolean {
  const words = text
    .trim()
    .replace(/^to\s+/i, "")
    .split(/\s+/);
  const first = (words[0] ?? "").replace(/[^A-Za-z-]/g, "");
  if (!first) return false;
  // The word as an infinitive, a third-person verb or a gerund: "Consider", "Champions", "Developing".
  const asThird = tagsIn(`it ${first.toLowerCase()} the work`, 1);
  if (/s$/.test(first) && asThird.includes("Verb") && asThird.includes("PresentTense")) return true;
  const tags = tagsIn(`${first} ${words[1] ?? ""}`, 0);
  if (/^(?:annually|jointly|formally|regularly|together|also)\b/i.test(first)) return true;
  return (
    tags.includes("Verb") && (tags.includes("Infinitive") || tags.includes("Gerund") || tags.includes("Imperative"))
  );
}

interface SentenceResult {
  duties: ProposedDuty[];
  leadIn: Omit<LeadIn, "ref"> | null;
}

function readSentence(clause: ClauseDraft, s: Span, ctx: Context, leadIn: LeadIn | null): SentenceResult {
  // Read with white space collapsed (lines wrap anywhere); quotes and words are mapped back to the clause's own.
  const original = s.text;
  const text = original.replace(/\s+/g, " ");
  const modals = [...text.matchAll(MODAL_ANY)].filter(
    (m) =>
      !/^\s*(?:not|never)\b/i.test(text.slice(m.index + m[0].length)) &&
      // A capital mid-sentence is a name, not a modal: "In April/May the Boards …", "Medway CAN is …".
      !(/[A-Z]/.test(m[0]) && m.index > 0),
  );
  // "Between October and February the HWB to present …": only a time may come before the party.
  const headlineAt = /^(.*?)\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)\s+to\s+(?=[a-z]+\s)/.exec(text);
  const headline =
    headlineAt &&
    /^\s*(?:(?:between|in|by|during|from|each|every|annually|at|within|no later than|before|after|on)\b[^.;:]{0,60}?)?\s*(?:the\s+)?$/i.test(
      headlineAt[1]!,
    )
      ? headlineAt
      : null;
  const requires =
    /\b(?:requires|require|obliges|places (?:a |the )?(?:\w+ )?(?:duty|duties|responsibility) on|it is (?:also )?the (?:\w+ )?(?:responsibility|duty|role) of)\s+(.{2,60}?)\s+to\s+/i.exec(
      text,
    );
  const duties: ProposedDuty[] = [];
  // A sentence that opens with a party makes it the one "the Board" and "it" point to next.
  const opening = ctx.matcher.find(text.slice(0, 80), false)[0];
  if (opening && opening.index < 5) ctx.lastSubject = opening.keys;

  type Obligation = {
    subjectStart: number;
    modalStart: number;
    modalEnd: number;
    modalWords: string;
    modality: Modality;
  };
  const obligations: Obligation[] = modals.map((m) => ({
    subjectStart: 0,
    modalStart: m.index,
    modalEnd: m.index + m[0].length,
    modalWords: m[0],
    modality: modalityOf(m[0]),
  }));
  if (requires)
    obligations.push({
      subjectStart: requires.index + requires[0].length - requires[1]!.length - " to ".length,
      modalStart: requires.index + requires[0].length - " to ".length,
      modalEnd: requires.index + requires[0].length,
      modalWords: requires[0].slice(0, requires[0].indexOf(" ")),
      modality: "must",
    });
  if (obligations.length === 0 && headline) {
    // "Between October and February the HWB to present …": a plan's headline style, a modal understood.
    const mentions = ctx.matcher.find(headline[2]!, false);
    if (mentions.length > 0) {
      const at = headline.index + headline[0].length - " to ".length;
      obligations.push({ subjectStart: 0, modalStart: at, modalEnd: at + 4, modalWords: "to", modality: "will" });
    }
  }
  obligations.sort((a, b) => a.modalStart - b.modalStart);

  // A list item with no modal of its own, under a lead-in that had one ("The HWB will:").
  if (
    obligations.length === 0 &&
    leadIn &&
    (startsWithAction(text) || (leadIn.modal && /^\s*["“(]?[A-Z]/.test(text)))
  ) {
    const own = ctx.matcher.find(text.slice(0, 60), false).filter((m) => m.index < 5);
    const from =
      own.length > 0 && /^\s*\S+ing\b/.test(text.slice(own[0]!.index + own[0]!.words.length))
        ? own[0]!.keys
        : leadIn.from;
    const fromWords = own.length > 0 && from === own[0]!.keys ? own[0]!.words : leadIn.fromWords;
    if (/:\s*-?\s*$/.test(text.trim()))
      // A list item that opens a list of its own ("Oversee the preparation and review of the:-").
      return {
        duties,
        leadIn: { ...leadIn, from, fromWords, text: `${leadIn.text} ${text}`, wordsRef: leadIn.wordsRef ?? leadIn.ref },
      };
    const duty = buildDuty(clause, ctx, {
      original,
      quote: text.trim(),
      subjectWords: fromWords,
      from,
      fromIsIndirect: from === leadIn.from,
      modality: leadIn.modality,
      modalWords: leadIn.modalWords,
      predicate: text,
      timingText: `${leadIn.text} ${text}`,
      confidence: leadIn.modal ? 0.8 : 0.5,
      anaphoric: false,
      ...((leadIn.wordsRef ?? leadIn.ref) !== clause.ref ? { leadInClause: leadIn.wordsRef ?? leadIn.ref } : {}),
    });
    duties.push(...duty);
    return { duties, leadIn: null };
  }

  if (obligations.length === 0 && /:\s*-?\s*$/.test(text.trim())) {
    // "Medway CAN:", "The Board seeks to:-": a list of what a party does, with no modal.
    const named = ctx.matcher.find(text, true, ctx.lastSubject).filter((m) => !/^(?:it|they)$/i.test(m.words));
    if (named.length > 0) {
      const first = named[0]!;
      return {
        duties,
        leadIn: { from: first.keys, fromWords: first.words, modality: "will", modalWords: "", text: "", modal: false },
      };
    }
  }
  let result: SentenceResult = { duties, leadIn: null };
  let previousFrom: string[] = [];
  let previousEnd = 0;
  let previousStart = 0;
  let previousWords = "";
  for (const [i, o] of obligations.entries()) {
    const prevEnd = i === 0 ? 0 : obligations[i - 1]!.modalEnd;
    const subjectText = text.slice(prevEnd, o.modalStart);
    const boundary = Math.max(subjectText.lastIndexOf(";"), subjectText.lastIndexOf(":"));
    const subjectSpan = boundary >= 0 ? subjectText.slice(boundary + 1) : subjectText;
    const predicateEnd =
      i + 1 < obligations.length ? subjectEndBefore(text, obligations[i + 1]!.modalStart, o.modalEnd) : text.length;
    const predicate = text.slice(o.modalEnd, predicateEnd);
    if (/^\s*(?:not|never)\b/i.test(predicate)) continue;

    // The subject: the parties nearest before the modal, skipping those inside "of"/"to" phrases.
    const mentions = ctx.matcher.find(subjectSpan, true, ctx.lastSubject);
    let subject = mentions.filter(
      (m) => !/\b(?:to|with|from|by|on|into|towards)\s+(?:the\s+)?$/i.test(subjectSpan.slice(0, m.index)),
    );
    // Keep only the last noun phrase's parties: those joined to the last one by "and", ",", "&".
    if (subject.length > 1) {
      const kept = [subject[subject.length - 1]!];
      for (let k = subject.length - 2; k >= 0; k--) {
        const between = subjectSpan.slice(subject[k]!.index + subject[k]!.words.length, kept[0]!.index);
        if (/^\s*(?:,|and|&|or|\/|,\s*and)?\s*(?:the\s+)?$/i.test(between)) kept.unshift(subject[k]!);
        else break;
      }
      subject = kept;
    }
    let from = [...new Set(subject.flatMap((m) => m.keys))];
    let fromWords = subject.map((m) => m.words).join(SEP);
    let fromIndirect = subject.some((m) => m.indirect);
    const relative = /\b(?:which|that)\s*$/i.test(subjectSpan);
    const trimmedSubject = subjectSpan.trim();
    if (from.length === 0 && i > 0 && /(?:^|[\s,])(?:and|but|or)\s*(?:then\s+|also\s+)?$|^$/i.test(trimmedSubject)) {
      from = previousFrom;
      fromWords = previousWords;
      fromIndirect = true;
    }
    if (from.length === 0 && /\bwho\s*$/i.test(subjectSpan)) {
      const who = ctx.matcher.find(text.slice(0, o.modalStart), false).pop();
      if (who) [from, fromWords] = [who.keys, who.words];
    }
    const passive =
      /^\s*(?:also\s+|then\s+|formally\s+|jointly\s+|normally\s+)*be\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn|ne|nt|un|eld|ld)|subject to)\b/i.exec(
        predicate,
      );
    const anaphoric = ANAPHORA.test(trimmedSubject);
    let to: string[] | null = null;
    let toWords = "";
    if (from.length === 0 || relative) {
      // "This will ensure …": no party bound. "The report will contribute to the review of …": its author's.
      if (!passive && !(anaphoric && KIND_WORDS.some(([, re]) => re.test(predicate)))) continue;
      // "The report will be submitted to …", "This Protocol will be reviewed …": the doer is elsewhere.
      const by = /\bby\s+(?:the\s+)?(.{2,60})/i.exec(predicate);
      const agent = by ? ctx.matcher.find(by[1]!, false) : [];
      if (agent.length > 0) {
        from = agent[0]!.keys;
        fromWords = agent[0]!.words;
      } else if (/\b(?:this|the) (?:protocol|agreement|memorandum|document|arrangements?)\b/i.test(subjectSpan)) {
        from = ctx.matcher.principal;
        fromWords = "";
        fromIndirect = true;
      } else if (anaphoric) {
        from = ctx.lastSubject;
        fromWords = "";
        fromIndirect = true;
      } else {
        const ofParties = ctx.matcher.find(subjectSpan, true, ctx.lastSubject);
        from = ofParties.flatMap((m) => m.keys);
        fromWords = ofParties.map((m) => m.words).join(SEP);
      }
    } else if (
      passive &&
      /^\s*(?:also\s+|formally\s+)*be\s+(?:\w+ly\s+)?(?:consulted|informed|notified|updated|briefed|asked|invited|sent|given|provided)\b/i.test(
        predicate,
      )
    ) {
      // "The HSCB will be formally consulted by the HCT": the subject receives; the agent owes.
      const by = /\bby\s+(?:the\s+)?(.{2,60})/i.exec(predicate);
      const agent = by ? ctx.matcher.find(by[1]!, false) : [];
      to = from;
      toWords = fromWords;
      from = agent.length > 0 ? agent[0]!.keys : [];
      fromWords = agent.length > 0 ? agent[0]!.words : "";
    }

    // A lead-in: "The HWB will:", "The KSCB is responsible for the following functions:".
    if (/:\s*-?\s*$/.test(text.trim()) && i === obligations.length - 1 && predicate.trim().split(/\s+/).length <= 12) {
      result = {
        duties,
        leadIn: {
          from,
          fromWords,
          modality: o.modality,
          modalWords: o.modalWords,
          text: text.slice(0, o.modalStart),
          modal: true,
        },
      };
      ctx.lastSubject = from;
      continue;
    }
    previousFrom = from;
    previousWords = fromWords;
    if (!relative && !fromIndirect && from.length > 0) ctx.lastSubject = from;
    // "… presented to the Chief Executive who will hold the Chair to account": the relative clause shares the time.
    const timingStart = i === 0 ? 0 : relative || /\bwho\s*$/i.test(subjectSpan) ? previousStart : previousEnd;
    previousStart = timingStart;
    previousEnd = predicateEnd;
    // "will review the Plan, and receive key reports quarterly": one duty per verb with its own object.
    const parts = splitPredicate(predicate);
    const lead = text.slice(timingStart, o.modalEnd);
    for (const [p, part] of parts.entries()) {
      const timingText = parts.length === 1 ? text.slice(timingStart, predicateEnd) : lead + part;
      duties.push(
        ...buildDuty(clause, ctx, {
          original,
          quote: text.trim(),
          subjectWords: fromWords,
          from,
          fromIsIndirect: fromIndirect,
          modality: o.modality,
          modalWords: o.modalWords,
          predicate: part,
          timingText,
          to: p === 0 ? to : null,
          toWords: p === 0 ? toWords : "",
          confidence: (from.length === 0 ? 0.5 : fromIndirect ? 0.7 : 0.9) - (p > 0 ? 0.1 : 0),
          anaphoric: anaphoric || BACK_REFERENCE.test(timingText) || ANAPHORA.test(timingText),
        }),
      );
    }
  }
  return result;
}

/**
 * A predicate's coordinated duties: "review the HSCB Strategic Plan, and receive key reports quarterly".
 * Split at "and" + a verb in its base form only when the first part already has an object (three words
 * or more), so "receive and consider relevant data" stays one duty.
 */
function splitPredicate(predicate: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of predicate.matchAll(/(?:,\s*|\s+)and\s+(?:also\s+|then\s+)?([a-z]+)\b/g)) {
    const head = predicate.slice(from, m.index);
    if (head.trim().split(/\s+/).length < 3) continue;
    const word = m[1]!;
    const tags = tagsIn(`they ${word} it`, 1);
    if (/^(?:is|are|was|were|has|have|had|does|do)$/.test(word)) continue; // "… and is one of the partners": a description
    const isVerb =
      word === "be" ||
      (tags.includes("Verb") &&
        (tags.includes("Infinitive") || tags.includes("PresentTense")) &&
        !tags.includes("Gerund"));
    if (!isVerb) continue;
    parts.push(head);
    from = m.index + m[0].length - word.length;
  }
  parts.push(predicate.slice(from));
  return parts;
}

/** Where the subject of the next obligation starts: after the last "and"/","/";" before its modal. */
function subjectEndBefore(text: string, nextModal: number, after: number): number {
  const between = text.slice(after, nextModal);
  const cut = Math.max(
    between.lastIndexOf(";"),
    between.lastIndexOf(", and"),
    between.lastIndexOf(" and "),
    between.lastIndexOf(","),
  );
  return cut >= 0 ? after + cut : nextModal;
}

interface DutyParts {
  /** The sentence as it stands in the clause, line breaks and all. */
  original: string;
  quote: string;
  subjectWords: string;
  from: string[];
  fromIsIndirect: boolean;
  modality: Modality;
  modalWords: string;
  predicate: string;
  timingText: string;
  to?: string[] | null;
  toWords?: string;
  confidence: number;
  /** The sentence points back to something named before ("This report", "as part of this review"). */
  anaphoric: boolean;
  /** The clause of the lead-in the subject and modal came from, when it is another clause ("3.6" for "3.6(g)"). */
  leadInClause?: string;
}

/** Joins the words of several mentions until they are named one by one in `because`. */
const SEP = "\u241e";

const BACK_REFERENCE =
  /\b(?:as part of|during|through|in) (?:this|that|the same) (?:review|report|process|assessment|exercise|meeting)\b/i;

function buildDuty(clause: ClauseDraft, ctx: Context, parts: DutyParts): ProposedDuty[] {
  const { predicate } = parts;
  let kind: ObligationKind = "other";
  let kindWords = "";
  let kindAt = Infinity;
  for (const [k, re] of KIND_WORDS) {
    const m = re.exec(predicate);
    if (m && m.index < kindAt) [kind, kindWords, kindAt] = [k, m[0], m.index];
  }
  const receive = /^\s*(?:\w+\s+){0,2}?receiv(?:e|es|ing)\b/i.test(predicate);

  // Recipients: parties after "to", "with", "into", or the object of consult/attend/inform/challenge/support.
  let to = parts.to ?? [];
  const toWords: string[] = (parts.toWords ?? "").split(SEP).filter(Boolean);
  let from = parts.from;
  const fromWords = parts.subjectWords.split(SEP).filter(Boolean);
  if (!parts.to) {
    let inList = false;
    let lastEnd = 0;
    for (const m of ctx.matcher.find(predicate, true, ctx.lastSubject)) {
      if (m.keys === ctx.lastSubject && /^(?:it|they)$/i.test(m.words)) continue;
      const before = predicate.slice(lastEnd, m.index);
      const prep =
        /\b(?:to|with|into|towards|before|for|from)\s+(?:the\s+|both\s+(?:the\s+)?|all\s+(?:the\s+)?|each\s+)?$/i.test(
          before,
        );
      const object =
        /\b(?:consult|attend|inform|challenge|advise|update|brief|notify|support|present|hold|scrutinise|scrutinize|monitor|provide|supply|furnish|give|send|offer)(?:s|es|ed|ing)?\s+(?:with\s+)?(?:the\s+)?(?:(?:meetings?|work|plans?)\s+of\s+(?:the\s+|all\s+(?:\w+\s+)?|both\s+(?:the\s+)?)?)?$/i.test(
          before,
        );
      const listed = inList && /^\s*(?:,|and|&|or|\/|,\s*and)?\s*(?:the\s+|to\s+(?:the\s+)?)?$/i.test(before);
      const fromPrep = /\b(?:from|of|by)\s+(?:the\s+)?$/i.test(before);
      if (receive && fromPrep) {
        to = from;
        toWords.push(...fromWords);
        from = m.keys;
        fromWords.splice(0, fromWords.length, m.words);
        inList = false;
      } else if ((prep && !/\bfrom\s+(?:the\s+)?$/i.test(before)) || object || listed) {
        to.push(...m.keys);
        toWords.push(m.words);
        inList = true;
      } else inList = false;
      lastEnd = m.index + m.words.length;
    }
  }
  to = [...new Set(to)];

  const documents: string[] = [];
  const docWords: string[] = [];
  for (const [key, re] of DOCUMENTS) {
    const m = re.exec(predicate);
    if (m && !docWords.some((w) => w.includes(m[0]))) {
      documents.push(key);
      docWords.push(m[0]);
    }
  }

  let timing: TimingFound | null = readTiming(parts.timingText, { agreedOn: ctx.options.agreedOn ?? null });
  if (!timing && parts.anaphoric && ctx.lastDated) {
    // "This report will be presented to …": the report's own timing, named in the sentence before.
    const back =
      /\b(?:this|these|that|the)\s+(?:\w+\s+){0,2}?(?:report|reports|information|data|minutes|assessment|plan|findings|outcome|outcomes|review|results?)\b/i.exec(
        parts.timingText,
      );
    if (back)
      timing = {
        cadence: ctx.lastDated.cadence,
        dated: ctx.lastDated.dated,
        words: back[0],
        confidence: 0.6,
        vague: null,
        alsoOnEvent: null,
      };
  }
  let cadence: CadenceInput = timing?.cadence ?? { frequency: "standing" };
  if (cadence.frequency === "after-every-meeting") {
    const board = boardOf(ctx, from) ?? boardOf(ctx, to) ?? from[0];
    // With no board to follow, the nearest form that needs none: 14 days (the default) after each meeting.
    cadence = board
      ? { ...cadence, afterMeetingsOf: board }
      : { frequency: "each-meeting", offset: { amount: 14, unit: "days", direction: "after" } };
  }
  let confidence = Math.min(parts.confidence, timing?.confidence ?? 0.8);
  if (kind === "other") confidence = Math.min(confidence, 0.6);

  const because: Because[] = [];
  if (parts.modalWords) because.push({ part: "modality", words: parts.modalWords });
  for (const w of fromWords) if (w) because.push({ part: "from", words: w });
  for (const w of toWords) if (w) because.push({ part: "to", words: w });
  if (timing) for (const w of timing.words.split(" … ")) because.push({ part: "cadence", words: w });
  if (kindWords) because.push({ part: "kind", words: kindWords });
  for (const w of docWords) because.push({ part: "documents", words: w });

  const base = {
    clause: clause.ref,
    kind,
    documents,
    modality: parts.modality,
    quote: parts.quote,
    because,
  };
  const summaryOf = (f: string[], t: string[]) =>
    `${f.join(", ") || "Someone"}${t.length ? ` → ${t.join(", ")}` : ""}: ${predicate.trim().replace(/\s+/g, " ").slice(0, 90)}`;

  // Reciprocal duties: "X and Y will share … with each other", "each body … to the other body".
  const reciprocal =
    /\b(?:with|to) each other\b|\b(?:to|with|tell|inform|invite) the others?(?: (?:body|board|party|partnership)s?)?\b|\breciprocal\b/i.exec(
      parts.quote,
    );
  const owners = reciprocal && from.length > 1 ? from.map((f) => [f]) : [from];
  // "The Chairs of the two Boards will present their Annual Reports": each owes its own.
  const distributive = !reciprocal && from.length > 1 && /\btheir\s+(?:\w+\s+){0,3}\w+s\b/i.test(predicate);
  if (distributive) owners.splice(0, owners.length, ...from.map((f) => [f]));
  const out: ProposedDuty[] = [];
  for (const owner of owners) {
    const recipients = reciprocal && from.length > 1 ? from.filter((f) => f !== owner[0]) : to;
    const c =
      cadence.frequency === "after-every-meeting" && reciprocal && from.length > 1
        ? { ...cadence, afterMeetingsOf: owner[0]! }
        : cadence;
    out.push({
      ...base,
      summary: summaryOf(owner, recipients),
      from: owner,
      to: recipients,
      dated: timing?.dated ?? false,
      cadence: c,
      confidence: reciprocal ? Math.min(confidence, 0.8) : confidence,
      because: reciprocal ? [...because, { part: "to", words: reciprocal[0] }] : because,
    });
    if (timing?.alsoOnEvent)
      out.push({
        ...base,
        summary: summaryOf(owner, recipients),
        from: owner,
        to: recipients,
        dated: false,
        cadence: { frequency: "on-event", trigger: timing.alsoOnEvent.trigger },
        confidence: Math.min(confidence, 0.7),
        because: [...because.filter((b) => b.part !== "cadence"), { part: "cadence", words: timing.alsoOnEvent.words }],
      });
  }
  const dated = out.find((d) => d.dated);
  if (dated) ctx.lastDated = dated;
  return out.map((d) => ({
    ...d,
    quote: exactIn(parts.original, d.quote),
    because: d.because.map((b) => {
      const words = exactIn(parts.original, b.words);
      // Words from a lead-in in another clause ("The KSCB is responsible for the following functions:") say so.
      return parts.leadInClause && !clause.text.includes(words)
        ? { ...b, words, clause: parts.leadInClause }
        : { ...b, words };
    }),
  }));
}

/** The words as they stand in the original text (its line breaks and double spaces), found by their tokens. */
function exactIn(original: string, words: string): string {
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return words;
  const re = new RegExp(tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));
  return re.exec(original)?.[0] ?? words;
}

function boardOf(ctx: Context, keys: string[]): string | null {
  for (const k of keys) {
    const party = ctx.matcher.parties.find((p) => p.key === k);
    if (party?.kind === "board") return k;
    const stem = k.replace(/-CHAIR$/, "");
    if (ctx.matcher.parties.some((p) => p.key === stem && p.kind === "board")) return stem;
  }
  return null;
}

/** "X will be a member of Y", "X sits on Y as a statutory member", "Y's membership will include X". */
function readMembership(ref: string, text: string, ctx: Context): ProposedMembershipRule[] {
  const out: ProposedMembershipRule[] = [];
  const patterns: [RegExp, "subject-first" | "board-first"][] = [
    [
      /^(.{2,120}?)\s+(?:will|shall|must|should)?\s*(?:also\s+)?(?:be|become|remain|is|are|sits?|attends?)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:members?|on|of)\s+(?:of\s+)?(?:the\s+)?(.{2,80}?)(?:\s+as\s+(?:a|an)\s+([\w\s-]{3,30}?))?(?=[;,.]|$)/i,
      "subject-first",
    ],
    [
      /^(.{2,80}?)(?:['’]s)?\s+membership\s+(?:will\s+|shall\s+)?(?:includes?|comprises?|consists? of)\s+(.{2,200})/i,
      "board-first",
    ],
  ];
  for (const [re, order] of patterns) {
    const m = re.exec(text.trim());
    if (!m) continue;
    if (order === "subject-first" && !/\bmembers?\b|\bsits? on\b/i.test(m[0])) continue;
    const [subjectText, boardText] = order === "subject-first" ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const boards = ctx.matcher.find(boardText, false);
    const subjects = ctx.matcher.find(subjectText, false);
    const board =
      boards.find((b) => ctx.matcher.parties.find((p) => p.key === b.keys[0])?.kind === "board") ?? boards[0];
    if (!board) continue;
    const subjectWords = subjects[0]?.words ?? subjectText.replace(/^\s*(?:the|a|an)\s+/i, "").trim();
    const subject = subjects[0]?.keys[0] ?? subjectWords;
    const capacity = /statutory member/i.test(m[0])
      ? "statutory-member"
      : /participa\w+ observer/i.test(m[0])
        ? "participant-observer"
        : undefined;
    out.push({
      clause: ref,
      rule: { subject, board: board.keys[0]!, ...(capacity ? { capacity } : {}) },
      quote: text.trim(),
      confidence: subjects.length > 0 ? 0.85 : 0.6,
      because: [
        { part: "membership", words: m[0].slice(0, 200) },
        { part: "from", words: subjectWords },
        { part: "to", words: board.words },
      ],
    });
    break;
  }
  return out;
}

/** Column headings of a table of duties, by the part of a duty each column gives. */
const DUTY_COLUMNS: [keyof DutyRow, RegExp][] = [
  ["ref", /^(?:ref(?:erence)?\.?|no\.?|#|item)$/i],
  [
    "duty",
    /^(?:duty|duties|obligation|action|what|commitment|activity|task|item|reports?|documents?|description|requirement)\b/i,
  ],
  ["from", /^(?:owner|owed by|from|lead|responsible|by whom|who)\b/i],
  ["to", /^(?:recipient|to whom|to|for|owed to|audience)\b/i],
  ["when", /^(?:when|timing|frequency|deadline|by when|timescale|date)\b/i],
];
interface DutyRow {
  ref: number;
  duty: number;
  from: number;
  to: number;
  when: number;
}

/**
 * A table of duties ("Ref | Duty | Owner | Recipient | When"): one duty a row, each cell giving its part.
 * The row's own reference, when the table has one, is the duty's clause ("T1"), as printed.
 */
function tableDuties(clause: ClauseDraft, ctx: Context): ProposedDuty[] | null {
  const rows = tableRows(clause);
  if (!rows) return null;
  const out: ProposedDuty[] = [];
  for (const { quote, get, ref } of rows) {
    const dutyText = get("duty");
    if (!dutyText) continue;
    const ownerCell = get("from");
    const recipientCell = get("to");
    const owners = ctx.matcher.find(ownerCell, true, ctx.lastSubject);
    let from = [...new Set(owners.flatMap((m) => m.keys))];
    if (from.length === 0 && /\b(?:each|every|all)\b/i.test(ownerCell)) from = ctx.matcher.principal;
    const recipients = ctx.matcher.find(recipientCell, true, ctx.lastSubject);
    let to = [...new Set(recipients.flatMap((m) => m.keys))];
    const mutual = /\beach other\b|\bthe others?\b|\bthe other (?:\w+ )?(?:boards|partnerships|parties|bodies)\b/i.test(
      recipientCell,
    );
    if (mutual) to = from;
    const duty = buildDuty({ ...clause, ref }, ctx, {
      original: quote,
      quote,
      subjectWords: ownerCell,
      from,
      fromIsIndirect: owners.some((m) => m.indirect),
      modality: "will",
      modalWords: "",
      predicate: dutyText,
      timingText: get("when") || dutyText,
      to,
      toWords: to.length > 0 ? recipientCell : "",
      confidence: 0.85,
      anaphoric: false,
    });
    out.push(...duty.map((d) => ({ ...d, because: d.because.filter((b) => b.words.trim() !== "") })));
  }
  return out;
}

interface TableRow {
  quote: string;
  get: (part: keyof DutyRow) => string;
  ref: string;
}

/**
 * The rows of a table of duties: either "Ref | Duty | Owner | …" lines under a header row, or one row
 * the clause splitter has already laid out as "Duty: …", "Owner: …" lines (its ref is the row's).
 */
function tableRows(clause: ClauseDraft): TableRow[] | null {
  const labelled = clause.text
    .split("\n")
    .map((l) => /^\s*([^:|\t]{1,30}):\s*(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null);
  const labelOf = (part: keyof DutyRow) =>
    labelled.find((m) => DUTY_COLUMNS.find(([p]) => p === part)![1].test(m[1]!.trim()));
  if (DUTY_COLUMNS.filter(([part]) => labelOf(part)).length >= 3 && labelOf("duty"))
    return [{ quote: clause.text.trim(), get: (part) => labelOf(part)?.[2]?.trim() ?? "", ref: clause.ref }];
  const lines = clause.text.split("\n").filter((l) => /\t|\|/.test(l));
  const cells = (line: string) => line.split(/\t|\|/).map((c) => c.trim());
  const headerAt = lines.findIndex((l) => {
    const cs = cells(l);
    return DUTY_COLUMNS.filter(([, re]) => cs.some((c) => re.test(c))).length >= 3;
  });
  if (headerAt < 0) return null;
  const header = cells(lines[headerAt]!);
  const column = {} as Partial<DutyRow>;
  for (const [part, re] of DUTY_COLUMNS) {
    const at = header.findIndex((c) => re.test(c));
    if (at >= 0 && column[part] === undefined) column[part] = at;
  }
  if (column.duty === undefined) return null;
  return lines.slice(headerAt + 1).map((line) => {
    const row = cells(line);
    const get = (part: keyof DutyRow) => (column[part] === undefined ? "" : (row[column[part]] ?? ""));
    return { quote: line.trim(), get, ref: get("ref") || clause.ref };
  });
}

const CAPACITY_WORDS: [RegExp, string][] = [
  [/vice[- ]chair/i, "vice-chair"],
  [/\bchair\b/i, "chair"],
  [/participa\w* observer/i, "participant-observer"],
  [/supporting officer/i, "supporting-officer"],
  [/statutory member/i, "statutory-member"],
];

/** A membership table: boards across the top, members down the side, a mark (and perhaps a capacity) where they meet. */
function tableMembership(clause: ClauseDraft, ctx: Context): ProposedMembershipRule[] {
  const rows = clause.text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.split(/\t|\s{3,}|\|/).map((c) => c.trim()));
  const header = rows.find((r) => r.filter((c) => ctx.matcher.find(c, false).length > 0).length >= 2);
  if (!header) return [];
  const columns = header.map((c) => ctx.matcher.find(c, false)[0]?.keys[0] ?? null);
  const out: ProposedMembershipRule[] = [];
  for (const row of rows) {
    if (row === header || row.length < 2) continue;
    const subjectText = row[0]!;
    if (!subjectText) continue;
    const subject = ctx.matcher.find(subjectText, false)[0]?.keys[0] ?? subjectText;
    for (let c = 1; c < row.length; c++) {
      const cell = row[c]!;
      const board = columns[c] ?? columns[c + (header.length > row.length ? 1 : 0)] ?? null;
      if (!board || !/\bx\b|✓|✔|yes|member|chair|observer|officer/i.test(cell)) continue;
      const capacity = CAPACITY_WORDS.find(([re]) => re.test(cell))?.[1];
      out.push({
        clause: clause.ref,
        rule: { subject, board, ...(capacity ? { capacity } : {}) },
        quote: row.join(" ").replace(/\s+/g, " ").trim(),
        confidence: 0.7,
        because: [
          { part: "from", words: subjectText },
          { part: "membership", words: cell },
        ],
      });
    }
  }
  return out;
}

function gapOf(duty: ProposedDuty): ProtocolGap | null {
  const missing: ProtocolGap["missing"] = [];
  if (duty.from.length === 0) missing.push("owner");
  if (NEEDS_RECIPIENT.includes(duty.kind) && duty.to.length === 0) missing.push("recipient");
  const vague = duty.confidence <= 0.4 && duty.cadence.frequency === "standing" ? vagueIn(duty) : null;
  if (!vague && duty.cadence.frequency === "standing" && NEEDS_TIME.includes(duty.kind)) missing.push("time");
  if (vague) missing.push("time");
  if (missing.length === 0) return null;
  return { clause: duty.clause, quote: duty.quote, missing, words: vague };
}

function vagueIn(duty: ProposedDuty): string | null {
  return duty.because.find((b) => b.part === "cadence")?.words ?? null;
}
