/**
 * Writes docs/area-file.schema.json from the zod schema (src/lib/schemas/area-file.ts). With --check,
 * exits 1 if the committed file is stale (the unit tests check it too).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { areaFileJsonSchema } from "../src/lib/schemas/area-file";

export const AREA_FILE_SCHEMA_PATH = join(import.meta.dirname, "..", "docs", "area-file.schema.json");

if (process.argv[1] === import.meta.filename) {
  const schema = areaFileJsonSchema();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(AREA_FILE_SCHEMA_PATH, "utf8");
    } catch {
      current = "";
    }
    if (current !== schema) {
      console.error(`${AREA_FILE_SCHEMA_PATH} is stale: run npm run schema:area-file`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(AREA_FILE_SCHEMA_PATH, schema);
    process.stdout.write(`Wrote ${AREA_FILE_SCHEMA_PATH}\n`);
  }
}
