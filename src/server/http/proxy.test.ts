import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { isUploadPage } from "./body-limit";

/** The request proxy (src/proxy.ts) on made-up requests: headers, the per-request nonce, the body limit. */
const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, AUTH_OIDC_ISSUER: process.env.AUTH_OIDC_ISSUER };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const get = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
const post = (path: string, bytes: number, headers: Record<string, string> = {}) =>
  proxy(
    new NextRequest(`http://localhost:3000${path}`, {
      method: "POST",
      headers: { "content-length": String(bytes), "next-action": "abc123", ...headers },
    }),
  );
const nonceOf = (csp: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];

describe("security headers", () => {
  it("sends a strict CSP whose nonce differs on every request, and passes the same policy on to Next", () => {
    const [a, b] = [get("/"), get("/")];
    const csp = a.headers.get("content-security-policy")!;
    for (const directive of [
      "script-src 'self' 'nonce-",
      "'strict-dynamic'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(nonceOf(csp)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(b.headers.get("content-security-policy"))).not.toBe(nonceOf(csp));
    // Next reads the nonce from the request's copy of the header (x-middleware-request-*).
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("adds HSTS and upgrade-insecure-requests only for an https public URL, and allows the OIDC issuer as a form target", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(get("/").headers.get("strict-transport-security")).toBeNull();
    process.env.NEXTAUTH_URL = "https://portal.example.gov.uk";
    process.env.AUTH_OIDC_ISSUER = "https://login.microsoftonline.com/tenant-id/v2.0";
    const response = get("/");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).toContain("form-action 'self' https://login.microsoftonline.com;");
  });
});

describe("request id", () => {
  it("makes a new id unless TRUST_REQUEST_ID=on, and forwards it to the app", () => {
    const given = { "x-request-id": "proxy-id-12345678" };
    const fresh = get("/", given).headers.get("x-request-id");
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    process.env.TRUST_REQUEST_ID = "on";
    try {
      const kept = get("/", given);
      expect(kept.headers.get("x-request-id")).toBe("proxy-id-12345678");
      expect(kept.headers.get("x-middleware-request-x-request-id")).toBe("proxy-id-12345678");
      expect(get("/", { "x-request-id": "bad id with spaces" }).headers.get("x-request-id")).not.toContain(" ");
    } finally {
      delete process.env.TRUST_REQUEST_ID;
    }
  });
});

describe("body limit", () => {
  it("refuses a 2 MB POST to the sign-in action with 413, before it reaches Next", async () => {
    const response = post("/sign-in", 2 * 1024 * 1024);
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large/);
    expect(response.headers.get("x-middleware-next")).toBeNull();
  });

  it("lets a small POST through, and 5 MB to each upload page", () => {
    expect(post("/sign-in", 2_000).headers.get("x-middleware-next")).toBe("1");
    for (const page of [
      "/areas/kent/items/abc",
      "/areas/kent/protocols/read",
      "/areas/kent/protocols/p1",
      "/areas/kent/people/import",
      "/admin/areas/import",
    ]) {
      expect(isUploadPage(page), page).toBe(true);
      expect(post(page, 5 * 1024 * 1024).headers.get("x-middleware-next"), page).toBe("1");
    }
    expect(post("/areas/kent/items/abc/edit", 5 * 1024 * 1024).status).toBe(413);
  });

  it("refuses a chunked body with no length outside the upload pages (411)", () => {
    const request = new NextRequest("http://localhost:3000/sign-in", {
      method: "POST",
      headers: { "transfer-encoding": "chunked" },
    });
    expect(proxy(request).status).toBe(411);
  });
});
