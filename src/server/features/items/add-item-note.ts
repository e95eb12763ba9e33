import { londonToday } from "@/lib/dates";
import { addItemNoteSchema } from "@/lib/schemas/item-note";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/**
 * Adds a note to an item's history (issue 4, "An item's life"): a log entry that changes no status,
 * dated today in London, with one audit entry in the same transaction. Whoever may log the item
 * (item:log on any board it concerns) may note it; a retired item takes no new entries.
 */
export async function addItemNote(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const { itemId, text } = parse(addItemNoteSchema, raw, "Check the note");
  const { item } = await authorizeItem(ctx.db, ctx.viewer, itemId, "item:log");
  if (item.retiredAt)
    throw new AppError(
      "CONFLICT",
      "This item has been retired: no rule produces it any more, so it takes no new notes",
    );
  const occurredOn = londonToday(ctx.now ?? new Date());
  return inTransaction(ctx.db, async (tx) => {
    const entry = await tx.itemLogEntry.create({
      data: { itemId, actorId: ctx.viewer.userId, action: "note", occurredOn, notes: text },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "item.note",
      entityType: "CalendarItem",
      entityId: itemId,
      after: { logEntryId: entry.id, occurredOn, notes: text },
    });
    return { id: entry.id, itemId, occurredOn };
  });
}
