"use server";

import { z } from "zod";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { toActionFailure, type ActionResult } from "@/server/errors";
import { renewFeedToken, revokeFeedTokens } from "@/server/services/calendar-feeds";

const intent = z.enum(["renew", "revoke"], { error: "Choose to create a new address or to stop the old one" });

/** Renews (issuing a new secret, which stops the old addresses) or revokes the user's feed secret. */
export async function feedTokenAction(_prev: ActionResult<{ token: string }> | null, form: FormData): Promise<ActionResult<{ token: string }>> {
  try {
    const viewer = await requireActionUser();
    const parsed = intent.safeParse(form.get("intent"));
    if (!parsed.success) return { ok: false, fieldErrors: { intent: parsed.error.issues.map((i) => i.message) } };
    // The feed secret is the user's own: no board is touched, so the session is the authorisation.
    if (parsed.data === "renew") return { ok: true, data: { token: await renewFeedToken(db, viewer) }, message: "New calendar addresses created. Any old addresses have stopped working." };
    await revokeFeedTokens(db, viewer);
    return { ok: true, message: "Your calendar addresses have stopped working." };
  } catch (error) {
    return toActionFailure(error);
  }
}
