import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("per-dialect Prisma schemas", () => {
  it("are what the template renders (run npm run db:render after editing it)", () => {
    const run = () => execFileSync("npx", ["tsx", "scripts/render-schemas.ts", "--check"], { stdio: "pipe" });
    expect(run).not.toThrow();
  });
});
