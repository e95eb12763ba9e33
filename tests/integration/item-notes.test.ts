import { beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/server/core/errors";
import { addItemNote } from "@/server/features/items/add-item-note";
import { buildWorld } from "./support/mutation-world";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let world: Awaited<ReturnType<typeof buildWorld>>;
let itemId: string;

beforeAll(async () => {
  world = await buildWorld(t.db);
  itemId = (
    await t.db.calendarItem.findFirstOrThrow({
      where: { retiredAt: null, cycle: { boardId: world.boards.in } },
      orderBy: { dueOn: "asc" },
    })
  ).id;
}, 300_000);

describe(`item notes on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("writes a log entry with no status change, dated today in London, trimmed, with one audit entry", async () => {
    const before = await t.db.calendarItem.findUniqueOrThrow({ where: { id: itemId } });
    // 23:30 UTC on 29 March 2026 is already 30 March in London (British Summer Time began that day).
    const { id } = await addItemNote(
      { db: t.db, viewer: world.viewers.secretariat, now: new Date("2026-03-29T23:30:00Z") },
      { itemId, text: "  Draft shared with the HHWB.  " },
    );
    expect(await t.db.itemLogEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      itemId,
      actorId: world.viewers.secretariat.userId,
      action: "note",
      fromStatus: null,
      toStatus: null,
      occurredOn: "2026-03-30",
      notes: "Draft shared with the HHWB.",
    });
    expect(await t.db.calendarItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({
      status: before.status,
      version: before.version,
    });
    expect(await t.db.auditEntry.count({ where: { action: "item.note", entityId: itemId } })).toBe(1);
  });

  it("refuses a member, an empty or over-long note, and a retired item, writing nothing", async () => {
    const retired = await t.db.calendarItem
      .update({ where: { id: itemId }, data: { retiredAt: new Date() } })
      .then(() => itemId);
    const entries = await t.db.itemLogEntry.count();
    const attempt = (viewer: (typeof world.viewers)[keyof typeof world.viewers], raw: unknown) =>
      addItemNote({ db: t.db, viewer }, raw).then(
        () => null,
        (e: unknown) => e as AppError,
      );
    expect(await attempt(world.viewers.member, { itemId: retired, text: "Hello" })).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await attempt(world.viewers.secretariat, { itemId: retired, text: "   " })).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { text: ["Enter the note"] },
    });
    expect(await attempt(world.viewers.secretariat, { itemId: retired, text: "x".repeat(2001) })).toMatchObject({
      fieldErrors: { text: ["Keep the note to 2,000 characters or fewer"] },
    });
    const onRetired = await attempt(world.viewers.secretariat, { itemId: retired, text: "Hello" });
    expect(onRetired?.code).toBe("CONFLICT");
    expect(onRetired?.message).toMatch(/retired/);
    expect(await t.db.itemLogEntry.count()).toBe(entries);
  });
});
