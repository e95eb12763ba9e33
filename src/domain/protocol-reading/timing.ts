import * as chrono from "chrono-node";
import type { CadenceInput, Frequency, Offset } from "@/lib/schemas/cadence";

/**
 * Reading the timing phrases of a protocol sentence into a cadence (issue 12, point 4), in the forms
 * of decision 019. A fixed list of English patterns, tried in order; every result names the words it
 * came from so the review page can highlight them. No model, no network: the same words always give
 * the same cadence.
 */

/** Whether a cadence gives calendar items by itself (as isDated in the cadence schema, which domain code may not import). */
function isDated(frequency: Frequency): boolean {
  return frequency !== "on-event" && frequency !== "as-needed" && frequency !== "standing";
}

export interface TimingFound {
  cadence: CadenceInput;
  dated: boolean;
  /** The words the cadence came from, exactly as in the text (several phrases joined by " … "). */
  words: string;
  /** 0 to 1: lower when the timing is inferred ("an annual report") or vague ("regularly"). */
  confidence: number;
  /** The vague words ("regularly", "as appropriate"), when the time is vague rather than stated. */
  vague: string | null;
  /** A second trigger the same sentence gives ("annually or when national guidance is revised"). */
  alsoOnEvent: { trigger: string; words: string } | null;
}

export interface TimingContext {
  /** The date the protocol was agreed or signed, for intervals and anniversaries counted from it. */
  agreedOn?: string | null;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const NUM = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
/** The meteorological seasons, as month windows ("in the autumn of each year"). */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };

function num(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word.toLowerCase()] ?? 1);
}

function month(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

function unitOf(word: string): Offset["unit"] {
  const w = word.toLowerCase();
  if (w.startsWith("working")) return "working-days";
  if (w.startsWith("week")) return "weeks";
  if (w.startsWith("month") || w.startsWith("calendar month")) return "months";
  return "days";
}

/** A day and month ("15 December", "31st July", "July 31"), read by chrono-node in British order. */
function dayOfYear(text: string): { month: number; day: number } | null {
  const found = chrono.en.GB.parse(text)[0];
  const m = found?.start.get("month");
  const d = found?.start.isCertain("day") ? found.start.get("day") : null;
  return m && d ? { month: m, day: d } : null;
}

/** A full date ("1 December 2024", "October 2028" as its first day), as YYYY-MM-DD. */
function civilDateIn(text: string): { date: string; dayKnown: boolean } | null {
  const found = chrono.en.GB.parse(text)[0];
  if (!found || !found.start.isCertain("year") || !found.start.isCertain("month")) return null;
  const dayKnown = found.start.isCertain("day");
  const y = found.start.get("year")!;
  const m = found.start.get("month")!;
  const d = dayKnown ? found.start.get("day")! : 1;
  return { date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, dayKnown };
}

interface Hit {
  words: string;
  index: number;
}

function find(text: string, pattern: RegExp): (Hit & { m: RegExpExecArray }) | null {
  const m = new RegExp(pattern.source, pattern.flags.includes("i") ? pattern.flags : pattern.flags + "i").exec(text);
  return m ? { m, words: m[0], index: m.index } : null;
}

const join = (hits: (Hit | null)[]) =>
  hits
    .filter((h): h is Hit => h !== null)
    .sort((a, b) => a.index - b.index)
    .map((h) => h.words.trim())
    .join(" … ");

const VAGUE =
  /\b(?:regularly|regular|as appropriate|where appropriate|when appropriate|if appropriate|from time to time|periodically|in due course|in a timely (?:manner|way|fashion)|on an ongoing basis|ongoing|routinely|as soon as (?:is )?(?:possible|practicable))\b/i;
const AS_NEEDED =
  /\b(?:as required|as necessary|when necessary|where necessary|if necessary|if required|when required|where required|as needed|when needed|as and when(?: (?:required|needed|necessary|appropriate))?|on an as and when basis|at any time|as the need arises|on request|upon request|if requested|when requested)\b/i;
const ON_EVENT =
  /\b(?:(?:immediately |promptly )?(?:when|whenever|(?<!\bthe )following|before|prior to|after|upon|on receipt of|in the event (?:of|that)|where|if|should)\b)\s+(?!appropriate|necessary|required|needed|possible|practicable|requested|each\b|every\b|the (?:close|end|start)\b)([^,.;:()]{4,120})/i;

/** Reads the timing of one sentence (or one obligation's part of it). Null when it states no time. */
export function readTiming(raw: string, context: TimingContext = {}): TimingFound | null {
  const text = raw.replace(/\s+/g, " ");
  const dated = readDated(text, context);
  const vague = find(text, VAGUE);
  const asNeeded = find(text, AS_NEEDED);
  const onEvent = find(text, ON_EVENT);

  if (dated) {
    const orWhen = find(
      text,
      /\b(?:or|(?:and|or) (?:sooner|earlier))\s+(?:immediately\s+|when\s+|if\s+|whenever\s+|where\s+)*(?:following|when|if|whenever|where|after|upon)\s+([^,.;:()]{4,120})/i,
    );
    return {
      ...dated,
      dated: isDated(dated.cadence.frequency),
      vague: null,
      alsoOnEvent: orWhen ? { trigger: orWhen.m[1]!.trim(), words: orWhen.words.trim() } : null,
    };
  }
  if (asNeeded)
    return result({ frequency: "as-needed", trigger: asNeeded.words }, asNeeded.words, 0.75, vague?.words ?? null);
  if (onEvent) {
    const trigger = onEvent.words.replace(/^\s*(?:immediately|promptly)\s+/i, "").trim();
    return result({ frequency: "on-event", trigger }, onEvent.words, 0.65, vague?.words ?? null);
  }
  if (vague) return result({ frequency: "standing" }, vague.words, 0.4, vague.words);
  return null;
}

function result(cadence: CadenceInput, words: string, confidence: number, vague: string | null): TimingFound {
  return { cadence, dated: isDated(cadence.frequency), words: words.trim(), confidence, vague, alsoOnEvent: null };
}

type Dated = { cadence: CadenceInput; words: string; confidence: number };

function readDated(text: string, context: TimingContext): Dated | null {
  return (
    meetingRelative(text) ?? interval(text, context) ?? following(text) ?? frequencyWord(text) ?? annual(text, context)
  );
}

function meetingRelative(text: string): Dated | null {
  const before = find(
    text,
    new RegExp(
      `(?:no later than |not later than |at least |not less than |a minimum of )?(${NUM}) (clear )?(working days?|days?|weeks?)(?:'|’)? (?:notice )?(?:before|prior to|in advance of|ahead of) (?:each|every|the|a|any) (?:\\w+ ){0,3}meetings?`,
    ),
  );
  if (before) {
    const offset: Offset = { amount: num(before.m[1]!), unit: unitOf(before.m[3]!), direction: "before" };
    if (before.m[2]) offset.clear = true;
    return { cadence: { frequency: "each-meeting", offset }, words: before.words, confidence: 0.9 };
  }
  const after = find(
    text,
    new RegExp(
      `(?:within|no later than|not later than|no more than) (${NUM}) (clear )?(working days?|days?|weeks?) (?:of|after|following|from) (?:each|every|the|a|any) (?:\\w+ ){0,3}meetings?`,
    ),
  );
  if (after) {
    const offset: Offset = { amount: num(after.m[1]!), unit: unitOf(after.m[3]!), direction: "after" };
    if (after.m[2]) offset.clear = true;
    return { cadence: { frequency: "each-meeting", offset }, words: after.words, confidence: 0.85 };
  }
  const ofYear = find(
    text,
    /\bat (?:the|its|their) (first|last|final) (?:\w+ ){0,2}meeting (?:of|in) (?:the|each|every) (?:financial |municipal |civic |calendar )?year\b/,
  );
  if (ofYear)
    return {
      cadence: { frequency: "meeting-of-year", which: ofYear.m[1]!.toLowerCase() === "first" ? "first" : "last" },
      words: ofYear.words,
      confidence: 0.9,
    };
  const firstAfter = find(
    text,
    new RegExp(
      `\\bat (?:(?:the|its|their) )?(?:[\\w&-]+['’]s? )?(?:first|next) (?:\\w+ ){0,2}meeting (?:following|after) [^.;]{0,80}?(\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2})`,
    ),
  );
  if (firstAfter) {
    const after = dayOfYear(firstAfter.m[1]!);
    if (after)
      return { cadence: { frequency: "first-meeting-after", after }, words: firstAfter.words, confidence: 0.85 };
  }
  // "at the HWB's next meeting after publication": the meeting after another duty's event, not a date.
  const nextAfterEvent = find(
    text,
    /\bat (?:(?:the|its|their) )?(?:[\w&-]+['’]s? )?(?:first|next) (?:available )?(?:\w+ )?meeting (?:following|after) (?!(?:each|every)\b)[^.;,]{3,60}/,
  );
  if (nextAfterEvent)
    return { cadence: { frequency: "follows", atNextMeeting: true }, words: nextAfterEvent.words, confidence: 0.7 };
  const everyMeeting = find(text, /\b(?:after|following) (?:each|every) (?:\w+ ){0,2}meeting\b/);
  if (everyMeeting)
    // afterMeetingsOf is the owing or receiving board; duties.ts fills it in from the parties.
    return {
      cadence: { frequency: "after-every-meeting", afterMeetingsOf: "" },
      words: everyMeeting.words,
      confidence: 0.85,
    };
  const atEach = find(text, /\b(?:at|to|for) (?:each|every|all) (?:\w+ ){0,2}meetings?\b/);
  if (atEach) return { cadence: { frequency: "each-meeting" }, words: atEach.words, confidence: 0.75 };
  return null;
}

function interval(text: string, context: TimingContext): Dated | null {
  const every = find(
    text,
    new RegExp(
      `\\b(?:(biennially|bi-ennially|every other year)|(triennially)|(?:at intervals of |intervals of )(?:no (?:more|longer) than |not more than |not exceeding |at most )?(${NUM}) (months|years)|every (${NUM}) (months|years))\\b`,
    ),
  );
  if (!every) return null;
  const m = every.m;
  let count: number;
  let unit: "months" | "years";
  if (m[1]) [count, unit] = [2, "years"];
  else if (m[2]) [count, unit] = [3, "years"];
  else if (m[3]) [count, unit] = [num(m[3]), m[4]!.toLowerCase().startsWith("month") ? "months" : "years"];
  else [count, unit] = [num(m[5]!), m[6]!.toLowerCase().startsWith("month") ? "months" : "years"];
  if (unit === "months" && count === 12) return null; // "every twelve months" is annual
  if (unit === "months" && count === 3) return null; // quarterly
  if (unit === "months" && count === 6) return null; // six-monthly

  const next = find(
    text,
    new RegExp(
      `\\bnext (?:\\w+ ){0,2}(?:falling|due|taking place|to take place|scheduled)? ?(?:in|on|for) ((?:\\d{1,2} )?${MONTH} \\d{4})`,
    ),
  );
  if (next) {
    const at = civilDateIn(next.m[1]!);
    if (at)
      return {
        cadence: {
          frequency: "interval",
          every: count,
          unit,
          anchorDate: at.date,
          anchorIsOccurrence: true,
          ...(at.dayKnown ? {} : { precision: "month" as const }),
        },
        words: join([every, next]),
        confidence: 0.85,
      };
  }
  const last = find(
    text,
    new RegExp(`\\b(?:last|previously) (?:\\w+ ){0,2}(?:on|in) ((?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH},? \\d{4})`),
  );
  if (last) {
    const at = civilDateIn(last.m[1]!);
    if (at)
      return {
        cadence: { frequency: "interval", every: count, unit, anchorDate: at.date },
        words: join([every, last]),
        confidence: 0.85,
      };
  }
  const fromSignature = find(
    text,
    /\bfrom the (?:date of (?:signature|signing|agreement|initial agreement|adoption)|date (?:it|this \w+) (?:was|is) (?:signed|agreed))\b/,
  );
  if (context.agreedOn)
    return {
      cadence: { frequency: "interval", every: count, unit, anchorDate: context.agreedOn },
      words: join([every, fromSignature]),
      confidence: fromSignature ? 0.85 : 0.6,
    };
  // No date to count from: the interval cannot be placed on a calendar until one is given.
  return {
    cadence: { frequency: "as-needed", trigger: every.words },
    words: join([every, fromSignature]),
    confidence: 0.4,
  };
}

function following(text: string): Dated | null {
  const within = find(
    text,
    new RegExp(
      `\\b(?:within|no later than|not later than) (${NUM}) (working days?|days?|weeks?|(?:calendar )?months?) (?:of|after|following|from) (?!(?:the )?(?:close|end|start|beginning)\\b)(?!(?:each|every|the|a) (?:\\w+ ){0,3}meeting)(?:the |its |their )?([^,.;()]{3,60})`,
    ),
  );
  if (within && /^(?:any|a|an|each|every)\b/i.test(within.m[3]!.trim()))
    // "within 15 days of any change": a time after an event, not after another duty.
    return {
      cadence: { frequency: "on-event", trigger: within.words },
      words: within.words,
      confidence: 0.7,
    };
  // "will seek to resolve it within 10 working days": a time counted from an event the text does not date.
  const bare = within
    ? null
    : find(
        text,
        new RegExp(
          `\\bwithin (${NUM}) (working days?|days?|weeks?|(?:calendar )?months?)\\b(?! (?:of|after|following|from|before|prior)\\b)`,
        ),
      );
  if (bare) return { cadence: { frequency: "on-event", trigger: bare.words }, words: bare.words, confidence: 0.6 };
  if (within)
    return {
      cadence: {
        frequency: "follows",
        offset: { amount: num(within.m[1]!), unit: unitOf(within.m[2]!), direction: "after" },
      },
      words: within.words,
      confidence: 0.7,
    };
  // Acting on another's report: "take note of the recommendations … in their annual report", "respond to …".
  const respond = find(
    text,
    /\b(?:take note of|respond(?:s|ing)? to|consider(?:s|ing)?|act(?:s|ing)? on)\b[^.;]{0,80}?\b(?:in|of|from) (?:their|its|the) (?:\w+ ){0,2}reports?\b/,
  );
  if (respond) return { cadence: { frequency: "follows", atNextMeeting: true }, words: respond.words, confidence: 0.5 };
  const formPart = find(
    text,
    /\b(?:form|forms|inform|informs|become|becomes) (?:a |an )?part of (?:the|its|their) |\bbe (?:incorporated|included) in(?:to)? (?:the |its |their |relevant )/,
  );
  if (formPart)
    return { cadence: { frequency: "follows", atNextMeeting: true }, words: formPart.words, confidence: 0.5 };
  return null;
}

function frequencyWord(text: string): Dated | null {
  const perYear = find(
    text,
    new RegExp(
      `\\b(?:at least |a minimum of |not less than |no fewer than |no less than |minimum of )?(once|twice|thrice|${NUM} times) (?:a|per|each|every|in each|in every|in a) (?:financial |calendar |municipal )?year\\b|\\b(?:at least|a minimum of|not less than|no fewer than) (twice|thrice|${NUM} times)\\b|\\btwice[- ]yearly\\b`,
    ),
  );
  if (perYear) {
    const word = (perYear.m[1] ?? perYear.m[2] ?? "twice").toLowerCase();
    const n = word === "once" ? 1 : word === "twice" ? 2 : word === "thrice" ? 3 : num(word.split(" ")[0]!);
    if (n === 1) return { cadence: { frequency: "annual" }, words: perYear.words, confidence: 0.85 };
    return { cadence: { frequency: "min-per-year", minPerYear: n }, words: perYear.words, confidence: 0.9 };
  }
  const quarterly = find(text, /\b(?:quarterly|each quarter|every quarter|every three months|every 3 months)\b/);
  if (quarterly) return { cadence: { frequency: "quarterly" }, words: quarterly.words, confidence: 0.9 };
  const sixMonthly = find(
    text,
    /\b(?:(?:six|6)[- ]?monthly|every (?:six|6) months|half[- ]yearly|bi-?annual(?:ly)?|at six[- ]monthly intervals)\b/,
  );
  if (sixMonthly) return { cadence: { frequency: "six-monthly" }, words: sixMonthly.words, confidence: 0.9 };
  const named = find(
    text,
    new RegExp(
      `\\b(?:(?:each|every|in) )(${MONTH})((?:(?:,| and| &) ${MONTH})+)(?:(?: each| every| of each| of every) (?:financial |calendar )?year)?\\b`,
    ),
  );
  if (
    named &&
    (/^(?:each|every)/i.test(named.words) || /\b(?:each|every) (?:financial |calendar )?year\b/i.test(named.words))
  ) {
    const months = [
      named.m[1]!,
      ...named.m[2]!.split(/,| and | & /)
        .map((s) => s.trim())
        .filter(Boolean),
    ].map(month);
    if (new Set(months).size === months.length && months.length > 1)
      return { cadence: { frequency: "named-months", months }, words: named.words, confidence: 0.9 };
  }
  const monthly = find(text, /(?<!(?:six|two|three|\d)[- ]?)\b(?:on a monthly basis|monthly|each month|every month)\b/);
  if (monthly) return { cadence: { frequency: "monthly" }, words: monthly.words, confidence: 0.9 };
  return null;
}

function annual(text: string, context: TimingContext): Dated | null {
  const annualWord = find(
    text,
    /\b(?:annually|yearly|each year|every year|per annum|once a year|on an annual basis|every twelve months|every 12 months|annual)\b/,
  );
  const inferred = annualWord !== null && /^annual$/i.test(annualWord.words);
  const fromAgreement = find(
    text,
    /\b(?:annually|each year|every year|on an annual basis)\s*\(?\s*from the date of (?:the )?(?:initial )?(?:agreement|signature|signing|adoption)\)?/,
  );

  const season = find(text, /\b(?:in|during|by the end of) (?:the )?(spring|summer|autumn|winter)\b/);
  const startOfYear = find(
    text,
    /\bat the (?:start|beginning|end|close) of (?:each|the|every) (?:financial |municipal |civic |calendar )?year\b/,
  );
  const quarter = find(text, /\b(?:during|in|within) the (first|second|third|fourth|final|last) quarter\b/);
  const between = find(
    text,
    new RegExp(`\\b(?:between|from) (${MONTH}) (?:and|to|until|-|–) (${MONTH})\\b(?! \\d{4})`),
  );
  const inMonths = find(
    text,
    new RegExp(
      `\\b(?:in|during|by the end of|each|every) (${MONTH})(?:(?:\\s*/\\s*|-|–| or | to )(${MONTH}))?\\b(?!,? \\d{4})(?! \\d{1,2}\\b)`,
    ),
  );
  const yearClose = find(
    text,
    new RegExp(
      `\\b(?:no later than|not later than|within|by) (${NUM}) (working days?|days?|weeks?|months?) (?:after|of|following|from) the (close|end|start|beginning) of (?:the|each|every) (?:financial |municipal |calendar )?year\\b`,
    ),
  );
  const byDate = find(
    text,
    new RegExp(
      `\\b(?:no later than|not later than|by|before|on or before|concluded by|completed by|due by|on) (?:the )?(\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?)\\b(?!,? \\d{4})`,
    ),
  );
  const duration = find(
    text,
    new RegExp(
      `\\b(?:open|run|running|last|lasting) for (?:a minimum of |at least |a period of |not less than )?(${NUM}) (working days?|days?|weeks?)`,
    ),
  );

  const anyYearly = annualWord ?? quarter ?? between ?? inMonths ?? yearClose ?? byDate ?? season ?? startOfYear;
  if (!anyYearly) return null;

  if (fromAgreement && context.agreedOn)
    return {
      cadence: { frequency: "anniversary", anchorDate: context.agreedOn },
      words: fromAgreement.words,
      confidence: 0.8,
    };

  const cadence: CadenceInput & { frequency: "annual" } = { frequency: "annual" };
  let detail: Hit | null = null;
  if (yearClose) {
    const start = /start|beginning/i.test(yearClose.m[3]!);
    cadence.deadline = {
      from: start ? "cycle-start" : "cycle-end",
      offset: { amount: num(yearClose.m[1]!), unit: unitOf(yearClose.m[2]!), direction: "after" },
    };
    detail = yearClose;
  } else if (byDate) {
    const day = dayOfYear(byDate.m[1]!);
    if (day) {
      cadence.deadline = day;
      detail = byDate;
      if (duration) cadence.duration = { amount: num(duration.m[1]!), unit: unitOf(duration.m[2]!) };
    }
  } else if (quarter) {
    cadence.quarter = ORDINALS[quarter.m[1]!.toLowerCase()]!;
    detail = quarter;
  } else if (between) {
    cadence.window = { fromMonth: month(between.m[1]!), toMonth: month(between.m[2]!) };
    detail = between;
  } else if (season) {
    const [fromMonth, toMonth] = SEASONS[season.m[1]!.toLowerCase()]!;
    cadence.window = { fromMonth, toMonth };
    detail = season;
  } else if (inMonths) {
    const from = month(inMonths.m[1]!);
    cadence.window = { fromMonth: from, toMonth: inMonths.m[2] ? month(inMonths.m[2]) : from };
    detail = inMonths;
  }
  const words = join([annualWord, detail, cadence.duration ? duration : null, detail ? null : startOfYear]);
  // A month or date with no yearly word, or only the adjective "annual", is read as once a year: likely, not stated.
  const confidence = annualWord && !inferred ? 0.9 : detail ? 0.75 : 0.7;
  return { cadence, words, confidence };
}

/** The vague time words of a text ("regularly", "as appropriate"), or null. */
export function vagueWords(text: string): string | null {
  return find(text, VAGUE)?.words ?? null;
}
