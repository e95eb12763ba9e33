"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { workflowEnv } from "@/server/core/env";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { addItemNote } from "@/server/features/items/add-item-note";
import { addFollowUp } from "@/server/features/items/add-follow-up";
import { deferItem } from "@/server/features/items/defer-item";
import { logStep } from "@/server/features/items/log-item-step";
import { reverseEntry } from "@/server/features/items/reverse-item-entry";
import { waiveItem } from "@/server/features/items/waive-item";
import type { UploadedFile } from "@/server/features/items/evidence-files";
import { scheduleItem } from "@/server/features/items/schedule-item";

const text = (form: FormData, key: string, max = 10_000) => {
  const v = form.get(key);
  return typeof v === "string" ? v.slice(0, max) : undefined;
};
const kept = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, text(form, k, 10_000) ?? ""]));

/**
 * Each action: the session's user, then the service validates (zod), authorises against the
 * item's boards and writes. A failure leaves the page as it was, with what the user typed kept in
 * the form and the reason (for a conflict: what changed) above it; a success reloads the item's
 * page with a confirmation (`?done=`), since the form it came from may no longer apply.
 */
async function run(form: FormData, keys: string[], work: (viewer: Awaited<ReturnType<typeof requireActionUser>>) => Promise<string>): Promise<ActionResult> {
  let done: string;
  try {
    const viewer = await requireActionUser();
    done = await work(viewer);
  } catch (error) {
    return { ...toActionFailure(error), values: kept(form, keys) };
  }
  revalidatePath("/areas/[area]/items/[item]", "page");
  const area = text(form, "area") ?? "";
  const itemId = text(form, "itemId") ?? "";
  redirect(/^[a-z0-9-]+$/.test(area) && /^[A-Za-z0-9-]+$/.test(itemId) ? `/areas/${area}/items/${itemId}?done=${done}` : "/");
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

export async function logStepAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["occurredOn", "meetingId", "minuteRef", "notes", "links"], async (viewer) => {
    const entry = await logStep(
      { db, viewer },
      { itemId: text(form, "itemId"), version: text(form, "version"), step: text(form, "step"), occurredOn: text(form, "occurredOn"), meetingId: text(form, "meetingId"), minuteRef: text(form, "minuteRef"), notes: text(form, "notes"), links: text(form, "links") },
      await filesOf(form),
    );
    return entry.action;
  });
}

export async function waiveItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["reason"], async (viewer) => {
    await waiveItem({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), reason: text(form, "reason") });
    return "waive";
  });
}

export async function deferItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["dueOn", "reason"], async (viewer) => {
    await deferItem({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), dueOn: text(form, "dueOn"), reason: text(form, "reason") });
    return "defer";
  });
}

export async function reverseEntryAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["reason"], async (viewer) => {
    await reverseEntry({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), entryId: text(form, "entryId"), reason: text(form, "reason") });
    return "reverse";
  });
}

export async function addFollowUpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["recommendation", "ownerBoardId", "dueOn"], async (viewer) => {
    await addFollowUp({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), recommendation: text(form, "recommendation"), ownerBoardId: text(form, "ownerBoardId"), dueOn: text(form, "dueOn") });
    return "follow-up";
  });
}

export async function scheduleFromItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["meetingId"], async (viewer) => {
    await scheduleItem({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), meetingId: text(form, "meetingId") });
    return "schedule";
  });
}

export async function addItemNoteAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["text"], async (viewer) => {
    await addItemNote({ db, viewer }, { itemId: text(form, "itemId"), text: text(form, "text") });
    return "note";
  });
}
