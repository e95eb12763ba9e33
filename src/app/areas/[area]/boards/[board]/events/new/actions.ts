"use server";

import { redirect } from "next/navigation";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { recordEvent } from "@/server/features/items/record-event";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v.slice(0, 5000) : undefined;
};

/** Records an event on an on-event, as-needed or standing duty, then opens the item it made. */
export async function recordEventAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireActionUser();
    const item = await recordEvent({ db, viewer }, { obligationId: text(form, "obligationId"), boardId: text(form, "boardId"), recipient: text(form, "recipient"), description: text(form, "description"), eventOn: text(form, "eventOn"), dueOn: text(form, "dueOn") });
    const area = text(form, "area") ?? "";
    target = `/areas/${/^[a-z0-9-]+$/.test(area) ? area : ""}/items/${item.id}`;
  } catch (error) {
    return { ...toActionFailure(error), values: Object.fromEntries(["recipient", "description", "eventOn", "dueOn"].map((k) => [k, text(form, k) ?? ""])) };
  }
  redirect(target);
}
