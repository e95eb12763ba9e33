import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { hashToken } from "@/server/features/users/invitation-token";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { runCliInProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

/** A string matching the pattern, inside toMatchObject (typed, for the lint rule on `any`). */
const like = (pattern: RegExp) => expect.stringMatching(pattern) as unknown as string;

/** `cli seed` in production, and `cli user ...`, run as `npm run --silent cli -- ...` runs them. */
const empty = withTestDatabase();
const seeded = withTestDatabase({ seeded: true });

/** The real command line as a process: kept for the wiring (exit status, streams, standard input left unread). */
function cliProcess(url: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn("node_modules/.bin/tsx", ["src/cli/index.ts", ...args], {
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: "https://portal.example.org", ...options.env },
      // Without --password-stdin the command must not read standard input: it stays open and unused.
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
  });
}

/** The same command in process (runCli), with the same environment for the call. */
const cli = (url: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) =>
  runCliInProcess(url, args, { ...options, env: { NEXTAUTH_URL: "https://portal.example.org", ...options.env } });

describe("cli seed", () => {
  it("refuses the demo in production unless --allow-production, and changes nothing", async () => {
    const refused = await cliProcess(empty.url, ["seed"], { env: { NODE_ENV: "production" } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Refusing to load the demo users and history: NODE_ENV is production/);
    expect(await empty.db.user.count()).toBe(0);
    expect(await empty.db.area.count()).toBe(0);
  }, 60_000);

  it("loads the five protocols alone with --protocols-only, in production too: no users", async () => {
    const loaded = await cli(empty.url, ["seed", "--protocols-only", "--json"], { env: { NODE_ENV: "production" } });
    expect(loaded.code).toBe(0);
    expect((JSON.parse(loaded.stdout) as { areas: unknown[] }).areas).toHaveLength(5);
    expect(await empty.db.area.count()).toBe(5);
    expect(await empty.db.protocol.count()).toBeGreaterThanOrEqual(5);
    expect(await empty.db.user.count()).toBe(0);
  }, 120_000);
});

describe("cli user", () => {
  it("add --admin makes the first administrator and prints a one-time sign-in link, without waiting for input", async () => {
    const added = await cliProcess(empty.url, [
      "user",
      "add",
      "--email",
      "First.Admin@Council.gov.uk",
      "--name",
      "First Admin",
      "--admin",
    ]);
    expect(added.code).toBe(0);
    const link = added.stdout.trim();
    expect(link).toMatch(/^https:\/\/portal\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).toMatch(/First Admin \(first\.admin@council\.gov\.uk\) added as Administrator of everything/);
    const user = await empty.db.user.findUniqueOrThrow({
      where: { email: "first.admin@council.gov.uk" },
      include: { roles: true, invitations: true },
    });
    expect(user.roles).toMatchObject([{ role: "administrator", boardId: null, areaId: null }]);
    expect(user.invitations).toMatchObject([{ purpose: "sign-in", tokenHash: hashToken(link.split("/invite/")[1]!) }]);
    const again = await cli(empty.url, [
      "user",
      "add",
      "--email",
      "first.admin@council.gov.uk",
      "--name",
      "X",
      "--json",
    ]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, code: "ALREADY_EXISTS" });
  }, 60_000);

  it("add --password-stdin reads and checks the password", async () => {
    const weak = await cli(
      empty.url,
      ["user", "add", "--email", "weak@example.org", "--name", "Weak", "--password-stdin"],
      {
        stdin: "short\n",
      },
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/Check the new user's details/);
    const ok = await cli(
      empty.url,
      ["user", "add", "--email", "typed@example.org", "--name", "Typed", "--password-stdin", "--json"],
      {
        stdin: "a long enough password\n",
      },
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, link: null, user: { email: "typed@example.org" } });
    const user = await empty.db.user.findUniqueOrThrow({ where: { email: "typed@example.org" } });
    expect(await verifyPassword(user.passwordHash!, "a long enough password")).toBe(true);
    expect(await empty.db.invitation.count({ where: { userId: user.id } })).toBe(0);
  }, 60_000);

  it("grants, revokes, disables and enables, with the pages' messages; the last administrator stays", async () => {
    const email = "cli.chair@example.org";
    expect((await cli(seeded.url, ["user", "add", "--email", email, "--name", "Cli Chair"])).code).toBe(0);
    const grant = await cli(seeded.url, [
      "user",
      "grant",
      "--email",
      email,
      "--role",
      "chair",
      "--board",
      "hscb",
      "--area",
      "halton",
      "--json",
    ]);
    expect(grant.code).toBe(0);
    expect(JSON.parse(grant.stdout)).toMatchObject({
      ok: true,
      message: like(/^Cli Chair is now Chair of HSCB/),
    });
    const twice = await cli(seeded.url, [
      "user",
      "grant",
      "--email",
      email,
      "--role",
      "chair",
      "--board",
      "HSCB",
      "--area",
      "halton",
    ]);
    expect(twice).toMatchObject({ code: 1, stderr: like(/already Chair of HSCB/) });
    const noBoard = await cli(seeded.url, ["user", "grant", "--email", email, "--role", "member"]);
    expect(noBoard).toMatchObject({ code: 2, stderr: like(/--board <key> --area <slug>/) });
    const revoke = await cli(seeded.url, [
      "user",
      "revoke",
      "--email",
      email,
      "--role",
      "chair",
      "--board",
      "HSCB",
      "--area",
      "halton",
    ]);
    expect(revoke).toMatchObject({ code: 0, stderr: like(/no longer Chair of HSCB/) });
    expect(await seeded.db.roleAssignment.count({ where: { user: { email } } })).toBe(0);

    const disable = await cli(seeded.url, ["user", "disable", "--email", email]);
    expect(disable).toMatchObject({ code: 0, stderr: like(/disabled/) });
    const enable = await cli(seeded.url, ["user", "enable", "--email", email, "--json"]);
    expect(JSON.parse(enable.stdout)).toMatchObject({ ok: true });
    expect(await seeded.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ disabled: false });

    const last = await cli(seeded.url, ["user", "disable", "--email", DEMO_ADMIN_EMAIL]);
    expect(last).toMatchObject({ code: 1, stderr: like(/last administrator of the whole portal/) });
    const unknown = await cli(seeded.url, ["user", "disable", "--email", "nobody@example.org"]);
    expect(unknown).toMatchObject({ code: 2, stderr: like(/No user has the email address/) });
    const usage = await cli(seeded.url, ["user", "grant", "--email", email, "--role", "emperor"]);
    expect(usage).toMatchObject({ code: 2, stderr: like(/--role is one of/) });
  }, 180_000);
});
