"use server";

import { redirect } from "next/navigation";
import { formText } from "@/lib/form-data";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { startSession } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { acceptInvitation } from "@/server/features/users/accept-invitation";

/**
 * Accepting an invitation makes the session, as signing in does: the invitee has none yet, so this
 * is not a formAction (decision record 014). The link's secret is the authority; the use case
 * checks it, sets the password and marks the link used, all at once.
 */
export async function acceptInvitationAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let user: { id: string; email: string; name: string };
  try {
    ({ user } = await acceptInvitation(db, {
      token: formText(form, "token", { max: 300 }),
      password: formText(form, "password", { max: 300 }),
      confirm: formText(form, "confirm", { max: 300 }),
    }));
  } catch (error) {
    return toActionFailure(error);
  }
  await startSession(user);
  redirect("/");
}
