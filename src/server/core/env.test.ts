import { describe, expect, it } from "vitest";
import { env as parseEnv } from "./env";

/** The environment as process.env would hold it. */
const env = (values: Record<string, string>) => parseEnv(values as NodeJS.ProcessEnv);
const base = { DATABASE_URL: "file:./tmp/env-test.db", NEXTAUTH_URL: "http://localhost:3000" };
const PLACEHOLDER = "replace-me-with-32-or-more-random-characters";

describe("NEXTAUTH_SECRET at start-up", () => {
  it("refuses the placeholder from .env.example in production, saying so", () => {
    expect(() => env({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: PLACEHOLDER })).toThrow(
      /NEXTAUTH_SECRET is the placeholder from \.env\.example/,
    );
  });

  it("refuses a secret shorter than 32 characters, or of too few different characters", () => {
    expect(() => env({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "short-secret" })).toThrow(/at least 32/);
    expect(() => env({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "ab".repeat(20) })).toThrow(/too simple/);
  });

  it("accepts a random secret, as ensure-env and the E2E set-up make", () => {
    const secret = "q3J8vXe0Lr2mT9wZ1cY4uN7bK6sH5gP0aD8fE2jR";
    expect(env({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
    expect(
      env({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "e2e-only-secret-not-for-any-real-deployment-000" }),
    ).toBeTruthy();
  });

  it("lets the demo in development start from .env.example as it is", () => {
    expect(env({ ...base, NEXTAUTH_SECRET: PLACEHOLDER }).NODE_ENV).toBe("development");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("defaults to 0 and takes a small whole number", () => {
    expect(env({ ...base, NEXTAUTH_SECRET: PLACEHOLDER }).TRUSTED_PROXIES).toBe(0);
    expect(env({ ...base, NEXTAUTH_SECRET: PLACEHOLDER, TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(() => env({ ...base, NEXTAUTH_SECRET: PLACEHOLDER, TRUSTED_PROXIES: "-1" })).toThrow(/TRUSTED_PROXIES/);
  });
});
