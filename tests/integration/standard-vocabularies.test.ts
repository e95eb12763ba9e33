import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadStandardVocabularies } from "@/server/seed/load-standard-vocabularies";
import { boardKinds, documentTypes, organisationKinds } from "@/seed-data/reference";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase();

describe("a fresh install's vocabularies (cli migrate)", () => {
  it("loads today's kinds of board and organisation and the document types into empty tables, with one audit entry", async () => {
    const run = spawnSync("node_modules/.bin/tsx", ["src/cli/index.ts", "migrate"], {
      env: { ...process.env, DATABASE_URL: t.url },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `Loaded the standard vocabularies: ${boardKinds.length} kinds of board, ${organisationKinds.length} kinds of organisation, ${documentTypes.length} document types.`,
    );
    expect(await t.db.boardKind.findUnique({ where: { key: "community-safety-partnership" } })).toMatchObject({
      name: "Community Safety Partnership",
    });
    expect(await t.db.organisationKind.count()).toBe(organisationKinds.length);
    expect(await t.db.documentType.count()).toBe(documentTypes.length);
    expect(await t.db.auditEntry.count({ where: { action: "vocabularies.load" } })).toBe(1);
  }, 120_000);

  it("never undoes an administrator's renames or removals: a table that has rows is left alone", async () => {
    await t.db.boardKind.update({
      where: { key: "health-and-wellbeing-board" },
      data: { name: "Health and Wellbeing Board (statutory)" },
    });
    await t.db.organisationKind.delete({ where: { key: "probation" } });
    const audits = await t.db.auditEntry.count();
    expect(await loadStandardVocabularies(t.db)).toEqual({ boardKinds: 0, organisationKinds: 0, documentTypes: 0 });
    expect((await t.db.boardKind.findUniqueOrThrow({ where: { key: "health-and-wellbeing-board" } })).name).toBe(
      "Health and Wellbeing Board (statutory)",
    );
    expect(await t.db.organisationKind.findUnique({ where: { key: "probation" } })).toBeNull();
    expect(await t.db.auditEntry.count()).toBe(audits);
  });
});
