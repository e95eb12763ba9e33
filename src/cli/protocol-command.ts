import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { cycleFor, generateItems } from "@/domain/calendar/generate";
import type { EngineObligation, EngineParty } from "@/domain/calendar/types";
import { matchParties, type PartyMatch } from "@/domain/protocol-reading/parties";
import { readProtocol } from "@/domain/protocol-reading/read-protocol";
import type { ProposedDuty, ProtocolReading } from "@/domain/protocol-reading/types";
import { cadenceSchema, isDated } from "@/lib/schemas/cadence";
import type { Db } from "@/server/data/database";
import { toEngineCadence } from "@/server/features/calendar/calendar-context";
import { extractText, MAX_PROTOCOL_BYTES } from "@/server/protocol-reading/extract-text";
import { ProtocolFileError } from "@/server/protocol-reading/protocol-file-error";

/**
 * `cli protocol extract`: a protocol document read into draft rules (issue 12), printed in the
 * contract other tools check. Reads the file, never writes to the database.
 */
export const PROTOCOL_USAGE = "protocol extract --file <path> [--area <slug>] [--fy <startYear>] [--json]";

export class ProtocolUsageError extends Error {}

export interface ProtocolArgs {
  file: string;
  area?: string;
  fy?: number;
  json: boolean;
}

export function parseProtocolArgs(argv: readonly string[]): ProtocolArgs {
  const [action, ...args] = argv;
  if (action !== "extract")
    throw new ProtocolUsageError(`protocol needs "extract"${action ? ` (not "${action}")` : ""}: ${PROTOCOL_USAGE}`);
  const parsed: Partial<ProtocolArgs> & { json: boolean } = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") {
      parsed.json = true;
      continue;
    }
    if (arg !== "--file" && arg !== "--area" && arg !== "--fy")
      throw new ProtocolUsageError(
        `Unknown option "${arg}" for protocol extract. Options: --file, --area, --fy, --json`,
      );
    const value = args[++i];
    if (value === undefined || value.startsWith("--")) throw new ProtocolUsageError(`${arg} needs a value`);
    if (arg === "--fy") {
      if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2098)
        throw new ProtocolUsageError(
          `--fy takes the year a financial year starts, from 2000 to 2098 (2026 means 1 April 2026 to 31 March 2027); got "${value}"`,
        );
      parsed.fy = Number(value);
    } else parsed[arg.slice(2) as "file" | "area"] = value;
  }
  if (!parsed.file) throw new ProtocolUsageError(`protocol extract needs --file <path>: ${PROTOCOL_USAGE}`);
  return parsed as ProtocolArgs;
}

/** The area's boards, posts and organisations, for matching the parties the text names. */
async function knownParties(db: Db, slug: string) {
  const area = await db.area.findUnique({
    where: { slug },
    include: {
      boards: { include: { board: true } },
      posts: true,
      organisations: true,
    },
  });
  if (!area) return null;
  return {
    boards: area.boards.map((l) => ({
      id: l.boardId,
      key: l.key,
      name: l.board.name,
      acronym: l.board.acronym,
      yearStartMonth: l.board.yearStartMonth,
    })),
    posts: area.posts.map((p) => ({ id: p.id, key: p.key, title: p.title })),
    organisations: (await db.organisation.findMany({ where: { OR: [{ areaId: area.id }, { areaId: null }] } })).map(
      (o) => ({ id: o.id, slug: o.slug, name: o.name }),
    ),
  };
}

/**
 * What the calendar engine gives a duty in a financial year, one item per recipient, with no meetings
 * known: parties stand for themselves (by key), a matched board keeps its own year start.
 */
export function itemsFor(duty: ProposedDuty, fy: number, startMonthOf: (key: string) => number) {
  const parsed = cadenceSchema.safeParse(duty.cadence);
  if (!parsed.success || !isDated(parsed.data.frequency) || parsed.data.frequency === "follows") return [];
  const meetingsOf = "meetingsOf" in parsed.data ? (parsed.data.meetingsOf ?? null) : null;
  const afterMeetingsOf = "afterMeetingsOf" in parsed.data ? parsed.data.afterMeetingsOf : null;
  const party = (key: string): EngineParty => ({ type: "board", id: key });
  const anchor = duty.from[0] ?? duty.to[0] ?? "PROTOCOL";
  const obligation: EngineObligation = {
    id: "duty",
    cadence: toEngineCadence(parsed.data, meetingsOf ?? afterMeetingsOf ?? null),
    from: duty.from.map(party),
    to: duty.to.map(party),
    comesAfterId: null,
    anchorBoardId: anchor,
  };
  return generateItems({
    obligations: [obligation],
    meetings: [],
    cycleOf: (board) => cycleFor(fy, startMonthOf(board)),
  }).map((i) => ({ windowStart: i.windowStart, windowEnd: i.windowEnd, dueOn: i.dueOn }));
}

/** The reading in the `protocol extract --json` contract. */
export function extractJson(
  reading: ProtocolReading,
  matches: PartyMatch[] | null,
  fy?: number,
  startMonths?: Map<string, number>,
) {
  const boardIdOf = new Map(
    (matches ?? []).filter((m) => m.match?.kind === "board").map((m) => [m.party.key, m.match!.id]),
  );
  return {
    title: reading.title,
    agreedOn: reading.agreedOn,
    parties: reading.parties.map((p) => ({
      key: p.key,
      name: p.name,
      ...(boardIdOf.has(p.key) ? { boardId: boardIdOf.get(p.key) } : {}),
    })),
    clauses: reading.clauses.map((c) => ({ ref: c.ref, text: c.text })),
    duties: reading.duties.map((d) => ({
      clause: d.clause,
      kind: d.kind,
      summary: d.summary,
      from: d.from,
      to: d.to,
      dated: d.dated,
      cadence: d.cadence,
      modality: d.modality,
      documents: d.documents,
      quote: d.quote,
      confidence: d.confidence,
      ...(fy !== undefined ? { items: itemsFor(d, fy, (key) => startMonths?.get(key) ?? 4) } : {}),
    })),
    membershipRules: reading.membershipRules.map((r) => ({ clause: r.clause, rule: r.rule, quote: r.quote })),
    descriptive: reading.descriptive,
  };
}

/** Runs `protocol extract` and returns the exit status: 0 done, 2 bad usage or input, 1 otherwise. */
export async function runProtocolCommand(
  openDb: () => Db,
  argv: readonly string[],
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  let args: ProtocolArgs;
  try {
    args = parseProtocolArgs(argv);
  } catch (error) {
    if (!(error instanceof ProtocolUsageError)) throw error;
    io.err(error.message);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    const size = (await stat(args.file)).size;
    // Refused before it is read into memory: the limit is extractText's own.
    if (size > MAX_PROTOCOL_BYTES)
      throw new ProtocolFileError(
        "TOO_LARGE",
        `${basename(args.file)} is ${Math.ceil(size / 1024 / 1024)} MB; the limit is ${MAX_PROTOCOL_BYTES / 1024 / 1024} MB`,
      );
    bytes = new Uint8Array(await readFile(args.file));
  } catch (error) {
    if (error instanceof ProtocolFileError) {
      io.err(error.message);
      return 2;
    }
    io.err(`Cannot read ${args.file}: ${(error as Error).message}`);
    return 2;
  }
  let reading: ProtocolReading;
  try {
    reading = readProtocol((await extractText(bytes, basename(args.file))).text);
  } catch (error) {
    if (!(error instanceof ProtocolFileError)) throw error;
    io.err(error.message);
    return 2;
  }
  let matches: PartyMatch[] | null = null;
  const startMonths = new Map<string, number>();
  if (args.area) {
    const db = openDb();
    try {
      const known = await knownParties(db, args.area);
      if (!known) {
        io.err(`No area "${args.area}". Run "cli areas" to list them.`);
        return 2;
      }
      matches = matchParties(reading.parties, known);
      for (const m of matches) {
        const board = m.match?.kind === "board" ? known.boards.find((b) => b.id === m.match!.id) : undefined;
        if (board) startMonths.set(m.party.key, board.yearStartMonth);
      }
    } finally {
      await db.$disconnect();
    }
  }
  const json = extractJson(reading, matches, args.fy, startMonths);
  if (args.json) {
    io.out(JSON.stringify(json, null, 2));
    return 0;
  }
  io.out(`${json.title ?? "(untitled)"}${json.agreedOn ? `, agreed ${json.agreedOn}` : ""}`);
  io.out(
    `${json.clauses.length} clauses, ${json.parties.length} parties, ${json.duties.length} proposed duties (${json.duties.filter((d) => d.dated).length} dated), ${json.membershipRules.length} membership rules, ${json.descriptive.length} descriptive clauses, ${reading.gaps.length} gaps`,
  );
  for (const d of json.duties)
    io.out(
      `  ${d.clause.padEnd(10)} ${d.modality.padEnd(6)} ${d.kind.padEnd(20)} ${d.cadence.frequency.padEnd(20)} ${d.summary}`,
    );
  return 0;
}
