import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { authenticateUser, throttlePolicy } from "./authenticate-user";
import { clientAddress, type HeaderSource } from "./client-address";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { sessionClaims } from "./session-token";

/**
 * next-auth configuration. The sign-in page uses a server action (works without JavaScript) that
 * writes the same JWT cookie; this route serves API sign-in and, when AUTH_OIDC_* are set, an
 * OpenID Connect provider such as Microsoft Entra ID. OIDC users must already exist (matched by
 * e-mail): roles are granted in the portal, never by the identity provider.
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
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const known = await db.user.findUnique({ where: { email } });
        return Boolean(known && !known.disabled);
      },
      async jwt({ token, account, user }) {
        if (account?.provider === "oidc" && user?.email) {
          const known = await db.user.findUnique({ where: { email: user.email.toLowerCase() } });
          if (known) {
            token.sub = known.id;
            await db.user.update({ where: { id: known.id }, data: { lastSignInAt: new Date() } });
          }
        }
        // At sign-in only: the session version and sign-in time every session token must carry (session-token.ts).
        if (user) Object.assign(token, await sessionClaims(db, token.sub));
        return token;
      },
    },
  };
}
