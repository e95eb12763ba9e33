import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layout's size rule (docs/decisions/012-server-layout.md): a use case is one file, and no file
 * in src/server grows past 250 lines. A file that does holds more than one thing: split it.
 */
const MAX_LINES = 250;
const root = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("file sizes", () => {
  it(`keeps every file in src/server to ${MAX_LINES} lines`, () => {
    const files = sourceFiles(join(root, "src/server"));
    expect(files.length).toBeGreaterThan(50);
    const over = files
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, "utf8").split("\n").length }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });
});
