/**
 * Creates `.env` from `.env.example` on first run, with a fresh random NEXTAUTH_SECRET, so the
 * demo starts on a new machine with nothing to configure. An existing `.env` is never touched.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

if (!existsSync(".env")) {
  const example = readFileSync(".env.example", "utf8");
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(".env", example.replace(/^NEXTAUTH_SECRET=.*$/m, `NEXTAUTH_SECRET=${secret}`));
  console.error("Created .env from .env.example with a new NEXTAUTH_SECRET.");
}
