import { toAppError } from "@/server/core/errors";
import type { Db } from "@/server/data/database";
import { createBoard } from "@/server/features/boards/create-board";

/**
 * `cli board add`: the "Add a board" page's use case, from the command line (a trusted operator at
 * the server's console). Its parsing lives here so that src/cli/main.ts only routes to it.
 */
export const BOARD_USAGE =
  "board add --area <slug> --key <KEY> --name <name> --acronym <A> --kind <kind key> [--statutory]" +
  " [--independent-chair] [--year-start-month <1-12>] [--statutory-basis <text>] [--contact <text>] [--json]";

export class BoardUsageError extends Error {}

export interface BoardArgs {
  area: string;
  key: string;
  name: string;
  acronym: string;
  kind: string;
  statutory: boolean;
  independentChair: boolean;
  yearStartMonth?: string;
  statutoryBasis?: string;
  contact?: string;
  json: boolean;
}

const VALUES = {
  "--area": "area",
  "--key": "key",
  "--name": "name",
  "--acronym": "acronym",
  "--kind": "kind",
  "--year-start-month": "yearStartMonth",
  "--statutory-basis": "statutoryBasis",
  "--contact": "contact",
} as const;
const FLAGS = { "--statutory": "statutory", "--independent-chair": "independentChair", "--json": "json" } as const;
const REQUIRED = ["--area", "--key", "--name", "--acronym", "--kind"] as const;

/** Parses `board add ...`; a UsageError names what is wrong and the options. */
export function parseBoardArgs(argv: readonly string[]): BoardArgs {
  const [action, ...args] = argv;
  if (action !== "add")
    throw new BoardUsageError(`board needs "add"${action ? ` (not "${action}")` : ""}: ${BOARD_USAGE}`);
  const parsed: Record<string, string | boolean> = { statutory: false, independentChair: false, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg in FLAGS) parsed[FLAGS[arg as keyof typeof FLAGS]] = true;
    else if (arg in VALUES) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) throw new BoardUsageError(`${arg} needs a value`);
      parsed[VALUES[arg as keyof typeof VALUES]] = value;
    } else
      throw new BoardUsageError(
        `Unknown option "${arg}" for board add. Options: ${[...Object.keys(VALUES), ...Object.keys(FLAGS)].join(", ")}`,
      );
  }
  const missing = REQUIRED.filter((flag) => parsed[VALUES[flag]] === undefined);
  if (missing.length > 0) throw new BoardUsageError(`board add needs ${missing.join(", ")}: ${BOARD_USAGE}`);
  return parsed as unknown as BoardArgs;
}

/** Runs `board add` and returns the exit status: 0 done, 2 bad usage or input, 1 otherwise. */
export async function runBoardCommand(
  db: Db,
  argv: readonly string[],
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  let args: BoardArgs;
  try {
    args = parseBoardArgs(argv);
  } catch (error) {
    if (!(error instanceof BoardUsageError)) throw error;
    io.err(error.message);
    return 2;
  }
  try {
    const area = await db.area.findUnique({ where: { slug: args.area } });
    const { area: _slug, json, ...fields } = args;
    // An unknown area goes to the use case as an unknown id, so that it refuses it as the page would.
    const { board, message } = await createBoard({ db, viewer: null }, { areaId: area?.id ?? args.area, ...fields });
    if (json) io.out(JSON.stringify({ ok: true, message, board }, null, 2));
    else io.err(message);
    return 0;
  } catch (error) {
    const known = toAppError(error);
    if (!known) throw error;
    if (args.json)
      io.out(
        JSON.stringify(
          { ok: false, code: known.code, message: known.message, fieldErrors: known.fieldErrors },
          null,
          2,
        ),
      );
    const fields = Object.entries(known.fieldErrors).map(([field, messages]) => `  ${field}: ${messages.join("; ")}`);
    io.err([known.message, ...fields].join("\n"));
    return known.code === "VALIDATION" || known.code === "NOT_FOUND" ? 2 : 1;
  }
}
