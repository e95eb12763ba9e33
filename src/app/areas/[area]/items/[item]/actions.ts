"use server";

import { londonToday } from "@/lib/dates";
import { formFields, formText } from "@/lib/form-data";
import { scheduleItemSchema } from "@/lib/schemas/calendar";
import {
  deferSchema,
  evidenceRestrictionSchema,
  followUpSchema,
  logStepSchema,
  reverseSchema,
  waiveSchema,
} from "@/lib/schemas/item";
import { addItemNoteSchema } from "@/lib/schemas/item-note";
import { authorizeEvidence } from "@/server/authz/authorize-evidence";
import { authorizeItem } from "@/server/authz/authorize-item";
import { formAction, type Answer } from "@/server/core/action";
import { workflowEnv } from "@/server/core/env";
import { addItemNote } from "@/server/features/items/add-item-note";
import { addFollowUp } from "@/server/features/items/add-follow-up";
import { deferItem } from "@/server/features/items/defer-item";
import { logStep } from "@/server/features/items/log-item-step";
import { reverseEntry } from "@/server/features/items/reverse-item-entry";
import { waiveItem } from "@/server/features/items/waive-item";
import type { UploadedFile } from "@/server/features/items/evidence-files";
import { scheduleItem } from "@/server/features/items/schedule-item";
import { setEvidenceRestricted } from "@/server/features/items/restrict-evidence";

/**
 * The item page's actions: each authorises against the boards the item concerns. A failure leaves
 * the page as it was, with what the user typed kept in the form and the reason (for a conflict:
 * what changed) above it; a success reloads the item's page with a confirmation (`?done=`), since
 * the form it came from may no longer apply.
 */
const fields =
  (...keys: string[]) =>
  (form: FormData) => ({ ...formFields(form, keys), area: formText(form, "area") });
const itemPage = { path: "/areas/[area]/items/[item]", type: "page" } as const;
function backToItem(done: string, { input, raw }: { input: { itemId: string }; raw: { area?: string } }): Answer {
  const area = raw.area ?? "";
  return {
    redirect:
      /^[a-z0-9-]+$/.test(area) && /^[A-Za-z0-9-]+$/.test(input.itemId)
        ? `/areas/${area}/items/${input.itemId}?done=${done}`
        : "/",
  };
}

/** Reads uploaded files; one over the size limit is not read into memory, only reported. */
async function filesOf(form: FormData): Promise<UploadedFile[]> {
  const limit = workflowEnv().UPLOAD_MAX_MB * 1024 * 1024;
  const files: UploadedFile[] = [];
  for (const value of form.getAll("files").slice(0, 20)) {
    if (typeof value === "string") continue;
    // An empty file input still sends a part: no name (or "undefined") and no bytes.
    if (value.size === 0 && (!value.name || value.name === "undefined")) continue;
    const bytes = value.size <= limit ? new Uint8Array(await value.arrayBuffer()) : new Uint8Array(0);
    files.push({ name: value.name, type: value.type, size: value.size, bytes });
  }
  return files;
}

export const logStepAction = formAction({
  read: async (form) => ({
    ...fields("itemId", "version", "step", "occurredOn", "meetingId", "minuteRef", "notes", "links")(form),
    files: await filesOf(form),
  }),
  // Only what authorising needs: the use case checks the rest with the files, so that one refusal lists every problem.
  schema: (now) => logStepSchema(londonToday(now)).pick({ itemId: true }),
  invalid: "Check what you logged",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:log"),
  run: (ctx, raw) => logStep(ctx, raw, raw.files),
  done: (entry, step) => backToItem(entry.action, step),
  revalidate: itemPage,
  keep: ["occurredOn", "meetingId", "minuteRef", "notes", "links"],
});

export const waiveItemAction = formAction({
  read: fields("itemId", "version", "reason"),
  schema: waiveSchema,
  invalid: "Check the reason for waiving",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:waive"),
  run: (ctx, raw) => waiveItem(ctx, raw),
  done: (_item, step) => backToItem("waive", step),
  revalidate: itemPage,
  keep: ["reason"],
});

export const deferItemAction = formAction({
  read: fields("itemId", "version", "dueOn", "reason"),
  schema: (now) => deferSchema(londonToday(now)),
  invalid: "Check the new due date and the reason",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:waive"),
  run: (ctx, raw) => deferItem(ctx, raw),
  done: (_item, step) => backToItem("defer", step),
  revalidate: itemPage,
  keep: ["dueOn", "reason"],
});

/** Reversing a waiver or a deferral needs item:waive too: the use case checks that against the entry. */
export const reverseEntryAction = formAction({
  read: fields("itemId", "version", "entryId", "reason"),
  schema: reverseSchema,
  invalid: "Check the reason for reversing",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:log"),
  run: (ctx, raw) => reverseEntry(ctx, raw),
  done: (_item, step) => backToItem("reverse", step),
  revalidate: itemPage,
  keep: ["reason"],
});

/** The owning board must be a party to the item's protocol, and one the viewer can see: the use case checks both. */
export const addFollowUpAction = formAction({
  read: fields("itemId", "version", "recommendation", "ownerBoardId", "dueOn"),
  schema: (now) => followUpSchema(londonToday(now)),
  invalid: "Check the follow-up action",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:log"),
  run: (ctx, raw) => addFollowUp(ctx, raw),
  done: (_item, step) => backToItem("follow-up", step),
  revalidate: itemPage,
  keep: ["recommendation", "ownerBoardId", "dueOn"],
});

export const scheduleFromItemAction = formAction({
  read: fields("itemId", "version", "meetingId"),
  schema: scheduleItemSchema,
  invalid: "Check the meeting you chose",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:schedule"),
  run: (ctx, raw) => scheduleItem(ctx, raw),
  done: (_scheduled, step) => backToItem("schedule", step),
  revalidate: itemPage,
  keep: ["meetingId"],
});

export const addItemNoteAction = formAction({
  read: fields("itemId", "text"),
  schema: addItemNoteSchema,
  invalid: "Check the note",
  authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:log"),
  run: (ctx, raw) => addItemNote(ctx, raw),
  done: (_entry, step) => backToItem("note", step),
  revalidate: itemPage,
  keep: ["text"],
});

/**
 * Marks a file or link restricted (only the item's boards' secretariats and chairs, and
 * administrators, see it) or opens it again: item:log on a board the item of that evidence concerns.
 */
export const restrictEvidenceAction = formAction({
  read: fields("evidenceId", "mark"),
  schema: evidenceRestrictionSchema,
  invalid: "Check the evidence you chose",
  authorize: (ctx, input) => authorizeEvidence(ctx.db, ctx.viewer, input.evidenceId, "item:log"),
  run: (ctx, raw) => setEvidenceRestricted(ctx, raw),
  done: (result, { raw }) =>
    backToItem(result.restricted ? "restrict" : "unrestrict", { input: { itemId: result.itemId }, raw }),
  revalidate: itemPage,
});
