/**
 * Two app instances on one PostgreSQL behind a loopback reverse proxy: the scale-out layout of a
 * council that outgrows one machine, run for real (the "two-instances" Playwright project and
 * `npm run bench:load -- --two-instances` use it).
 *
 *   tsx scripts/two-instances.ts [--postgres <url>] [--ports <A>,<B>,<P>]
 *
 * Given a PostgreSQL server (--postgres, else TEST_POSTGRES_URL, else postgresql://postgres@127.0.0.1:5432/test;
 * any database in it, used only to connect) it creates a fresh database with a unique name, migrates it
 * (`cli migrate`) and seeds the demo (`cli seed`), then starts two `next start` instances from the
 * existing `.next` build on ports A and B (defaults 3102, 3103) with EVIDENCE_STORAGE=database and
 * INSTANCE_ID a and b, and a reverse proxy on 127.0.0.1:P (default 3104) that sends each request to the
 * next instance in turn. The proxy sets X-Forwarded-For (appending the client's socket address),
 * X-Forwarded-Proto, -Host and -Port (replacing whatever the client sent) and keeps the Host header,
 * so Next's server-action origin check compares the browser's Origin with the address it used.
 * On SIGINT/SIGTERM, or when an instance exits, it stops everything and drops the database.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync } from "node:fs";
import { Agent, createServer, type IncomingMessage, type Server } from "node:http";
import { pathToFileURL } from "node:url";
import { createProxyServer } from "http-proxy-3";
import pg from "pg";

export const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";

export interface TwoInstancesOptions {
  postgresUrl: string;
  ports: [number, number, number];
  /** Extra environment for both instances (and the migrate and seed steps). */
  env?: Record<string, string>;
  /** A directory for a-server.log and b-server.log; without it, each instance's output is this process's. */
  logs?: string;
  log?: (line: string) => void;
}

export interface TwoInstances {
  /** The proxy's address: what a browser or a load client uses. */
  base: string;
  databaseUrl: string;
  /** The environment the instances run with (its DATABASE_URL, secrets and settings). */
  env: NodeJS.ProcessEnv;
  /** How many requests the proxy sent to each instance. */
  counts: Record<string, number>;
  /** Settles when either instance exits on its own. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** The URL with another database name. */
export function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(postgresUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The reverse proxy: round robin per request, forwarding headers set as an edge proxy sets them. */
function startProxy(port: number, targets: { id: string; url: string }[], counts: Record<string, number>) {
  const proxy = createProxyServer({ xfwd: false, agent: new Agent({ keepAlive: true, maxSockets: 256 }) });
  proxy.on("error", (error, req, res) => {
    process.stderr.write(`two-instances: proxy error on ${req.method} ${req.url}: ${error.message}\n`);
    if ("writeHead" in res && !res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" });
    res.end(`Bad gateway: ${error.message}`);
  });
  let next = 0;
  const forward = (req: IncomingMessage) => {
    const client = req.socket.remoteAddress ?? "";
    const chain = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = chain ? `${String(chain)}, ${client}` : client;
    req.headers["x-forwarded-proto"] = "http";
    req.headers["x-forwarded-host"] = req.headers.host ?? `127.0.0.1:${port}`;
    req.headers["x-forwarded-port"] = String(port);
    const target = targets[next++ % targets.length]!;
    counts[target.id] = (counts[target.id] ?? 0) + 1;
    return target.url;
  };
  const server: Server = createServer((req, res) => void proxy.web(req, res, { target: forward(req) }));
  server.on("upgrade", (req, socket, head) => void proxy.ws(req, socket, head, { target: forward(req) }));
  server.keepAliveTimeout = 65_000;
  return new Promise<Server>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function waitFor(url: string, processes: ChildProcess[], seconds: number) {
  for (let i = 0; i < seconds * 4; i++) {
    if (processes.some((p) => p.exitCode !== null)) throw new Error(`an instance exited before ${url} answered`);
    const ok = await fetch(url, { redirect: "manual" }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

export async function startTwoInstances(options: TwoInstancesOptions): Promise<TwoInstances> {
  const log = options.log ?? ((line: string) => process.stderr.write(`two-instances: ${line}\n`));
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No .next build: run `npx next build` first (this script reuses it)");
  const [portA, portB, proxyPort] = options.ports;
  const base = `http://127.0.0.1:${proxyPort}`;
  const name = `portal_two_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const databaseUrl = withDatabase(options.postgresUrl, name);
  await admin(options.postgresUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  log(`created database ${name}`);
  const processes: ChildProcess[] = [];
  let proxyServer: Server | undefined;
  let stopped: Promise<void> | undefined;
  // The proxy's sockets close first, so no request reaches an instance that is stopping.
  const stop = () =>
    (stopped ??= (async () => {
      for (const p of processes) if (p.exitCode === null && p.signalCode === null) p.kill("SIGTERM");
      await Promise.all(
        processes.map((p) =>
          p.exitCode !== null || p.signalCode !== null
            ? Promise.resolve()
            : new Promise<void>((r) => p.once("exit", () => r())),
        ),
      );
      await new Promise((r) => (proxyServer ? proxyServer.close(r) : r(null)));
      proxyServer?.closeAllConnections();
      await admin(options.postgresUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      log(`dropped database ${name}`);
    })());

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    // The public address is the proxy's: links, redirects and the session cookie are made for it.
    NEXTAUTH_URL: base,
    // One secret for both, or a session made by one instance is refused by the other.
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    EVIDENCE_STORAGE: "database",
    // The proxy appends the client's socket address to X-Forwarded-For: sign-in throttling reads that one.
    TRUSTED_PROXIES: "1",
    AUTH_MAX_FAILURES_PER_ACCOUNT: "3",
    AUTH_MAX_FAILURES_PER_ADDRESS: "1000",
    DEMO_PASSWORD: "demo-portal-2026",
    ...options.env,
  };
  try {
    const cli = (...args: string[]) =>
      execFileSync("node_modules/.bin/tsx", ["src/cli/index.ts", ...args], {
        env,
        stdio: ["ignore", "ignore", "inherit"],
      });
    log("migrating and seeding the demo");
    cli("migrate");
    cli("seed", "--allow-production");
    const counts: Record<string, number> = {};
    const instances = [
      { id: "a", port: portA },
      { id: "b", port: portB },
    ];
    if (options.logs) mkdirSync(options.logs, { recursive: true });
    for (const instance of instances) {
      const out = options.logs ? openSync(`${options.logs}/${instance.id}-server.log`, "w") : "inherit";
      // Idle upstream sockets outlive the proxy's reuse of them (else a reused socket can be reset).
      const args = ["start", "-p", String(instance.port), "-H", "127.0.0.1", "--keepAliveTimeout", "70000"];
      const child = spawn("node_modules/.bin/next", args, {
        env: { ...env, INSTANCE_ID: instance.id },
        stdio: ["ignore", out, out],
      });
      processes.push(child);
    }
    for (const instance of instances) await waitFor(`http://127.0.0.1:${instance.port}/sign-in`, processes, 120);
    proxyServer = await startProxy(
      proxyPort,
      instances.map((i) => ({ id: i.id, url: `http://127.0.0.1:${i.port}` })),
      counts,
    );
    log(`instances a (${portA}) and b (${portB}) behind ${base}`);
    const exited = new Promise<void>((resolve) => processes.forEach((p) => p.once("exit", () => resolve())));
    return { base, databaseUrl, env, counts, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** `--ports 3102,3103,3104` (or TWO_INSTANCES_PORTS), `--postgres <url>`. */
function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ports = (value("--ports") ?? process.env.TWO_INSTANCES_PORTS ?? "3102,3103,3104").split(",").map(Number);
  if (ports.length !== 3 || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535))
    throw new Error("--ports must be three port numbers: A,B,P");
  const postgresUrl = value("--postgres") ?? process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
  return { ports: ports as [number, number, number], postgresUrl };
}

async function main() {
  const { ports, postgresUrl } = parseArgs(process.argv.slice(2));
  const layout = await startTwoInstances({ postgresUrl, ports });
  let exiting = false;
  const exit = (code: number) => {
    if (exiting) return;
    exiting = true;
    void layout.stop().then(
      () => process.exit(code),
      (error: unknown) => {
        process.stderr.write(`two-instances: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => exit(0));
  process.on("SIGINT", () => exit(0));
  void layout.exited.then(() => {
    if (exiting) return;
    process.stderr.write("two-instances: an instance exited; stopping\n");
    exit(1);
  });
  process.stdout.write(`two-instances: ready at ${layout.base}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`two-instances failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
