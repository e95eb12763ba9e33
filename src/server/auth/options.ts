import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { authenticateUser, throttlePolicy } from "./authenticate-user";
import { clientAddress, type HeaderSource } from "./client-address";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { linkOidcIdentity, oidcLinkPolicy, userForOidcIdentity } from "./oidc-link";
import { sessionClaims } from "./session-token";

/**
 * next-auth configuration. The sign-in page uses a server action (works without JavaScript) that
 * writes the same JWT cookie; this route serves API sign-in and, when AUTH_OIDC_* are set, an
 * OpenID Connect provider such as Microsoft Entra ID. Which user an OIDC identity signs in as is
 * decided in ./oidc-link.ts (verified email, tenant, issuer + subject binding, users marked for
 * single sign-on only): roles are granted in the portal, never by the identity provider.
 */
export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const address = clientAddress(req.headers as HeaderSource, e.TRUSTED_PROXIES);
        const result = await authenticateUser(
          {
            db,
            now: new Date(),
            policy: throttlePolicy(e),
          },
          { email: credentials?.email ?? "", password: credentials?.password ?? "", address },
        );
        return result.ok ? result.user : null;
      },
    }),
  ];
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET) {
    const oidc: OAuthConfig<{ sub: string; email?: string; name?: string }> = {
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.AUTH_OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      clientId: e.AUTH_OIDC_CLIENT_ID,
      clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
      profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.email ?? null }),
    };
    providers.push(oidc);
  }
  const cookie = sessionCookieOptions();
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: cookie.maxAge },
    cookies: { sessionToken: { name: sessionCookieName(), options: cookie } },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        // profile: the ID token's claims, already checked by openid-client (signature, aud, exp, iss).
        const claims = (profile ?? {}) as Record<string, unknown>;
        const result = await linkOidcIdentity({ db, now: new Date(), policy: oidcLinkPolicy(e) }, claims);
        // false: next-auth sends the browser to /sign-in?error=AccessDenied, which says why in general terms.
        return result.ok;
      },
      async jwt({ token, account, profile, user }) {
        if (account?.provider === "oidc") {
          const user = await userForOidcIdentity(db, (profile ?? {}) as Record<string, unknown>);
          // signIn has just bound this identity; without it no session is issued for anyone.
          if (!user) throw new Error("AccessDenied");
          Object.assign(token, { sub: user.id, email: user.email, name: user.name });
        }
        // At sign-in only: the session version and sign-in time every session token must carry (session-token.ts).
        if (user) Object.assign(token, await sessionClaims(db, token.sub));
        return token;
      },
    },
  };
}
