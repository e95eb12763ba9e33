import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createDatabase, dialectOf, type Db } from "@/server/data/database";
import { AppError, toAppError } from "@/server/core/errors";
import { calendarCommand } from "@/server/features/calendar/calendar-command";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { listAreaMembership } from "@/server/features/membership/list-area-membership";
import { listAreas } from "@/server/features/areas/list-areas";
import { listBoards } from "@/server/features/boards/list-boards";
import { listObligations } from "@/server/features/protocols/list-obligations";
import { createArea } from "@/server/features/areas/create-area";
import { exportArea, serializeAreaFile } from "@/server/features/areas/export-area";
import { importAreaFile } from "@/server/features/areas/import-area";
import { DEFAULT_DEMO_PASSWORD, seedAreaData, seedDemoData } from "@/server/seed/seed-demo-data";
import { seedDemoHistory } from "@/server/seed/seed-demo-history";
import { loadStandardVocabularies } from "@/server/seed/load-standard-vocabularies";
import { BOARD_USAGE, runBoardCommand } from "./board-command";
import { NOTIFICATIONS_USAGE, runNotificationsCommand } from "./notifications-command";
import { PROTOCOL_EXTRACT_USAGE, PROTOCOL_IMPORT_USAGE, runProtocolCommand } from "./protocol-command";
import { BACKUP_USAGE, runBackupCommand } from "./backup-command";
import { USER_USAGE, UserUsageError, parseUserArgs, runUserCommand, type UserArgs } from "./user-command";

/**
 * The admin command line: `npm run --silent cli -- <command> [options]`. It calls the same
 * services as the pages. Data goes to stdout; messages go to stderr; bad usage exits 2.
 */
const COMMANDS = {
  areas: "list the areas",
  boards: "list an area's boards (--area <slug>)",
  obligations: "list the duties of the protocols an area's boards are party to (--area <slug>)",
  membership: "who sits on which board, past terms included (--area <slug>)",
  rules: "check the protocols' membership rules against today's memberships (--area <slug>)",
  calendar:
    "generate a financial year's calendar (--area <slug> --fy <startYear> [--board <key>] [--standing] [--write])",
  seed:
    "load the five protocols and the demo data, with last and this financial year's calendars and their history (idempotent;" +
    " never changes an existing password; refused when NODE_ENV=production unless --allow-production)." +
    " seed --protocols-only loads the five areas' boards, people and protocols only: no demo users, no history",
  migrate:
    "apply the committed migrations for DATABASE_URL's dialect (prisma migrate deploy); on a fresh install, load the standard vocabularies",
  area:
    "an area as one file: area export --area <slug> [--out <file>] | area import --file <path> [--dry-run] [--json]" +
    " | area create --slug <s> --name <n> [--json]",
  board: `a new board in an area: ${BOARD_USAGE}`,
  protocol:
    `a protocol document read into draft rules: ${PROTOCOL_EXTRACT_USAGE} (nothing written)` +
    ` | ${PROTOCOL_IMPORT_USAGE} (a draft protocol with its clauses and proposals)`,
  user: USER_USAGE,
  backup: `a copy of the database: ${BACKUP_USAGE} (SQLite: an online copy; PostgreSQL: pg_dump's custom format)`,
  notifications: `queue the digests due now (or --as-of) and send the outbox: ${NOTIFICATIONS_USAGE}; prints { queued, sent, failed, skipped }`,
} as const;
type Command = keyof typeof COMMANDS;

export class UsageError extends Error {}

interface Parsed {
  command: Command;
  area?: string;
  board?: string;
  fy?: number;
  json: boolean;
  write: boolean;
  standing: boolean;
  /** `area` only: what to do, and its options. */
  areaAction?: AreaAction;
  out?: string;
  file?: string;
  slug?: string;
  name?: string;
  dryRun?: boolean;
  user?: UserArgs;
  allowProduction?: boolean;
  protocolsOnly?: boolean;
}

const AREA_ACTIONS = ["export", "import", "create"] as const;
type AreaAction = (typeof AREA_ACTIONS)[number];

/** `area export|import|create` and their options. */
function parseAreaArgs(rest: string[]): Parsed {
  const [action, ...args] = rest;
  if (!action || !(AREA_ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(`area needs one of: ${AREA_ACTIONS.join(", ")}${action ? ` (not "${action}")` : ""}`);
  }
  const parsed: Parsed = {
    command: "area",
    areaAction: action as AreaAction,
    json: false,
    write: false,
    standing: false,
  };
  const options = {
    export: ["--area", "--out"],
    import: ["--file", "--dry-run", "--json"],
    create: ["--slug", "--name", "--json"],
  }[action as AreaAction];
  const examples: Record<string, string> = {
    "--area": "kent",
    "--out": "kent.json",
    "--file": "kent.json",
    "--slug": "kent",
    "--name": "Kent",
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!options.includes(arg))
      throw new UsageError(`Unknown option "${arg}" for area ${action}. Options: ${options.join(", ")}`);
    if (arg === "--json") parsed.json = true;
    else if (arg === "--dry-run") parsed.dryRun = true;
    else {
      const value = args[++i];
      if (!value || value.startsWith("--")) throw new UsageError(`${arg} needs a value, e.g. ${arg} ${examples[arg]}`);
      const field = (
        { "--area": "area", "--out": "out", "--file": "file", "--slug": "slug", "--name": "name" } as const
      )[arg as "--area"];
      parsed[field] = value;
    }
  }
  const required = { export: ["--area"], import: ["--file"], create: ["--slug", "--name"] }[action as AreaAction];
  const missing = required.filter((flag) => parsed[flag.slice(2) as "area"] === undefined);
  if (missing.length > 0)
    throw new UsageError(`area ${action} needs ${missing.map((f) => `${f} <${f.slice(2)}>`).join(" and ")}`);
  return parsed;
}

export function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  const usage = `Commands: ${Object.keys(COMMANDS).join(", ")}. Run "cli help" for details.`;
  if (!command) throw new UsageError(`No command given. ${usage}`);
  if (!(command in COMMANDS)) throw new UsageError(`Unknown command "${command}". ${usage}`);
  if (command === "area") return parseAreaArgs(rest);
  if (command === "user") {
    try {
      return { command, user: parseUserArgs(rest), json: false, write: false, standing: false };
    } catch (error) {
      throw error instanceof UserUsageError ? new UsageError(error.message) : error;
    }
  }
  const parsed: Parsed = { command: command as Command, json: false, write: false, standing: false };
  const isCalendar = command === "calendar";
  const options = isCalendar
    ? "--area <slug>, --fy <startYear>, --board <key>, --standing, --write, --json"
    : command === "seed"
      ? "--protocols-only, --allow-production, --json"
      : "--area <slug>, --json";
  const valueOf = (flag: string, i: number, example: string) => {
    const value = rest[i];
    if (!value || value.startsWith("--")) throw new UsageError(`${flag} needs a value, e.g. ${flag} ${example}`);
    return value;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") parsed.json = true;
    else if (arg === "--area") parsed.area = valueOf("--area", ++i, "kent");
    else if (command === "seed" && arg === "--allow-production") parsed.allowProduction = true;
    else if (command === "seed" && arg === "--protocols-only") parsed.protocolsOnly = true;
    else if (isCalendar && arg === "--board") parsed.board = valueOf("--board", ++i, "HWB");
    else if (isCalendar && arg === "--write") parsed.write = true;
    else if (isCalendar && arg === "--standing") parsed.standing = true;
    else if (isCalendar && arg === "--fy") {
      const value = valueOf("--fy", ++i, "2026");
      if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2098) {
        throw new UsageError(
          `--fy takes the year a financial year starts, from 2000 to 2098 (2026 means 1 April 2026 to 31 March 2027); got "${value}"`,
        );
      }
      parsed.fy = Number(value);
    } else throw new UsageError(`Unknown option "${arg}" for ${command}. Options: ${options}`);
  }
  if (["boards", "obligations", "membership", "rules", "calendar"].includes(parsed.command) && !parsed.area) {
    throw new UsageError(`${parsed.command} needs --area <slug>`);
  }
  if (isCalendar && parsed.fy === undefined) throw new UsageError("calendar needs --fy <startYear>, e.g. --fy 2026");
  return parsed;
}

/** Where a command writes: the process's own streams, or (in tests) anything that collects lines. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  stdin: process.stdin,
};

function table(rows: Record<string, string | number | boolean | null | undefined>[]) {
  if (rows.length === 0) return "(none)";
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.padEnd(width[i]!))
      .join("  ")
      .trimEnd();
  return [
    line(cols),
    line(width.map((w) => "-".repeat(w))),
    ...rows.map((r) => line(cols.map((c) => String(r[c] ?? "")))),
  ].join("\n");
}

async function run(db: Db, p: Parsed, io: CliIo): Promise<void> {
  const { out, err } = io;
  const reader = { db, viewer: null };
  switch (p.command) {
    case "areas": {
      const areas = await listAreas(reader);
      if (p.json)
        out(
          JSON.stringify(
            areas.map(({ slug, name, boards }) => ({ slug, name, boards })),
            null,
            2,
          ),
        );
      else out(table(areas.map(({ slug, name, boards }) => ({ slug, name, boards }))));
      return;
    }
    case "boards": {
      const boards = await listBoards(reader, p.area!);
      if (p.json)
        out(
          JSON.stringify(
            boards.map(({ id: _id, ...b }) => b),
            null,
            2,
          ),
        );
      else
        out(
          table(
            boards.map((b) => ({
              key: b.key,
              name: b.name,
              kind: b.kind,
              statutory: b.statutory ? "yes" : "no",
              areas: b.areas.join("+"),
              meetings: b.meetings,
            })),
          ),
        );
      return;
    }
    case "obligations": {
      const obligations = await listObligations(reader, p.area!);
      if (p.json) out(JSON.stringify(obligations, null, 2));
      else
        out(
          table(
            obligations.map((o) => ({
              clause: o.clause,
              kind: o.kind,
              frequency: o.cadence.frequency,
              from: o.from.map((f) => f.key).join("+"),
              to: o.to.map((t) => t.key).join("+"),
              summary: o.summary.length > 70 ? o.summary.slice(0, 69) + "…" : o.summary,
            })),
          ),
        );
      return;
    }
    case "membership": {
      const people = await listAreaMembership(reader, p.area!);
      if (p.json) out(JSON.stringify(people, null, 2));
      else
        out(
          table(
            people.flatMap((x) =>
              x.boards.map((b) => ({
                person: x.person,
                board: b.board,
                capacity: b.capacity,
                from: b.from,
                to: b.to ?? "",
                posts: x.posts.join("; "),
              })),
            ),
          ),
        );
      return;
    }
    case "rules": {
      const checks = (await checkMembershipRules(reader, p.area!)).map(
        ({ protocol, clause, rule, status, explanation }) => ({ protocol, clause, rule, status, explanation }),
      );
      if (p.json) out(JSON.stringify(checks, null, 2));
      else
        out(
          table(
            checks.map((c) => ({
              clause: c.clause,
              status: c.status,
              explanation: c.explanation.length > 110 ? c.explanation.slice(0, 109) + "…" : c.explanation,
            })),
          ),
        );
      return;
    }
    case "calendar": {
      const result = await calendarCommand(db, { area: p.area!, fy: p.fy!, board: p.board, write: p.write });
      const items = result.items.map(
        ({ id: _id, protocolId: _p, clauseId: _c, frequency: _f, version: _v, updatedAt: _u, meeting, ...rest }) => ({
          key: rest.key,
          obligationId: rest.obligationId,
          clause: rest.clause,
          kind: rest.kind,
          title: rest.title,
          from: rest.from,
          to: rest.to,
          windowStart: rest.windowStart,
          windowEnd: rest.windowEnd,
          dueOn: rest.dueOn,
          meeting: meeting ? { date: meeting.date } : null,
          sequence: rest.sequence,
          status: rest.status,
          flags: rest.flags,
        }),
      );
      if (p.json) out(JSON.stringify(p.standing ? { items, standing: result.standing } : items, null, 2));
      else {
        out(
          table(
            items.map((i) => ({
              due: i.dueOn,
              window: `${i.windowStart}..${i.windowEnd}`,
              clause: i.clause,
              to: i.to?.key ?? "-",
              status: i.status,
              flags: i.flags.join(","),
              title: i.title.length > 60 ? i.title.slice(0, 59) + "…" : i.title,
            })),
          ),
        );
        if (p.standing)
          out(
            "\nStanding duties:\n" +
              table(
                result.standing.map((s) => ({
                  clause: s.clause,
                  frequency: s.frequency,
                  summary: s.summary.length > 70 ? s.summary.slice(0, 69) + "…" : s.summary,
                })),
              ),
          );
      }
      if (result.written)
        err(
          `Written: ${result.written.created} created, ${result.written.updated} updated, ${result.written.retired} retired, ${result.written.unchanged} unchanged.`,
        );
      return;
    }
    case "seed": {
      const { loadAreaSeeds } = await import("@/seed-data/index");
      const reference = await import("@/seed-data/reference");
      const areas = loadAreaSeeds();
      if (p.protocolsOnly) {
        const loaded = await seedAreaData(db, { reference, areas, actor: { type: "system", label: "seed" } });
        if (p.json) out(JSON.stringify(loaded, null, 2));
        else
          err(
            table([
              { part: "reference data", ...loaded.reference },
              ...loaded.areas.map((a) => ({ part: a.area, ...a.stats })),
            ]),
          );
        return;
      }
      if (process.env.NODE_ENV === "production" && !p.allowProduction)
        throw new AppError(
          "FORBIDDEN",
          "Refusing to load the demo users and history: NODE_ENV is production. A real install starts with" +
            " `cli user add --email <e> --name <n> --admin` (and `cli seed --protocols-only` for the five protocols as data)." +
            " To load the demo anyway, add --allow-production. Nothing was changed.",
        );
      const summary = await seedDemoData(db, {
        reference,
        areas,
        demoPassword: process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
        actor: { type: "system", label: "seed" },
      });
      const demo = await seedDemoHistory(db, { areas: areas.map((a) => a.area.slug) });
      if (p.json) out(JSON.stringify({ ...summary, ...demo }, null, 2));
      else {
        const rows = [
          { part: "reference data", ...summary.reference },
          ...summary.areas.map((a) => ({ part: a.area, ...a.stats })),
          { part: "demo users", ...summary.users },
          ...demo.calendars.map(({ area, fy, ...stats }) => ({ part: `calendar ${area} FY${fy}`, ...stats })),
        ];
        err(table(rows));
        err(
          demo.history
            ? `History: ${demo.history.entries} log entries on ${demo.history.items} past items.`
            : "History: not seeded, items have already been logged.",
        );
      }
      return;
    }
    case "migrate":
      return;
    case "area":
      return runArea(db, p, io);
    case "user":
      return runUserCommand(db, p.user!, io);
  }
}

/** `area export|import|create`: the file goes to stdout (or --out); reports go to stderr, or stdout with --json. */
async function runArea(db: Db, p: Parsed, io: CliIo): Promise<void> {
  const { out, err } = io;
  const ctx = { db, viewer: null };
  try {
    switch (p.areaAction!) {
      case "export": {
        const file = await exportArea(ctx, p.area!);
        if (!p.out) {
          // `area export | head` closes the pipe early: that is the reader's choice, not an error.
          if (io === processIo)
            process.stdout.on("error", (error: NodeJS.ErrnoException) => {
              if (error.code === "EPIPE") process.exit(0);
            });
          out(serializeAreaFile(file).trimEnd());
          return;
        }
        writeFileSync(p.out, serializeAreaFile(file));
        const counts = `${file.boards.length} boards, ${file.people.length} people, ${file.meetings.length} meetings`;
        err(`Wrote ${file.area.slug} to ${p.out}: ${counts}, ${file.protocols.length} protocol versions.`);
        return;
      }
      case "import": {
        let text: string;
        try {
          text = readFileSync(p.file!, "utf8");
        } catch (error) {
          throw new AppError("NOT_FOUND", `Cannot read ${p.file}: ${(error as Error).message}`);
        }
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (error) {
          throw new AppError("VALIDATION", `${p.file} is not JSON: ${(error as Error).message}`);
        }
        const result = await importAreaFile(ctx, raw, { dryRun: p.dryRun === true });
        const { area, created, updated, unchanged, written } = result;
        if (p.json) out(JSON.stringify({ area, created, updated, unchanged, written }, null, 2));
        else if (!written) {
          out(
            table(
              result.changes.map((c) => ({
                change: c.change,
                entity: c.entity,
                key: c.key,
                fields: c.fields?.join(", "),
              })),
            ),
          );
        }
        const verb = written ? "Imported" : "Dry run, nothing written: would import";
        err(`${verb} ${area}: ${created} created, ${updated} updated, ${unchanged} unchanged.`);
        return;
      }
      case "create": {
        const { area, message } = await createArea(ctx, { slug: p.slug, name: p.name });
        if (p.json) out(JSON.stringify({ ok: true, message, area }, null, 2));
        else err(message);
        return;
      }
    }
  } catch (error) {
    // With --json a script reads the refusal too; the message and exit status are as without it.
    const known = p.json ? toAppError(error) : null;
    if (known)
      out(
        JSON.stringify(
          { ok: false, code: known.code, message: known.message, fieldErrors: known.fieldErrors },
          null,
          2,
        ),
      );
    throw error;
  }
}

export function migrate(): void {
  const dialect = dialectOf();
  // The Prisma CLI prints progress; keep stdout clean for callers that parse it.
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", `prisma/${dialect}.config.ts`], {
    stdio: ["ignore", process.stderr, process.stderr],
  });
}

/**
 * Runs one command and returns its exit status. `index.ts` calls it with the process's streams and
 * DATABASE_URL's database; tests call it in process with their own (`openDb`) and read what it wrote.
 */
export async function runCli(
  argv: string[],
  io: CliIo = processIo,
  openDb: () => Db = () => createDatabase(),
): Promise<number> {
  const { err } = io;
  if (argv[0] === "board") {
    const db = openDb();
    return runBoardCommand(db, argv.slice(1), io).finally(() => db.$disconnect());
  }
  if (argv[0] === "protocol") return runProtocolCommand(openDb, argv.slice(1), io);
  if (argv[0] === "notifications") return runNotificationsCommand(openDb, argv.slice(1), io);
  if (argv[0] === "backup") return runBackupCommand(argv.slice(1), io);
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv[0] === "help" ? [] : argv);
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      if (argv[0] === "help" || argv.length === 0)
        err(
          Object.entries(COMMANDS)
            .map(([c, d]) => `  ${c.padEnd(12)} ${d}`)
            .join("\n"),
        );
      return 2;
    }
    throw error;
  }
  if (parsed.command === "migrate") {
    try {
      migrate();
    } catch {
      err("Migration failed (see the messages above).");
      return 1;
    }
    // A fresh install starts with today's vocabularies (each table only while it is empty).
    const db = openDb();
    try {
      const added = await loadStandardVocabularies(db);
      const total = added.boardKinds + added.organisationKinds + added.documentTypes;
      if (total > 0)
        err(
          `Loaded the standard vocabularies: ${added.boardKinds} kinds of board, ${added.organisationKinds} kinds of organisation, ${added.documentTypes} document types.`,
        );
      return 0;
    } finally {
      await db.$disconnect();
    }
  }
  const db = openDb();
  try {
    await run(db, parsed, io);
    return 0;
  } catch (error) {
    const known = toAppError(error);
    if (known) {
      err(known.message);
      return known.code === "NOT_FOUND" || known.code === "VALIDATION" ? 2 : 1;
    }
    err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  } finally {
    await db.$disconnect();
  }
}
