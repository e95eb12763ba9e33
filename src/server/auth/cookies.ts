import { env } from "@/server/core/env";

/** next-auth's own cookie name, so sessions from the OIDC flow and from our form are the same. */
export function sessionCookieName(): string {
  return env().NEXTAUTH_URL.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: env().NEXTAUTH_URL.startsWith("https://"),
    maxAge: env().SESSION_MAX_AGE_HOURS * 3600,
  };
}
