"use server";

import { revalidatePath } from "next/cache";
import { formatCivilDate } from "@/lib/dates";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { workflowEnv } from "@/server/env";
import { toActionFailure, type ActionResult } from "@/server/errors";
import { addFollowUp, deferItem, logStep, reverseEntry, waiveItem, type UploadedFile } from "@/server/services/item-workflow";
import { scheduleItem } from "@/server/services/schedule-item";

const text = (form: FormData, key: string, max = 10_000) => {
  const v = form.get(key);
  return typeof v === "string" ? v.slice(0, max) : undefined;
};
const kept = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, text(form, k, 10_000) ?? ""]));

/**
 * Each action: the session's user, then the service validates (zod), authorises against the
 * item's boards and writes. A failure leaves the page as it was, with what the user typed kept in
 * the form and the reason (for a conflict: what changed) above it; a success re-renders the page.
 */
async function run(form: FormData, keys: string[], work: (viewer: Awaited<ReturnType<typeof requireActionUser>>) => Promise<string>): Promise<ActionResult> {
  try {
    const viewer = await requireActionUser();
    const message = await work(viewer);
    revalidatePath("/areas/[area]/items/[item]", "page");
    return { ok: true, message };
  } catch (error) {
    return { ...toActionFailure(error), values: kept(form, keys) };
  }
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
    return `Marked ${entry.toStatus}.`;
  });
}

export async function waiveItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["reason"], async (viewer) => {
    await waiveItem({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), reason: text(form, "reason") });
    return "Item waived.";
  });
}

export async function deferItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["dueOn", "reason"], async (viewer) => {
    await deferItem({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), dueOn: text(form, "dueOn"), reason: text(form, "reason") });
    return "Item deferred.";
  });
}

export async function reverseEntryAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["reason"], async (viewer) => {
    await reverseEntry({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), entryId: text(form, "entryId"), reason: text(form, "reason") });
    return "Change reversed.";
  });
}

export async function addFollowUpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["recommendation", "ownerBoardId", "dueOn"], async (viewer) => {
    await addFollowUp({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), recommendation: text(form, "recommendation"), ownerBoardId: text(form, "ownerBoardId"), dueOn: text(form, "dueOn") });
    return "Follow-up action added: it is on the owning board's calendar.";
  });
}

export async function scheduleFromItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["meetingId"], async (viewer) => {
    const { meeting } = await scheduleItem({ db, viewer }, { itemId: text(form, "itemId"), version: text(form, "version"), meetingId: text(form, "meetingId") });
    return `Scheduled for the meeting of ${formatCivilDate(meeting.date)}.`;
  });
}
