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
import { toAppError } from "@/server/core/errors";
import {
  importProtocol,
  type ImportResult,
  type ProtocolFile,
} from "@/server/features/protocol-import/import-protocol";
import { knownParties } from "@/server/features/protocol-import/stored-reading";
import type { EvidenceStore } from "@/server/storage/evidence-store";

/**
 * `cli protocol extract` and `cli protocol import` (issue 12, build item 7). `extract` reads a
 * protocol document into draft rules, printed in the contract other tools check, and never writes to
 * the database; `import` stores it as a draft protocol with its clauses and proposals, through the
 * same use case as the upload page.
 */
export const PROTOCOL_EXTRACT_USAGE = "protocol extract --file <path> [--area <slug>] [--fy <startYear>] [--json]";
export const PROTOCOL_IMPORT_USAGE =
  "protocol import --area <slug> --file <path> [--create-boards] [--accept-all] [--agreed-on <YYYY-MM-DD>] [--json]";
export const PROTOCOL_USAGE = `${PROTOCOL_EXTRACT_USAGE} | ${PROTOCOL_IMPORT_USAGE}`;

export class ProtocolUsageError extends Error {}

export interface ExtractArgs {
  action: "extract";
  file: string;
  area?: string;
  fy?: number;
  json: boolean;
}

export interface ImportArgs {
  action: "import";
  area: string;
  file: string;
  createBoards: boolean;
  acceptAll: boolean;
  agreedOn?: string;
  json: boolean;
}

export type ProtocolArgs = ExtractArgs | ImportArgs;

const OPTIONS = {
  extract: { values: ["--file", "--area", "--fy"], flags: ["--json"], required: ["--file"] },
  import: {
    values: ["--area", "--file", "--agreed-on"],
    flags: ["--create-boards", "--accept-all", "--json"],
    required: ["--area", "--file"],
  },
} as const;

/** Parses `protocol extract|import ...`; a ProtocolUsageError names what is wrong and the options. */
export function parseProtocolArgs(argv: readonly string[]): ProtocolArgs {
  const [action, ...args] = argv;
  if (action !== "extract" && action !== "import")
    throw new ProtocolUsageError(
      `protocol needs "extract" or "import"${action ? ` (not "${action}")` : ""}: ${PROTOCOL_USAGE}`,
    );
  const { values, flags, required } = OPTIONS[action];
  const usage = action === "extract" ? PROTOCOL_EXTRACT_USAGE : PROTOCOL_IMPORT_USAGE;
  const given = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if ((flags as readonly string[]).includes(arg)) given.set(arg, true);
    else if ((values as readonly string[]).includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) throw new ProtocolUsageError(`${arg} needs a value`);
      given.set(arg, value);
    } else
      throw new ProtocolUsageError(
        `Unknown option "${arg}" for protocol ${action}. Options: ${[...values, ...flags].join(", ")}`,
      );
  }
  const missing = required.filter((flag) => !given.has(flag));
  if (missing.length > 0)
    throw new ProtocolUsageError(
      `protocol ${action} needs ${missing.map((f) => `${f} <${f === "--file" ? "path" : "slug"}>`).join(" and ")}: ${usage}`,
    );
  const value = (flag: string) => given.get(flag) as string | undefined;
  if (action === "import")
    return {
      action,
      area: value("--area")!,
      file: value("--file")!,
      createBoards: given.has("--create-boards"),
      acceptAll: given.has("--accept-all"),
      // Checked by the use case, whose message names the option (see optionOf).
      ...(given.has("--agreed-on") ? { agreedOn: value("--agreed-on") } : {}),
      json: given.has("--json"),
    };
  const fy = value("--fy");
  if (fy !== undefined && (!/^\d{4}$/.test(fy) || Number(fy) < 2000 || Number(fy) > 2098))
    throw new ProtocolUsageError(
      `--fy takes the year a financial year starts, from 2000 to 2098 (2026 means 1 April 2026 to 31 March 2027); got "${fy}"`,
    );
  return {
    action,
    file: value("--file")!,
    ...(value("--area") !== undefined ? { area: value("--area") } : {}),
    ...(fy !== undefined ? { fy: Number(fy) } : {}),
    json: given.has("--json"),
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

type Io = { out: (text: string) => void; err: (text: string) => void };

/**
 * Runs `protocol extract` or `protocol import` and returns the exit status: 0 done, 2 bad usage or
 * input, 1 otherwise. `store` is where `import` keeps the document (the configured one by default).
 */
export async function runProtocolCommand(
  openDb: () => Db,
  argv: readonly string[],
  io: Io,
  options: { store?: EvidenceStore } = {},
): Promise<number> {
  let args: ProtocolArgs;
  try {
    args = parseProtocolArgs(argv);
  } catch (error) {
    if (!(error instanceof ProtocolUsageError)) throw error;
    io.err(error.message);
    return 2;
  }
  const file = await readProtocolFile(args.file);
  if ("problem" in file) {
    io.err(file.problem);
    return 2;
  }
  return args.action === "extract"
    ? runExtract(openDb, args, file, io)
    : runImport(openDb, args, file, io, options.store);
}

/** The file's bytes, or why it cannot be read: refused by size before it is read into memory. */
async function readProtocolFile(path: string): Promise<{ fileName: string; bytes: Uint8Array } | { problem: string }> {
  try {
    const size = (await stat(path)).size;
    // The limit is extractText's own.
    if (size > MAX_PROTOCOL_BYTES)
      return {
        problem: new ProtocolFileError(
          "TOO_LARGE",
          `${basename(path)} is ${Math.ceil(size / 1024 / 1024)} MB; the limit is ${MAX_PROTOCOL_BYTES / 1024 / 1024} MB`,
        ).message,
      };
    return { fileName: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { problem: `Cannot read ${path}: ${(error as Error).message}` };
  }
}

async function runExtract(openDb: () => Db, args: ExtractArgs, file: ProtocolFile, io: Io): Promise<number> {
  let reading: ProtocolReading;
  try {
    reading = readProtocol((await extractText(file.bytes, file.fileName)).text);
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
      const area = await db.area.findUnique({ where: { slug: args.area } });
      if (!area) {
        io.err(noArea(args.area));
        return 2;
      }
      const known = await knownParties(db, area.id);
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

const noArea = (slug: string) => `No area "${slug}". Run "cli areas" to list them.`;

/** The use case's field names as the options that set them. */
const OPTION_OF: Record<string, string> = {
  area: "--area",
  file: "--file",
  createBoards: "--create-boards",
  acceptAll: "--accept-all",
  agreedOn: "--agreed-on",
};

async function runImport(
  openDb: () => Db,
  args: ImportArgs,
  file: ProtocolFile,
  io: Io,
  store: EvidenceStore | undefined,
): Promise<number> {
  const db = openDb();
  let result: ImportResult;
  try {
    // Looked up first so that a mistyped slug is named as such (the use case says only "not found").
    if (!(await db.area.findUnique({ where: { slug: args.area }, select: { id: true } }))) {
      io.err(noArea(args.area));
      return 2;
    }
    result = await importProtocol(
      { db, viewer: null, ...(store ? { store } : {}) },
      {
        area: args.area,
        createBoards: args.createBoards,
        acceptAll: args.acceptAll,
        ...(args.agreedOn !== undefined ? { agreedOn: args.agreedOn } : {}),
      },
      file,
    );
  } catch (error) {
    const known = toAppError(error);
    if (!known) throw error;
    // The field errors name the option at fault; the form's summary above them would only repeat it.
    const fields = Object.entries(known.fieldErrors).map(
      ([field, messages]) => `  ${OPTION_OF[field] ?? field}: ${messages.join("; ")}`,
    );
    const saved = /nothing was (saved|changed)/i.test(known.message) ? "" : " Nothing was saved.";
    io.err(
      fields.length
        ? ["Nothing was saved:", ...fields].join("\n")
        : `${known.message}${/[.!]$/.test(known.message) ? "" : "."}${saved}`,
    );
    return known.code === "VALIDATION" || known.code === "NOT_FOUND" ? 2 : 1;
  } finally {
    await db.$disconnect();
  }
  if (args.json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  const matched = result.parties.filter((p) => p.matched);
  const unmatched = result.parties.filter((p) => !p.matched);
  const names = (parties: ImportResult["parties"]) =>
    parties.length ? `: ${parties.map((p) => `${p.name} (${p.key}, ${p.kind})`).join(", ")}` : "";
  io.out(
    `Imported "${result.title}" into ${result.area}: protocol ${result.key}, version ${result.version}, ${result.status}, id ${result.protocolId}`,
  );
  io.out(`  clauses             ${result.clauses}`);
  io.out(`  proposals           ${result.proposals}`);
  io.out(`  accepted            ${result.accepted}`);
  io.out(`  left for review     ${result.leftForReview.length}`);
  for (const left of result.leftForReview) io.out(`    ${left.clause.padEnd(10)} ${left.problem}`);
  io.out(
    `  boards created      ${result.boardsCreated.length}${result.boardsCreated.length ? `: ${result.boardsCreated.map((b) => `${b.name} (${b.key})`).join(", ")}` : ""}`,
  );
  io.out(`  parties matched     ${matched.length}${names(matched)}`);
  io.out(`  parties unmatched   ${unmatched.length}${names(unmatched)}`);
  io.out(`  descriptive clauses ${result.descriptive}`);
  io.out(`  gaps                ${result.gaps}`);
  io.out(`Review it at /areas/${result.area}/protocols/${result.protocolId}/review`);
  return 0;
}
