"use server";

import { redirect } from "next/navigation";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { saveRule } from "@/server/features/protocols/save-rule";

type Preview = Awaited<ReturnType<typeof previewRule>>;

/** The live preview: the session, then the service validates (zod), authorises (every party) and runs the engine. */
export async function previewRuleAction(input: unknown): Promise<ActionResult<Preview>> {
  try {
    const viewer = await requireActionUser();
    return { ok: true, data: await previewRule({ db, viewer }, input) };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function saveRuleAction(input: unknown, returnTo: string): Promise<ActionResult> {
  try {
    const viewer = await requireActionUser();
    await saveRule({ db, viewer }, input);
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(/^\/areas\/[a-z0-9-]+\/protocols\/[A-Za-z0-9-]+$/.test(returnTo) ? returnTo : "/");
}
