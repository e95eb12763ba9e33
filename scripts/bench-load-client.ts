/**
 * The load generator of `npm run bench:load`, run as its own process so that the server's event
 * loop and the client's do not share a thread. Signs each user in through next-auth's credentials
 * callback (CSRF token from /api/auth/csrf), then loops: dashboard, note, static page. Keep-alive
 * is undici's default for fetch. Prints one JSON object on stdout.
 */
import { signInForBench } from "./bench-support";

const base = process.env.BENCH_BASE!;
const seconds = Number(process.env.BENCH_SECONDS ?? "60");
const users = JSON.parse(process.env.BENCH_USERS_JSON ?? "[]") as { email: string; itemIds: string[] }[];
const password = process.env.DEMO_PASSWORD ?? "demo-portal-2026";

type Kind = "dashboard" | "note" | "static";
const latencies: Record<Kind, number[]> = { dashboard: [], note: [], static: [] };
const errorCounts: Record<Kind, number> = { dashboard: 0, note: 0, static: 0 };
const errors: string[] = [];
let created = 0;

const signIn = (email: string) => signInForBench(base, email, password);

async function timed(kind: Kind, record: boolean, request: () => Promise<Response>, ok: (r: Response) => boolean) {
  const start = performance.now();
  try {
    const response = await request();
    const body = await response.text();
    const ms = performance.now() - start;
    if (record) latencies[kind].push(ms);
    if (!ok(response)) {
      if (record) errorCounts[kind]++;
      if (errors.length < 20) errors.push(`${kind}: HTTP ${response.status} ${body.slice(0, 120)}`);
    }
    return response;
  } catch (error) {
    if (record) errorCounts[kind]++;
    if (errors.length < 20) errors.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function user(u: { email: string; itemIds: string[] }, index: number, until: number) {
  const cookie = await signIn(u.email);
  const get = (path: string) => () => fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  // Warm-up (not counted): each route's first render pays one-off costs.
  await timed("dashboard", false, get("/"), (r) => r.status === 200);
  await timed("static", false, get("/accessibility"), (r) => r.status === 200);
  let n = 0;
  while (performance.now() < until) {
    await timed("dashboard", true, get("/"), (r) => r.status === 200);
    const itemId = u.itemIds[n % u.itemIds.length]!;
    const response = await timed(
      "note",
      true,
      () =>
        fetch(`${base}/api/items/${itemId}/notes`, {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": "application/json", Origin: base },
          body: JSON.stringify({ text: `Load benchmark note ${index}-${n}` }),
        }),
      (r) => r.status === 201,
    );
    if (response?.status === 201) created++;
    await timed("static", true, get("/accessibility"), (r) => r.status === 200);
    n++;
  }
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1));
};

async function main() {
  const until = performance.now() + seconds * 1000;
  await Promise.all(users.map((u, i) => user(u, i, until)));
  const kinds = Object.fromEntries(
    (Object.keys(latencies) as Kind[]).map((k) => [
      k,
      {
        requests: latencies[k].length,
        errors: errorCounts[k],
        p50: percentile(latencies[k], 50),
        p95: percentile(latencies[k], 95),
      },
    ]),
  );
  process.stdout.write(JSON.stringify({ kinds, errors, created, signIns: users.length }));
}

main().catch((error: unknown) => {
  process.stderr.write(`load client failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
