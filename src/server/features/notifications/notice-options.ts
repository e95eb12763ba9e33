import type { NotifyOptions } from "./notify";

/**
 * Where links in mail point and what signs their unsubscribe links: the portal's public URL
 * (NEXTAUTH_URL) and its secret (NEXTAUTH_SECRET). Read as given rather than through env(): a use
 * case that writes a notice also runs from the CLI and the tests, where the rest of the web
 * environment may be absent; without a secret a message simply has no unsubscribe link.
 */
export function noticeOptions(source: NodeJS.ProcessEnv = process.env): NotifyOptions {
  const secret = source.NEXTAUTH_SECRET;
  return {
    baseUrl: source.NEXTAUTH_URL || "http://localhost:3000",
    secret: secret && secret.length >= 32 ? secret : null,
  };
}
