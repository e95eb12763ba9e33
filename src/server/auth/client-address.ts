import { subscribe } from "node:diagnostics_channel";
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/**
 * The client's address, for sign-in throttling. Next.js gives server actions and route handlers
 * no socket: `next start` only fills `X-Forwarded-For` with the peer's address when the client sent
 * none, so a client that sends its own chooses the value. So, at start-up (src/instrumentation.ts),
 * `recordPeerAddresses()` subscribes to Node's `http.server.request.start` channel and writes each
 * request's socket address into a header whose name is random per process and always overwritten:
 * a client can neither guess nor set it.
 *
 * With TRUSTED_PROXIES=0 (the default) that socket address is the client. With N ≥ 1 reverse
 * proxies in front, each appending to X-Forwarded-For, the client is the Nth entry from the right:
 * the one the outermost trusted proxy appended; anything to its left was written by the client.
 */

const HEADER = Symbol.for("portal.peer-address-header");
type Holder = typeof globalThis & { [HEADER]?: string };

/** Starts recording each request's socket address (once per process; Node runtime only). */
export function recordPeerAddresses(): void {
  const holder = globalThis as Holder;
  if (holder[HEADER]) return;
  const name = `x-portal-peer-${randomBytes(16).toString("hex")}`;
  holder[HEADER] = name;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    request.headers[name] = request.socket.remoteAddress ?? "";
  });
}

/** Request headers as a server action (`headers()`) or next-auth's `authorize(_, req)` sees them. */
export type HeaderSource = Headers | Record<string, unknown> | undefined;

const read = (source: HeaderSource, name: string): string | null => {
  if (!source) return null;
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" ? value : null;
};

/** An IP address in one canonical form ("::ffff:192.0.2.1" is 192.0.2.1), or null if it is not one. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim().toLowerCase();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address : null;
}

/**
 * The client's address, or null when it cannot be known (no recorded peer, or fewer entries in
 * X-Forwarded-For than trusted proxies: a misconfiguration, never a reason to trust the client).
 */
export function clientAddress(source: HeaderSource, trustedProxies: number): string | null {
  if (trustedProxies <= 0) {
    const name = (globalThis as Holder)[HEADER];
    return name ? normaliseAddress(read(source, name)) : null;
  }
  const chain = (read(source, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return normaliseAddress(chain[chain.length - trustedProxies]);
}
