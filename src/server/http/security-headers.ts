import { randomBytes } from "node:crypto";

/**
 * The response headers that depend on the request or the deployment (issue 14): a Content-Security-Policy
 * with a fresh nonce per request, which Next reads from the request's copy of the header and puts on its
 * own scripts, and HSTS when the public URL is https. The fixed headers (nosniff, Referrer-Policy,
 * X-Frame-Options, Permissions-Policy) are in next.config.ts, so static files carry them too.
 */
export interface SecuritySettings {
  /** NEXTAUTH_URL: HSTS and upgrade-insecure-requests only when it is https. */
  publicUrl: string;
  /** AUTH_OIDC_ISSUER: sign-in forms post to next-auth, which redirects there. */
  oidcIssuer?: string | undefined;
  development: boolean;
}

export const HSTS = "max-age=31536000; includeSubDomains";

/** Features no page uses, turned off for the page and anything it could frame. */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** 128 random bits, base64: unguessable, new for every request. */
export const newNonce = () => randomBytes(16).toString("base64");

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

export function contentSecurityPolicy(nonce: string, settings: SecuritySettings): string {
  const https = settings.publicUrl.startsWith("https://");
  const issuer = originOf(settings.oidcIssuer);
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonced scripts load are trusted; no inline script without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${settings.development ? " 'unsafe-eval'" : ""}`,
    // Tailwind is one stylesheet from 'self'; Next puts the nonce on the styles it inlines. The dev
    // server's hot reload injects styles without it.
    `style-src 'self' ${settings.development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer ? ` ${issuer}` : ""}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers a response gets for this request (the CSP also goes on the request, for Next to read). */
export function securityHeaders(nonce: string, settings: SecuritySettings): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, settings),
    ...(settings.publicUrl.startsWith("https://") ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

export function securitySettings(source: NodeJS.ProcessEnv = process.env): SecuritySettings {
  return {
    publicUrl: source.NEXTAUTH_URL ?? "http://localhost:3000",
    oidcIssuer: source.AUTH_OIDC_ISSUER,
    development: source.NODE_ENV === "development",
  };
}
