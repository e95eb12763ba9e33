/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on tests, shaped
 * like Microsoft Entra ID: ID tokens carry sub, oid, tid, email, email_verified, name and
 * preferred_username. One client (the portal's), an in-memory store, and a one-field interaction:
 * the page at /interaction/:uid asks "Account" and signs that account in (no password, no consent
 * screen), so Playwright fills one field and Vitest can post it. Test use only.
 */
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type JWK } from "oidc-provider";

import { OIDC_OTHER_TENANT, OIDC_TEST_CLIENT, OIDC_TEST_TENANT } from "./oidc-test-client";

export { OIDC_OTHER_TENANT, OIDC_TEST_CLIENT, OIDC_TEST_NAME, OIDC_TEST_TENANT } from "./oidc-test-client";

export interface TestIdentity {
  /** Also the account id typed into the interaction form. */
  sub: string;
  oid: string;
  tid: string;
  email?: string;
  email_verified?: boolean;
  name: string;
  preferred_username: string;
}

/**
 * The standard accounts for a portal user's address: the genuine identity (verified, right tenant),
 * an unverified one, one from another tenant, and a second identity presenting the same address
 * (as an account made at a careless provider with an administrator's address would).
 */
export function entraIdentities(email: string, name = "Test Person") {
  const base = { name, preferred_username: email, email };
  const identity = (sub: string, fields: Partial<TestIdentity>): TestIdentity => ({
    sub,
    oid: `00000000-0000-4000-8000-${sub.padStart(12, "0").slice(-12)}`,
    tid: OIDC_TEST_TENANT,
    email_verified: true,
    ...base,
    ...fields,
  });
  return {
    verified: identity("a11ce", {}),
    unverified: identity("b0b", { email_verified: false }),
    wrongTenant: identity("c0ffee", { tid: OIDC_OTHER_TENANT }),
    secondIdentity: identity("d00d", {}),
  };
}

export interface OidcTestServer {
  issuer: string;
  server: Server;
  close: () => Promise<void>;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const page = (uid: string, problem?: string) => `<!doctype html>
<html lang="en"><head><title>Test identity provider</title><link rel="icon" href="data:,"></head><body><main>
<h1>Test identity provider</h1>${problem ? `<p role="alert">${problem}</p>` : ""}
<form method="post" action="/interaction/${uid}">
<label for="account">Account</label> <input id="account" name="account" autocomplete="off">
<button type="submit">Continue</button>
</form></main></body></html>`;

/**
 * Starts the provider on 127.0.0.1:`port` (0: any free port) with the given identities; the issuer
 * is http://127.0.0.1:<port>. `redirectUri` is the portal's next-auth callback.
 */
export async function startOidcServer(options: {
  port: number;
  redirectUri: string;
  identities: TestIdentity[];
}): Promise<OidcTestServer> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bySub = new Map(options.identities.map((i) => [i.sub, i]));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT.id,
        client_secret: OIDC_TEST_CLIENT.secret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...(privateKey.export({ format: "jwk" }) as JWK), kid: "test-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["oidc-test-server-cookie-key"] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    // Entra ID puts the tenant and object id in every ID token, whatever the scope.
    claims: {
      openid: ["sub", "oid", "tid"],
      email: ["email", "email_verified"],
      profile: ["name", "preferred_username"],
    },
    // The ID token carries the scopes' claims, as Entra ID's does (not only the userinfo endpoint).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const identity = bySub.get(sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: () => ({ ...identity }) };
    },
  });

  const callback = provider.callback();
  handle = (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match) return void callback(req, res);
    const uid = match[1]!;
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method !== "POST") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(uid));
          return;
        }
        const accountId = (await readForm(req)).get("account")?.trim() ?? "";
        if (!bySub.has(accountId)) {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(uid, "No such account."));
          return;
        }
        const { client_id: clientId, scope } = details.params;
        const grant = new provider.Grant({ accountId, clientId: typeof clientId === "string" ? clientId : "" });
        grant.addOIDCScope(typeof scope === "string" ? scope : "openid");
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } });
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      }
    })();
  };
  return {
    issuer,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Signs `sub` in through the server without a browser (Vitest): the authorisation request, the
 * interaction form, the code exchange, and the ID token checked by openid-client, the library
 * next-auth itself uses. Returns the ID token's claims, as next-auth hands them to the portal.
 */
export async function idTokenClaimsFor(
  server: OidcTestServer,
  redirectUri: string,
  sub: string,
): Promise<Record<string, unknown>> {
  const { Issuer, generators } = await import("openid-client");
  const client = new (await Issuer.discover(server.issuer)).Client({
    client_id: OIDC_TEST_CLIENT.id,
    client_secret: OIDC_TEST_CLIENT.secret,
    redirect_uris: [redirectUri],
    response_types: ["code"],
  });
  const verifier = generators.codeVerifier();
  const state = generators.state();
  const jar = new Map<string, string>();
  const go = async (url: string, form?: URLSearchParams) => {
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: form,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`Expected a redirect from ${url}, got ${response.status}: ${await response.text()}`);
    return new URL(location, server.issuer).href;
  };
  let next = await go(
    client.authorizationUrl({
      scope: "openid email profile",
      code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: "S256",
      state,
    }),
  );
  for (let hop = 0; hop < 5 && !next.startsWith(redirectUri); hop++)
    next = await go(next, next.includes("/interaction/") ? new URLSearchParams({ account: sub }) : undefined);
  const tokens = await client.callback(redirectUri, client.callbackParams(next), { code_verifier: verifier, state });
  return tokens.claims();
}
