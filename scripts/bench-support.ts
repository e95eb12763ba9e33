/**
 * Helpers shared by the load benchmarks (scripts/bench-load.ts, scripts/bench-load-two.ts) and their
 * load clients (scripts/bench-load-client.ts, scripts/bench-load-two-client.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once("error", () => resolve(false))
        .once("listening", () => probe.close(() => resolve(true)));
      probe.listen(port, "127.0.0.1");
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${from} to ${from + 99}`);
}

/** The newest modification time under the inputs of a build. */
function newestSource(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Why the build must be made again ("auto"), or null to reuse it. */
export function needsBuild(mode: string): string | null {
  if (mode === "always") return "BENCH_BUILD=always";
  if (mode === "never") return null;
  if (!existsSync(".next/BUILD_ID")) return ".next is missing";
  const built = statSync(".next/BUILD_ID").mtimeMs;
  const newest = newestSource([
    "src",
    "public",
    "next.config.ts",
    "package.json",
    "package-lock.json",
    "postcss.config.mjs",
    "tsconfig.json",
  ]);
  return newest > built ? ".next is older than the sources" : null;
}

/** A user of `bench:load -- --two-instances`: their board's colleague, their items and the item both edit at once. */
export interface BenchTwoUser {
  email: string;
  partner: string;
  area: string;
  itemIds: string[];
  conflictItemId: string;
}

/** Runs a load client (a tsx script) as its own process and returns the one JSON object it prints. */
export async function runLoadClient<T>(script: string, env: NodeJS.ProcessEnv): Promise<T> {
  const client = spawn("node_modules/.bin/tsx", [script], { env, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  client.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => client.on("exit", resolve));
  if (code !== 0) throw new Error(`the load client exited with ${code}`);
  return JSON.parse(output) as T;
}

/** The `name=value` part of each cookie a response sets. */
export const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs in through next-auth's credentials callback (CSRF token from /api/auth/csrf); the session cookie. */
export async function signInForBench(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: HTTP ${response.status}`);
  return session;
}
