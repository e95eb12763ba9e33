import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The import boundaries in eslint.config.mjs, run on virtual files through the real config. Only the
 * two boundary rules run, without type information: a virtual path is in no TypeScript project.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const boundaryRules = new Set(["boundaries/no-cross-layer-import", "no-restricted-imports"]);
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => boundaryRules.has(ruleId),
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.fatalErrorCount, JSON.stringify(result?.messages)).toBe(0);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? "parse"}: ${m.message}`);
}

const cross = "boundaries/no-cross-layer-import";
const restricted = "no-restricted-imports";

describe("import boundaries", () => {
  // ESLint loads the config and its plugins on first use: seconds on a busy 2-core machine.
  beforeAll(async () => {
    await eslint.lintText("export {};", { filePath: "src/lib/warm-up.ts" });
  }, 60_000);

  it.each([
    // a. src/ reaches nothing outside src/: scripts/, prisma/, tests/, however the path is spelt.
    ["src/cli/x.ts", `import { loadEnv } from "../../scripts/foo";`, cross, "resolves to scripts/foo"],
    ["src/cli/x.ts", `import kent from "@/../prisma/seed-data/kent";`, cross, "resolves to prisma/seed-data/kent"],
    [
      "src/cli/x.ts",
      `export async function seeds() { return import("../../prisma/seed-data/index"); }`,
      cross,
      "prisma/seed-data/index",
    ],
    [
      "src/app/areas/page.tsx",
      `import { user } from "../../../tests/factories/user";`,
      cross,
      "resolves to tests/factories/user",
    ],
    ["src/x.ts", `export { seed } from "../prisma/seed";`, cross, "resolves to prisma/seed"],
    // b. src/lib imports neither server code nor routes, not even types.
    ["src/lib/x.ts", `import { db } from "@/server/db";`, cross, "src/lib is shared"],
    ["src/lib/schemas/x.ts", `import { db } from "../../server/db";`, cross, "resolves to src/server/db"],
    ["src/lib/x.ts", `import { db } from "./schemas/../../server/db";`, cross, "resolves to src/server/db"],
    [
      "src/lib/x.ts",
      `import type { ObligationJson } from "@/server/services/read-models";`,
      cross,
      "src/lib is shared",
    ],
    ["src/lib/x.ts", `import RootLayout from "@/app/layout";`, cross, "resolves to src/app/layout"],
    // c. src/domain: no framework, database, auth or zod.
    ["src/domain/x.ts", `import { z } from "zod";`, restricted, "src/domain must stay free"],
    ["src/domain/x.ts", `import { redirect } from "next/navigation";`, restricted, "src/domain must stay free"],
    ["src/domain/x.ts", `import type { PrismaClient } from "@prisma/client";`, restricted, "src/domain must stay free"],
    ["src/domain/x.ts", `import { civilDate } from "@/lib/schemas/common";`, cross, "must not depend on zod"],
    [
      "src/domain/calendar/x.ts",
      `import type { Db } from "../../server/database";`,
      cross,
      "resolves to src/server/database",
    ],
    ["src/domain/x.ts", `import { db } from "@/server/db";`, cross, "src/domain must stay free"],
    [
      "src/domain/x.ts",
      `import type { Prisma } from "@/generated/prisma-sqlite/client";`,
      cross,
      "src/domain must stay free",
    ],
    // d. server code (any feature folder) never imports routes.
    ["src/server/features/x/y.ts", `import RootLayout from "@/app/layout";`, cross, "must not import routes"],
    [
      "src/server/features/x/y.ts",
      `import { signIn } from "../../../app/sign-in/actions";`,
      cross,
      "resolves to src/app/sign-in/actions",
    ],
    // e. components take server types, never server values.
    ["src/components/x/y.tsx", `import { db } from "@/server/db";`, cross, "only types from src/server"],
  ])("%s: %s is an error", async (filePath, code, ruleId, text) => {
    const messages = await lint(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${ruleId}: `);
    expect(messages[0]).toContain(text);
  });

  it.each([
    ["src/server/x.ts", `import { monthName } from "@/lib/dates";`],
    ["src/server/features/x/y.ts", `import { Prisma } from "@/generated/prisma-sqlite/client";`],
    ["src/server/features/x/y.ts", `import { AppError } from "../../errors";`],
    ["src/app/areas/page.tsx", `import { db } from "@/server/db";`],
    ["src/cli/x.ts", `import { seedDemoData } from "@/server/services/seed-demo-data";`],
    ["src/domain/x.ts", `import { CAPACITIES } from "@/lib/schemas/vocabulary";`],
    ["src/domain/x.ts", `import type { Cadence } from "@/lib/schemas/cadence";`],
    ["src/domain/calendar/x.ts", `import { addDays } from "../civil-date";`],
    ["src/components/x/y.tsx", `import type { DashItem } from "@/server/services/dashboard";`],
    ["src/components/x/y.tsx", `import { type DashItem } from "@/server/services/dashboard";`],
    ["scripts/x.ts", `import { seed } from "../prisma/seed";`],
  ])("%s: %s is allowed", async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
