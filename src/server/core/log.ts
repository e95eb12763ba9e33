import pino from "pino";

/**
 * Structured logs (issue 14): one JSON line per request, per server action and per error, on stdout,
 * each with the request id. Never personal data: no emails, names, tokens or addresses are passed,
 * and these keys are censored should one slip into an object logged. LOG_LEVEL chooses the level.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "portal" },
  redact: {
    paths: ["email", "name", "password", "token", "ip", "*.email", "*.name", "*.password", "*.token", "*.ip"],
    censor: "[redacted]",
  },
});

/** Path segments that are secrets (one-time links, unsubscribe tokens): logged as their route only. */
const SECRET_SEGMENTS = /^\/(invite|unsubscribe)\/[^/]+/;

export const loggablePath = (pathname: string) =>
  pathname.replace(SECRET_SEGMENTS, (_, route: string) => `/${route}/[token]`);
