/**
 * Renders prisma/schema.template.prisma into one schema per dialect. With --check, exits 1 if a
 * committed schema differs from what the template renders (run by the test suite).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const dialects = {
  sqlite: { provider: "sqlite", placeholderUrl: "file:./placeholder.db" },
  postgresql: { provider: "postgresql", placeholderUrl: "postgresql://placeholder@localhost:5432/placeholder" },
} as const;

export function renderSchema(template: string, dialect: keyof typeof dialects): string {
  const values: Record<string, string> = { dialect, ...dialects[dialect] };
  const header = "// GENERATED from prisma/schema.template.prisma by `npm run db:render`. Do not edit.\n";
  return (
    header +
    template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`Unknown template variable ${name}`);
      return value;
    })
  );
}

const root = join(import.meta.dirname, "..");
const template = readFileSync(join(root, "prisma/schema.template.prisma"), "utf8");
const check = process.argv.includes("--check");
let stale = false;
for (const dialect of Object.keys(dialects) as (keyof typeof dialects)[]) {
  const path = join(root, "prisma", dialect, "schema.prisma");
  const rendered = renderSchema(template, dialect);
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = "";
  }
  if (check) {
    if (current !== rendered) {
      console.error(`${path} is stale: run npm run db:render`);
      stale = true;
    }
  } else if (current !== rendered) {
    writeFileSync(path, rendered);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
