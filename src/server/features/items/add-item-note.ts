import { londonToday } from "@/lib/dates";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { addItemNoteSchema } from "@/lib/schemas/item-note";
import type { Db } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/**
 * Adds a note to an item's history (issue 4, "An item's life"): a log entry that changes no status,
 * dated today in London, with one audit entry in the same transaction. Whoever may log the item
 * (item:log on any board it concerns) may note it; a retired item takes no new entries.
 */
export async function addItemNote(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const parsed = addItemNoteSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the note", fieldErrorsOf(parsed.error));
  const { itemId, text } = parsed.data;
  const { item } = await authorizeItem(ctx.db, ctx.viewer, itemId, "item:log");
  if (item.retiredAt) throw new AppError("CONFLICT", "This item has been retired: no rule produces it any more, so it takes no new notes");
  const occurredOn = londonToday(ctx.now ?? new Date());
  return ctx.db.$transaction(async (tx) => {
    const entry = await tx.itemLogEntry.create({
      data: { itemId, actorId: ctx.viewer.userId, action: "note", occurredOn, notes: text },
    });
    await appendAudit(tx, { type: "user", userId: ctx.viewer.userId }, {
      action: "item.note",
      entityType: "CalendarItem",
      entityId: itemId,
      after: { logEntryId: entry.id, occurredOn, notes: text },
    });
    return { id: entry.id, itemId, occurredOn };
  });
}
