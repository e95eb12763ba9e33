import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { areaFileJsonSchema } from "../src/lib/schemas/area-file";
import { AREA_FILE_SCHEMA_PATH } from "./write-area-file-schema";

describe("docs/area-file.schema.json", () => {
  it("is what the zod schema generates (run npm run schema:area-file after changing src/lib/schemas/area-file.ts)", () => {
    expect(readFileSync(AREA_FILE_SCHEMA_PATH, "utf8")).toBe(areaFileJsonSchema());
  });
});
