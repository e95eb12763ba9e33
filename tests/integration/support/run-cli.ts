import { execFile } from "node:child_process";
import { promisify } from "node:util";

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
