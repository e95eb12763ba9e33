import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { exportArea } from "@/server/features/areas/export-area";
import { confirmAreaImport, previewAreaImport } from "@/server/features/areas/preview-area-import";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

/** The import page's use cases: preview (a dry run with a fingerprint), then confirm. */
const t = withTestDatabase({ seeded: true });
let admin: Viewer;
let secretariat: Viewer;

async function viewerFor(email: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(t.db, user.id))!;
}
beforeAll(async () => {
  admin = await viewerFor(DEMO_ADMIN_EMAIL);
  secretariat = await viewerFor(demoEmail("halton", "HSCB", "secretariat"));
});
const as = (viewer: Viewer) => ({ db: t.db, viewer });
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    },
  );

describe("importing an area from the page", () => {
  it("previews what will change without writing, then applies it once; a stale preview is refused", async () => {
    const file = await exportArea({ db: t.db, viewer: null }, "halton");
    const board = file.boards.find((b) => b.slug === "halton-hscb")!;
    board.name = "Halton Safeguarding Children Partnership (renamed)";
    const text = JSON.stringify(file);
    const audits = await t.db.auditEntry.count();

    const preview = await previewAreaImport(as(admin), { file: text });
    expect(preview.plan).toMatchObject({ area: "halton", created: 0, updated: 1, written: false });
    expect(preview.byEntity).toEqual([{ entity: "Board", created: 0, updated: 1, retired: 0 }]);
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect((await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hscb" } })).name).not.toMatch(/renamed/);
    expect(await t.db.auditEntry.count()).toBe(audits);

    // Someone changes the board between the preview and the confirm: the plan moved, nothing is written.
    await t.db.board.update({ where: { slug: "halton-hscb" }, data: { acronym: "HSCP" } });
    const stale = await refusal(confirmAreaImport(as(admin), { file: text, fingerprint: preview.fingerprint }));
    expect(stale.code).toBe("CONFLICT");
    expect(await t.db.auditEntry.count()).toBe(audits);

    const again = await previewAreaImport(as(admin), { file: text });
    const result = await confirmAreaImport(as(admin), { file: text, fingerprint: again.fingerprint });
    expect(result).toMatchObject({ area: "halton", updated: 1, written: true });
    expect((await t.db.board.findUniqueOrThrow({ where: { slug: "halton-hscb" } })).name).toMatch(/renamed/);
    expect(await t.db.auditEntry.count({ where: { action: "area.import" } })).toBeGreaterThanOrEqual(1);
    expect(await t.db.auditEntry.count()).toBe(audits + 1);

    const unchanged = await previewAreaImport(as(admin), { file: text });
    expect(unchanged.plan).toMatchObject({ created: 0, updated: 0 });
    expect((await refusal(confirmAreaImport(as(admin), { file: text, fingerprint: unchanged.fingerprint }))).code).toBe(
      "CONFLICT",
    );
  });

  it("lists a bad file's problems with their paths at the file field", async () => {
    const file = await exportArea({ db: t.db, viewer: null }, "halton");
    const broken = { ...file, boards: file.boards.map((b, i) => (i === 1 ? { ...b, kind: "no-such-kind" } : b)) };
    const error = await refusal(previewAreaImport(as(admin), { file: JSON.stringify(broken) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.file).toEqual([
      expect.stringMatching(/^boards\.1\.kind: Unknown board kind no-such-kind/),
    ]);
    const notJson = await refusal(previewAreaImport(as(admin), { file: "{ not json" }));
    expect(notJson.fieldErrors.file).toEqual([expect.stringMatching(/not JSON/)]);
  });

  it("refuses a user who does not administer the area", async () => {
    const text = JSON.stringify(await exportArea({ db: t.db, viewer: null }, "halton"));
    expect((await refusal(previewAreaImport(as(secretariat), { file: text }))).code).toBe("FORBIDDEN");
  });
});
