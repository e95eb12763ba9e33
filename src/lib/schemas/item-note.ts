import { z } from "zod";

/** A note on an item's history: what happened, in the secretariat's words (no status change). */
export const addItemNoteSchema = z.object({
  itemId: z
    .string({ error: "Choose an item" })
    .trim()
    .min(1, { error: "Choose an item" })
    .max(64, { error: "Choose an item" }),
  text: z
    .string({ error: "Enter the note" })
    .trim()
    .min(1, { error: "Enter the note" })
    .max(2000, { error: "Keep the note to 2,000 characters or fewer" }),
});
export type AddItemNoteInput = z.input<typeof addItemNoteSchema>;
