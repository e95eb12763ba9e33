/** Helpers shared by the load benchmarks (scripts/bench-load.ts, scripts/bench-load-two.ts). */
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
