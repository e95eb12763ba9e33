"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { scheduleItemSchema } from "@/lib/schemas/calendar";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { confirmCalendarGeneration } from "@/server/features/calendar/confirm-calendar-generation";
import { authorizeItem } from "@/server/authz/authorize-item";
import { scheduleItem } from "@/server/features/items/schedule-item";

/** Confirms a previewed generation. Refused if the plan changed since the preview was shown. */
export async function generateCalendarAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireActionUser();
    const summary = await confirmCalendarGeneration({ db, viewer }, { boardId: form.get("boardId"), fy: form.get("fy"), fingerprint: form.get("fingerprint") });
    const link = await db.boardArea.findFirstOrThrow({ where: { boardId: summary.boardId, home: true }, include: { area: true } });
    target = `/areas/${link.area.slug}/boards/${encodeURIComponent(link.key)}/calendar?fy=${summary.fy}&created=${summary.created}&updated=${summary.updated}&retired=${summary.retired}`;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(target);
}

const returnTo = z.string().regex(/^\/areas\/[a-z0-9-]+\/boards\/[A-Za-z0-9&%-]+\/calendar\?fy=\d{4}$/);

/** Picks the meeting for a "to schedule" item, then returns to the calendar with a confirmation. */
export async function scheduleItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireActionUser();
    const parsed = scheduleItemSchema.extend({ returnTo }).safeParse({ itemId: form.get("itemId"), meetingId: form.get("meetingId"), version: form.get("version"), returnTo: form.get("returnTo") });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    await authorizeItem(db, viewer, parsed.data.itemId, "item:schedule");
    const { meeting } = await scheduleItem({ db, viewer }, parsed.data);
    revalidatePath("/areas/[area]/boards/[board]/calendar", "page");
    target = `${parsed.data.returnTo}&scheduled=${meeting.date}`;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(target);
}
