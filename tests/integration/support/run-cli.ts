import { execFile } from "node:child_process";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { runCli } from "@/cli/main";
import { createDatabase } from "@/server/data/database";

const run = promisify(execFile);

/**
 * Runs the real command line as a process, as `npm run --silent cli -- ...` does, against the given
 * database; gives its exit status and output whether it succeeded or not.
 */
export async function runCliProcess(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("node_modules/.bin/tsx", ["src/cli/index.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Runs the same command in this process (`runCli`, as src/cli/index.ts calls it), against the given
 * database: the same exit status and output as `runCliProcess`, without a process start (seconds each).
 * `env` is set for the call only; standard input stays open and unused unless `stdin` is given, so a
 * command that read it without being asked would hang, as the real one would.
 */
export async function runCliInProcess(
  databaseUrl: string,
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
) {
  let stdout = "";
  let stderr = "";
  const stdin = new PassThrough();
  if (options.stdin !== undefined) stdin.end(options.stdin);
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, options.env);
  try {
    const code = await runCli(
      args,
      { out: (text) => (stdout += text + "\n"), err: (text) => (stderr += text + "\n"), stdin },
      () => createDatabase(databaseUrl),
    );
    return { code, stdout, stderr };
  } catch (error) {
    // What index.ts's process does with an error runCli lets through: its stack, and exit status 1.
    stderr += `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    return { code: 1, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
