import { existsSync } from "node:fs";
import { join } from "node:path";

/** Loads `.env` (if present) for the CLI and scripts, as Next does for the app. Set variables win. */
export function loadEnv(root = process.cwd()) {
  const file = join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
