import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountKey } from "./login-throttle";
import { clientAddress, normaliseAddress, recordPeerAddresses } from "./client-address";

// A real HTTP server, as `next start` runs one: the test reads the headers each request arrived with.
const server = createServer((req, res) => res.end(JSON.stringify(req.headers)));
let base = "";
beforeAll(async () => {
  recordPeerAddresses();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const received = async (headers: Record<string, string> = {}) =>
  (await (await fetch(base, { headers })).json()) as IncomingHttpHeaders;

describe("with no trusted proxy (TRUSTED_PROXIES=0)", () => {
  it("is the socket's address, whatever X-Forwarded-For or X-Real-IP the client sends", async () => {
    const plain = await received();
    expect(clientAddress(plain, 0)).toBe("127.0.0.1");
    for (const forged of ["198.51.100.77", "203.0.113.1, 198.51.100.77", "::1", "not an address"]) {
      const headers = await received({ "x-forwarded-for": forged, "x-real-ip": forged });
      expect(clientAddress(headers, 0)).toBe("127.0.0.1");
      // So a try falls into the same bucket as without the header.
      expect(accountKey("ada@example.org", clientAddress(headers, 0))).toBe(
        accountKey("ada@example.org", clientAddress(plain, 0)),
      );
    }
  });

  it("cannot be set by a client that copies the recording header's name", async () => {
    const plain = await received();
    const name = Object.keys(plain).find((h) => h.startsWith("x-portal-peer-"))!;
    expect(name).toMatch(/^x-portal-peer-[0-9a-f]{32}$/);
    expect(clientAddress(await received({ [name]: "198.51.100.77" }), 0)).toBe("127.0.0.1");
  });

  it("is unknown, never taken from headers, when nothing recorded the socket", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.77" }), 0)).toBeNull();
  });
});

describe("behind N trusted proxies", () => {
  const chain = new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.77, 192.0.2.1" });
  it("is the Nth address from the right: the one the outermost trusted proxy appended", () => {
    expect(clientAddress(chain, 1)).toBe("192.0.2.1");
    expect(clientAddress(chain, 2)).toBe("198.51.100.77");
    // Anything left of it was written by the client, so it never counts.
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.9.9, 192.0.2.1" }), 1)).toBe("192.0.2.1");
  });

  it("is unknown when the chain is shorter than the proxies configured, or not an address", () => {
    expect(clientAddress(chain, 4)).toBeNull();
    expect(clientAddress(new Headers(), 1)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "unknown" }), 1)).toBeNull();
  });

  it("reads next-auth's plain header objects too", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.77, 192.0.2.1" }, 1)).toBe("192.0.2.1");
  });
});

it("writes each address one way", () => {
  expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
  expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
  expect(normaliseAddress("192.0.2.1:443")).toBeNull();
});
