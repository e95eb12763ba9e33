"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addMeetingSchema } from "@/lib/schemas/meeting";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { addMeeting } from "@/server/features/meetings/add-meeting";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";

const formSchema = addMeetingSchema.extend({ returnTo: z.string().regex(/^\/areas\/[a-z0-9-]+\/boards\/[A-Za-z0-9&%-]+$/).optional() });

/** Authenticate (session), parse (zod), authorise (board), call one service, return a result. */
export async function addMeetingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const values = Object.fromEntries(["date", "startTime", "location"].map((k) => {
    const v = form.get(k);
    return [k, typeof v === "string" ? v.slice(0, 300) : ""];
  }));
  try {
    const viewer = await requireActionUser();
    const parsed = formSchema.safeParse({
      boardId: form.get("boardId"),
      date: form.get("date"),
      startTime: form.get("startTime"),
      location: form.get("location") ?? undefined,
      returnTo: form.get("returnTo") ?? undefined,
    });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return { ok: false, fieldErrors, values };
    }
    await authorizeBoard(db, viewer, parsed.data.boardId, "meeting:manage");
    const meeting = await addMeeting({ db, viewer }, parsed.data);
    if (parsed.data.returnTo) revalidatePath(parsed.data.returnTo);
    return { ok: true, message: `Meeting added for ${meeting.date} at ${meeting.startTime}` };
  } catch (error) {
    return { ...toActionFailure(error), values };
  }
}
