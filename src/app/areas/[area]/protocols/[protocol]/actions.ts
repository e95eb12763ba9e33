"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { restoreRule, retireRule } from "@/server/features/protocols/retire-rule";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";

const area = z.string().regex(/^[a-z0-9-]{1,80}$/);
const value = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : undefined;
};

/** Copies the agreed version into a new draft, then opens the draft. */
export async function newVersionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireActionUser();
    const areaSlug = area.parse(value(form, "area"));
    // The service authorises against every party board (protocol:manage) and validates the id.
    const draft = await createProtocolVersion({ db, viewer }, { protocolId: value(form, "protocolId") });
    target = `/areas/${areaSlug}/protocols/${draft.id}`;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(target);
}

/** A party's chair signs off the draft; the last signature makes it agreed. */
export async function signOffAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireActionUser();
    const boardId = value(form, "boardId") ?? "";
    await authorizeBoard(db, viewer, boardId, "board:read");
    const result = await signOffProtocol({ db, viewer }, { protocolId: value(form, "protocolId"), boardId });
    return { ok: true, message: result.agreed ? "Signed. Every party has signed: this version is now agreed and in force." : `Signed. ${result.remaining} part${result.remaining === 1 ? "y" : "ies"} still to sign.` };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** Authorises against every party board (protocol:manage) before the service checks again. */
async function authorizeProtocol(viewer: Awaited<ReturnType<typeof requireActionUser>>, protocolId: string | undefined) {
  const parties = protocolId ? await db.protocolParty.findMany({ where: { protocolId }, select: { boardId: true } }) : [];
  for (const p of parties) await authorizeBoard(db, viewer, p.boardId, "protocol:manage");
}

async function changeRuleState(form: FormData, work: typeof retireRule, done: (summary: string) => string): Promise<ActionResult> {
  try {
    const viewer = await requireActionUser();
    const input = { protocolId: value(form, "protocolId"), obligationId: value(form, "obligationId"), updatedAt: value(form, "updatedAt") };
    await authorizeProtocol(viewer, input.protocolId);
    const rule = await work({ db, viewer }, input);
    revalidatePath("/areas/[area]/protocols/[protocol]", "page");
    return { ok: true, message: done(rule.summary) };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** Retires a rule of a draft version: it stays on record, marked retired, and never reaches generation. */
export async function retireRuleAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return changeRuleState(form, retireRule, (summary) => `Retired: “${summary}”.`);
}

/** Undoes a retirement on a draft version. */
export async function restoreRuleAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return changeRuleState(form, restoreRule, (summary) => `Restored: “${summary}”.`);
}
