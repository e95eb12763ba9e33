"use server";

import { formFields, formText } from "@/lib/form-data";
import { recordEventSchema } from "@/lib/schemas/item";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { formAction } from "@/server/core/action";
import { recordEvent } from "@/server/features/items/record-event";

/** Records an event on an on-event, as-needed or standing duty (item:log on the board that owes it), then opens the item it made. */
export const recordEventAction = formAction({
  read: (form) => ({
    ...formFields(form, ["obligationId", "boardId", "recipient", "description", "eventOn", "dueOn"], { max: 5000 }),
    area: formText(form, "area"),
  }),
  schema: recordEventSchema,
  invalid: "Check the event",
  authorize: (ctx, input) => authorizeBoard(ctx.db, ctx.viewer, input.boardId, "item:log"),
  run: (ctx, raw) => recordEvent(ctx, raw),
  done: (item, { raw }) => ({
    redirect: `/areas/${/^[a-z0-9-]+$/.test(raw.area ?? "") ? raw.area : ""}/items/${item.id}`,
  }),
  keep: ["recipient", "description", "eventOn", "dueOn"],
  keepMax: 5000,
});
