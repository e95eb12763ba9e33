import { z } from "zod";
import { parseDatabaseUrl } from "@/lib/database-url";

/** Settings for logging evidence and events, readable on their own (services and tests need no secret). */
const workflowShape = {
  /** Where uploaded evidence files are kept (relative to the project root, or absolute). */
  UPLOAD_DIR: z.string().min(1).default("data/uploads"),
  /** "disk" keeps evidence files under UPLOAD_DIR; "database" keeps them as rows, for several app instances. */
  EVIDENCE_STORAGE: z
    .enum(["disk", "database"], { error: 'EVIDENCE_STORAGE must be "disk" or "database"' })
    .default("disk"),
  /** The largest evidence file accepted, in megabytes. */
  UPLOAD_MAX_MB: z.coerce.number({ error: "UPLOAD_MAX_MB must be a number of megabytes" }).min(1).max(100).default(10),
  /** Default length of a consultation opened by "Record event", in days. */
  CONSULTATION_DAYS: z.coerce
    .number({ error: "CONSULTATION_DAYS must be a number of days" })
    .int()
    .min(1)
    .max(365)
    .default(28),
};

/** How notices are delivered (issue 13, decision 021): readable on their own, by the worker and the CLI. */
const noticeShape = {
  /** Without SMTP_URL, each notice is written here as an `.eml` file (the demo). */
  MAIL_DIR: z.string().min(1).default("./tmp/mail"),
  /** "on": `next start` runs the notices worker on a timer (the single-machine install needs no cron). */
  NOTIFICATIONS_WORKER: z.enum(["on", "off"], { error: 'NOTIFICATIONS_WORKER must be "on" or "off"' }).default("off"),
  /** Seconds between two runs of that timer. */
  NOTIFICATIONS_INTERVAL_SECONDS: z.coerce
    .number({ error: "NOTIFICATIONS_INTERVAL_SECONDS must be a number of seconds" })
    .int()
    .min(10)
    .max(24 * 60 * 60)
    .default(300),
  /** How long a worker holds a message it is sending before another worker may take it over. */
  NOTIFICATIONS_LEASE_SECONDS: z.coerce
    .number({ error: "NOTIFICATIONS_LEASE_SECONDS must be a number of seconds" })
    .int()
    .min(1)
    .max(24 * 60 * 60)
    .default(300),
};

/** Calendar feeds (issue 14): readable on their own, by the feed-token use cases. */
const feedShape = {
  /** Days a new calendar-feed secret works for; unset (or empty), it works until renewed or revoked. */
  CALENDAR_FEED_TOKEN_DAYS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: "CALENDAR_FEED_TOKEN_DAYS must be a number of days" })
      .int({ error: "CALENDAR_FEED_TOKEN_DAYS must be a whole number of days" })
      .min(1, { error: "CALENDAR_FEED_TOKEN_DAYS must be at least 1 (or unset for no expiry)" })
      .max(3650, { error: "CALENDAR_FEED_TOKEN_DAYS must be at most 3650 (ten years)" })
      .optional(),
  ),
};

export function feedEnv(source: NodeJS.ProcessEnv = process.env) {
  const result = z.object(feedShape).safeParse(source);
  if (!result.success)
    throw new Error(
      `Invalid environment (see .env.example): ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return result.data;
}

export function noticeEnv(source: NodeJS.ProcessEnv = process.env) {
  const result = z
    .object({
      ...noticeShape,
      SMTP_URL: z
        .string()
        .regex(/^smtps?:\/\/\S+$/, { error: "SMTP_URL must be an smtp:// or smtps:// URL" })
        .optional(),
      SMTP_FROM: z.string().min(3).max(200).default("Board governance portal <no-reply@localhost>"),
      NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    })
    .safeParse(source);
  if (!result.success)
    throw new Error(
      `Invalid environment (see .env.example): ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return result.data;
}

export function workflowEnv(source: NodeJS.ProcessEnv = process.env) {
  const result = z.object(workflowShape).safeParse(source);
  if (!result.success)
    throw new Error(
      `Invalid environment (see .env.example): ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return result.data;
}

/** Secrets published with the code (.env.example and its forerunners): anyone could sign sessions with them. */
const PLACEHOLDER_SECRETS = new Set([
  "replace-me-with-32-or-more-random-characters",
  "changeme",
  "change-me",
  "secret",
  "nextauth-secret",
]);

/** Why a production NEXTAUTH_SECRET is refused, or null when it may be used. */
export function weakSecret(secret: string): string | null {
  if (PLACEHOLDER_SECRETS.has(secret.trim().toLowerCase()) || /replace-?me|change-?me/i.test(secret))
    return "NEXTAUTH_SECRET is the placeholder from .env.example: set 32+ random characters (openssl rand -base64 32)";
  if (new Set(secret).size < 10)
    return "NEXTAUTH_SECRET is too simple (fewer than 10 different characters): set 32+ random characters (openssl rand -base64 32)";
  return null;
}

/**
 * Every environment variable the portal reads, validated once at start-up (src/instrumentation.ts)
 * and by the CLI. `.env.example` lists the same names.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          parseDatabaseUrl(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    NEXTAUTH_URL: z
      .url({ error: "NEXTAUTH_URL must be the portal's public URL, e.g. http://localhost:3000" })
      .default("http://localhost:3000"),
    NEXTAUTH_SECRET: z
      .string({ error: "NEXTAUTH_SECRET is required: 32+ random characters (openssl rand -base64 32)" })
      .min(32, { error: "NEXTAUTH_SECRET must be at least 32 characters" }),
    /** A session's absolute lifetime from sign-in, however often it is refreshed. */
    SESSION_MAX_AGE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Reverse proxies in front of the portal that append to X-Forwarded-For (0: clients connect directly). */
    TRUSTED_PROXIES: z.coerce
      .number({ error: "TRUSTED_PROXIES must be a whole number of proxies (0 when clients connect directly)" })
      .int()
      .min(0)
      .max(10)
      .default(0),
    AUTH_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100).default(5),
    AUTH_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(1000).default(20),
    AUTH_LOCKOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    // An OpenID Connect provider (e.g. Microsoft Entra ID) is enabled when all three are set.
    AUTH_OIDC_ISSUER: z.url().optional(),
    AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    AUTH_OIDC_NAME: z.string().min(1).default("Single sign-on"),
    // Entra ID: the directory (tenant) id; the ID token's `tid` claim must equal it.
    AUTH_OIDC_TENANT_ID: z.string().min(1).optional(),
    // "true" accepts an email the provider does not mark verified (email_verified / xms_edov). Off by default.
    AUTH_OIDC_TRUST_EMAIL: z
      .enum(["true", "false"], { error: 'AUTH_OIDC_TRUST_EMAIL must be "true" or "false"' })
      .default("false"),
    // Mail (invitations, later notices): without SMTP_URL, an invitation's link is shown to the administrator.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/, {
        error: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://mail.example.org:587",
      })
      .optional(),
    SMTP_FROM: z.string().min(3).max(200).default("Board governance portal <no-reply@localhost>"),
    // Several app instances behind a load balancer: each names itself in an X-Instance response header.
    INSTANCE_ID: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, {
        error: "INSTANCE_ID must be 1-64 letters, digits, dots, dashes or underscores",
      })
      .optional(),
    ...noticeShape,
    ...workflowShape,
    ...feedShape,
    // Operations (issue 14); read by the proxy and the logger directly, validated here at start-up.
    BODY_LIMIT_KB: z.coerce
      .number({ error: "BODY_LIMIT_KB must be a number of kilobytes" })
      .int()
      .min(16)
      .max(50 * 1024)
      .default(1024),
    TRUST_REQUEST_ID: z.enum(["on", "off"], { error: 'TRUST_REQUEST_ID must be "on" or "off"' }).default("off"),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
  })
  .superRefine((env, ctx) => {
    const weakness = env.NODE_ENV === "production" ? weakSecret(env.NEXTAUTH_SECRET) : null;
    if (weakness) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: weakness });
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_ISSUER"],
        message: "Set all of AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET, or none",
      });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment; throws one message listing every problem. */
export function env(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${lines}`);
  }
  if (source === process.env) cached = result.data;
  return result.data;
}
