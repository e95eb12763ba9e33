import { AppError, toAppError } from "@/server/core/errors";
import type { Db } from "@/server/data/database";
import { addUser } from "@/server/features/users/add-user";
import { grantUserRole, revokeUserRole } from "@/server/features/users/grant-role";
import { setSingleSignOn } from "@/server/features/users/set-single-sign-on";
import { setUserDisabled } from "@/server/features/users/set-user-disabled";
import { roleScopeKey } from "@/server/seed/builders";
import { ROLES, type Role } from "@/lib/schemas/vocabulary";

/**
 * `cli user add | grant | revoke | disable | enable | sso-on | sso-off`: accounts and roles from the server's console,
 * through the same use cases (and messages) as the users pages. The console is trusted: no viewer.
 */
export const USER_USAGE =
  "accounts and roles: user add --email <e> --name <n> [--admin] [--password-stdin] [--json]" +
  " | user grant|revoke --email <e> --role <administrator|secretariat|chair|member> [--area <slug>] [--board <key> --area <slug>] [--json]" +
  " | user disable|enable --email <e> [--json]" +
  " | user sso-on|sso-off --email <e> [--json] (single sign-on; sso-off also forgets the bound identity)";

export class UserUsageError extends Error {}

const ACTIONS = ["add", "grant", "revoke", "disable", "enable", "sso-on", "sso-off"] as const;
type UserAction = (typeof ACTIONS)[number];

export interface UserArgs {
  action: UserAction;
  email?: string;
  name?: string;
  role?: string;
  area?: string;
  board?: string;
  admin: boolean;
  passwordStdin: boolean;
  json: boolean;
}

const OPTIONS: Record<UserAction, string[]> = {
  add: ["--email", "--name", "--admin", "--password-stdin", "--json"],
  grant: ["--email", "--role", "--area", "--board", "--json"],
  revoke: ["--email", "--role", "--area", "--board", "--json"],
  disable: ["--email", "--json"],
  enable: ["--email", "--json"],
  "sso-on": ["--email", "--json"],
  "sso-off": ["--email", "--json"],
};
const EXAMPLES: Record<string, string> = {
  "--email": "jo.bloggs@council.gov.uk",
  "--name": '"Jo Bloggs"',
  "--role": "chair",
  "--area": "kent",
  "--board": "KSCB",
};

export function parseUserArgs(rest: string[]): UserArgs {
  const [action, ...args] = rest;
  if (!action || !(ACTIONS as readonly string[]).includes(action))
    throw new UserUsageError(`user needs one of: ${ACTIONS.join(", ")}${action ? ` (not "${action}")` : ""}`);
  const parsed: UserArgs = { action: action as UserAction, admin: false, passwordStdin: false, json: false };
  const allowed = OPTIONS[parsed.action];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!allowed.includes(arg))
      throw new UserUsageError(`Unknown option "${arg}" for user ${action}. Options: ${allowed.join(", ")}`);
    if (arg === "--json") parsed.json = true;
    else if (arg === "--admin") parsed.admin = true;
    else if (arg === "--password-stdin") parsed.passwordStdin = true;
    else {
      const value = args[++i];
      if (value === undefined || value.startsWith("--"))
        throw new UserUsageError(`${arg} needs a value, e.g. ${arg} ${EXAMPLES[arg]}`);
      parsed[arg.slice(2) as "email" | "name" | "role" | "area" | "board"] = value;
    }
  }
  const required =
    parsed.action === "add"
      ? ["--email", "--name"]
      : parsed.action === "grant" || parsed.action === "revoke"
        ? ["--email", "--role"]
        : ["--email"];
  const missing = required.filter((flag) => parsed[flag.slice(2) as "email"] === undefined);
  if (missing.length > 0)
    throw new UserUsageError(`user ${action} needs ${missing.map((f) => `${f} <${f.slice(2)}>`).join(" and ")}`);
  if (parsed.role !== undefined && !(ROLES as readonly string[]).includes(parsed.role))
    throw new UserUsageError(`--role is one of ${ROLES.join(", ")}; got "${parsed.role}"`);
  if (parsed.board !== undefined && parsed.area === undefined)
    throw new UserUsageError("--board needs --area <slug> too: a board's key is unique within its area");
  return parsed;
}

/** Everything standard input holds, less one final line break (`echo` and `printf '%s\n'` add one). */
async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function userByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new AppError("NOT_FOUND", `No user has the email address ${email}`);
  return user;
}

/** The role's scope from --area/--board, as the use cases take it. */
async function scopeOf(db: Db, role: Role, args: UserArgs): Promise<string> {
  const area = args.area ? await db.area.findUnique({ where: { slug: args.area } }) : null;
  if (args.area && !area) throw new AppError("NOT_FOUND", `No area has the key ${args.area}`);
  if (args.board) {
    const board = await db.boardArea.findFirst({ where: { areaId: area!.id, key: args.board.toUpperCase() } });
    if (!board) throw new AppError("NOT_FOUND", `${area!.name} has no board with the key ${args.board}`);
    return `board:${board.boardId}`;
  }
  if (role !== "administrator")
    throw new AppError("VALIDATION", `A ${role}'s role is on a board: give --board <key> --area <slug>`);
  return area ? `area:${area.id}` : "global";
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

/** Runs `user ...`; messages to stderr, the link (or with --json, the whole answer) to stdout. */
export async function runUserCommand(db: Db, args: UserArgs, io: Io): Promise<void> {
  const ctx = { db, viewer: null };
  try {
    const answer = await (async (): Promise<{ message: string; link?: string | null; [k: string]: unknown }> => {
      switch (args.action) {
        case "add": {
          const password = args.passwordStdin ? await readStdin(io.stdin) : undefined;
          const result = await addUser(
            ctx,
            {
              email: args.email,
              name: args.name,
              ...(args.admin ? { role: "administrator", scope: "global" } : {}),
              ...(password !== undefined ? { password } : {}),
            },
            // The console prints the link: the operator passes it on (or uses it).
            { mail: null, baseUrl: process.env.NEXTAUTH_URL || "http://localhost:3000" },
          );
          return { message: result.message, user: result.user, link: result.link };
        }
        case "grant":
        case "revoke": {
          const user = await userByEmail(db, args.email!);
          const role = args.role as Role;
          const scope = await scopeOf(db, role, args);
          if (args.action === "grant") return grantUserRole(ctx, { userId: user.id, role, scope });
          const [type, id] = scope.split(":");
          const scopeKey = roleScopeKey(role, type === "board" ? id : null, type === "area" ? id : null);
          const grant = await db.roleAssignment.findUnique({
            where: { userId_scopeKey: { userId: user.id, scopeKey } },
          });
          if (!grant) throw new AppError("NOT_FOUND", `${user.name} does not hold that role`);
          return revokeUserRole(ctx, { userId: user.id, grantId: grant.id });
        }
        case "disable":
        case "enable": {
          const user = await userByEmail(db, args.email!);
          return setUserDisabled(ctx, { userId: user.id, version: user.version }, args.action === "disable");
        }
        case "sso-on":
        case "sso-off":
          return setSingleSignOn(ctx, (await userByEmail(db, args.email!)).id, args.action === "sso-on");
      }
    })();
    if (args.json) io.out(JSON.stringify({ ok: true, ...answer }, null, 2));
    else {
      io.err(answer.message);
      if (answer.link) io.out(answer.link);
    }
  } catch (error) {
    const known = args.json ? toAppError(error) : null;
    if (known)
      io.out(
        JSON.stringify(
          { ok: false, code: known.code, message: known.message, fieldErrors: known.fieldErrors },
          null,
          2,
        ),
      );
    throw error;
  }
}
