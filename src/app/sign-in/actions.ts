"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInSchema } from "@/lib/schemas/sign-in";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import type { ActionResult } from "@/server/core/errors";
import { endSession, startSession } from "@/server/auth/session";
import { authenticateUser, throttlePolicy } from "@/server/auth/authenticate-user";
import { clientAddress } from "@/server/auth/client-address";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";

/** One message for every wrong email or password, so an attacker learns nothing about accounts. */
const GENERIC = "The email address or password is not right. Check them and try again.";

export async function signInAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  // The email is kept on the form after a failure; the password never is.
  const email = form.get("email");
  const values = { email: typeof email === "string" ? email.slice(0, 254) : "" };
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return { ok: false, fieldErrors, values };
  }
  const e = env();
  // The socket's address, or the one the configured proxies vouch for: never a header the client chose.
  const address = clientAddress(await headers(), e.TRUSTED_PROXIES);
  const result = await authenticateUser(
    {
      db,
      now: new Date(),
      policy: throttlePolicy(e),
    },
    { ...parsed.data, address },
  );
  if (!result.ok) {
    const formError =
      result.reason === "locked"
        ? `Too many failed attempts. Sign-in is locked for ${result.retryAfterMinutes} minute${result.retryAfterMinutes === 1 ? "" : "s"}; try again after that.`
        : GENERIC;
    return { ok: false, formError, fieldErrors: {}, values };
  }
  await startSession(result.user);
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in");
}
