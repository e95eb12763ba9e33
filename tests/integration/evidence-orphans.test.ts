import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import type { UploadedFile } from "@/server/features/items/evidence-files";
import { logStep } from "@/server/features/items/log-item-step";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { localDiskStore, type EvidenceStore } from "@/server/storage/evidence-store";
import { withTestDatabase } from "./support/test-db";

/**
 * Issue 14, "no orphan files": evidence is stored before the transaction that records it, so when that
 * transaction loses a version race the stored files must go again. Real database, real disk store.
 */
const t = withTestDatabase({ seeded: true });
const now = new Date("2026-11-23T10:00:00Z");

const pdf = (name: string): UploadedFile => {
  const bytes = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  return { name, type: "application/pdf", size: bytes.length, bytes };
};

let hwb: string;
let hwbSecretariat: Awaited<ReturnType<typeof loadViewer>>;

beforeAll(async () => {
  hwb = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).id;
  const kent = await t.db.boardArea.findMany({ where: { area: { slug: "kent" } } });
  const actor = { type: "system", label: "cli" } as const;
  await applyCalendarPlan(
    t.db,
    actor,
    await planCalendar(
      t.db,
      kent.map((b) => b.boardId),
      2026,
    ),
  );
  const user = await t.db.user.findUniqueOrThrow({ where: { email: demoEmail("kent", "HWB", "secretariat") } });
  hwbSecretariat = await loadViewer(t.db, user.id);
});

/** Planned items the HWB is owed, which its secretariat may log. */
async function plannedItems() {
  return t.db.calendarItem.findMany({
    where: { status: "planned", retiredAt: null, origin: "rule", recipientBoardId: hwb },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 2,
  });
}

const send = (item: { id: string; version: number }) => ({
  itemId: item.id,
  version: item.version,
  step: "send",
  occurredOn: "2026-11-02",
  notes: "Sent",
});

describe("evidence files and the version race", () => {
  it("removes the files it stored when someone else changed the item before the transaction, and keeps them when it commits", async () => {
    const [raced, clean] = await plannedItems();
    expect(raced && clean).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), "portal-orphans-"));
    const disk = localDiskStore(dir);
    // The other user's change lands after the files are on disk and before the transaction runs.
    let race = true;
    const racingStore: EvidenceStore = {
      ...disk,
      async put(bytes) {
        const key = await disk.put(bytes);
        if (race) await t.db.calendarItem.update({ where: { id: raced!.id }, data: { version: { increment: 1 } } });
        return key;
      },
    };
    const ctx = { db: t.db, viewer: hwbSecretariat!, now, store: racingStore };
    const evidenceBefore = await t.db.evidence.count();

    const error = await logStep(ctx, send(raced!), [pdf("a.pdf"), pdf("b.pdf")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect(readdirSync(dir)).toEqual([]);
    expect(await t.db.evidence.count()).toBe(evidenceBefore);

    race = false;
    await logStep(ctx, send(clean!), [pdf("c.pdf")]);
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(1);
    const row = await t.db.evidence.findFirstOrThrow({ where: { fileName: "c.pdf" } });
    expect(kept).toEqual([row.storageKey]);
  });
});
