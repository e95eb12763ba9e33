"use server";

import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { changeFeedToken } from "@/server/features/feeds/feed-tokens";

/** Renews (issuing a new secret, which stops the old addresses) or revokes the user's feed secret. */
export async function feedTokenAction(_prev: ActionResult<{ token: string }> | null, form: FormData): Promise<ActionResult<{ token: string }>> {
  try {
    const viewer = await requireActionUser();
    // The feed secret is the user's own: no board is touched, so the session is the authorisation.
    const result = await changeFeedToken({ db, viewer }, { intent: form.get("intent") });
    if (result.intent === "renew") return { ok: true, data: { token: result.token }, message: "New calendar addresses created. Any old addresses have stopped working." };
    return { ok: true, message: "Your calendar addresses have stopped working." };
  } catch (error) {
    return toActionFailure(error);
  }
}
