import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { saveRule } from "@/server/features/protocols/save-rule";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let admin: Viewer;
let draftId: string;
let agreedId: string;
let hwbb: string;
let lscb: string;

beforeAll(async () => {
  admin = (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id))!;
  agreedId = (await t.db.protocol.findFirstOrThrow({ where: { key: "harrow-hwbb-lscb" } })).id;
  draftId = (await createProtocolVersion({ db: t.db, viewer: admin }, { protocolId: agreedId })).id;
  hwbb = (await t.db.board.findUniqueOrThrow({ where: { slug: "harrow-hwbb" } })).id;
  lscb = (await t.db.board.findUniqueOrThrow({ where: { slug: "harrow-lscb" } })).id;
});

const rule = async (protocolId: string, cadence: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  protocolId,
  clauseId: (await t.db.clause.findFirstOrThrow({ where: { protocolId, ref: "11" } })).id,
  kind: "attendance",
  summary: "The LSCB chair attends the HWBB",
  modality: "will",
  from: [{ type: "board", id: lscb }],
  to: [{ type: "board", id: hwbb }],
  cadence,
  ...extra,
});

describe(`rule editor on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("previews the items a rule would produce this year, through the engine", async () => {
    const preview = await previewRule(
      { db: t.db, viewer: admin, now: new Date("2026-11-23T12:00:00Z") },
      await rule(draftId, { frequency: "min-per-year", minPerYear: 3 }),
    );
    expect(preview.year).toBe(2026);
    expect(preview.items.map((i) => `${i.index}/${i.of}`)).toEqual(["1/3", "2/3", "3/3"]);
  });

  it("refuses an impossible cadence with the message at its field, changing nothing", async () => {
    const before = await t.db.obligation.count({ where: { protocolId: draftId } });
    const error = await saveRule(
      { db: t.db, viewer: admin },
      await rule(draftId, { frequency: "annual", window: { fromMonth: 13, toMonth: 2 } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors["cadence.window.fromMonth"]).toEqual([
      "Window start month must be a month number from 1 (January) to 12 (December)",
    ]);
    const noNumber = await saveRule(
      { db: t.db, viewer: admin },
      await rule(draftId, { frequency: "min-per-year" }),
    ).catch((e: unknown) => e);
    expect((noNumber as AppError).fieldErrors["cadence.minPerYear"]).toEqual([
      "min-per-year needs minPerYear: how many times a year, at least 1",
    ]);
    expect(await t.db.obligation.count({ where: { protocolId: draftId } })).toBe(before);
  });

  it("edits only draft versions", async () => {
    await expect(
      saveRule({ db: t.db, viewer: admin }, await rule(agreedId, { frequency: "quarterly" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("saves an edit of a rule on the draft, with its parties, audited", async () => {
    const attendance = await t.db.obligation.findFirstOrThrow({ where: { protocolId: draftId, kind: "attendance" } });
    await saveRule(
      { db: t.db, viewer: admin },
      await rule(
        draftId,
        { frequency: "min-per-year", minPerYear: 3 },
        { obligationId: attendance.id, updatedAt: attendance.updatedAt.toISOString() },
      ),
    );
    const saved = await t.db.obligation.findUniqueOrThrow({ where: { id: attendance.id }, include: { parties: true } });
    expect(saved).toMatchObject({
      frequency: "min-per-year",
      minPerYear: 3,
      summary: "The LSCB chair attends the HWBB",
    });
    expect(saved.parties.map((p) => `${p.role}:${p.boardId === lscb ? "LSCB" : "HWBB"}`).sort()).toEqual([
      "from:LSCB",
      "to:HWBB",
    ]);
    expect(await t.db.auditEntry.count({ where: { entityId: attendance.id, action: "rule.edit" } })).toBe(1);
  });
});
