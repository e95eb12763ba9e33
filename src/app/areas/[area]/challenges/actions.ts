"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { authorizeChallenge } from "@/server/authz/authorize-challenge";
import { escalateChallenge, resolveChallenge, respondToChallenge } from "@/server/features/challenges/transition-challenge";
import { raiseChallenge } from "@/server/features/challenges/raise-challenge";
import { authorizeBoard } from "@/server/authz/load-viewer";

/**
 * Challenge actions. Each: session, authorise against the board in question, then one service
 * (which parses, authorises again and writes with its event and audit entry). On success the
 * browser goes to the challenge's page; on failure the form keeps what was typed.
 */

const text = (form: FormData, key: string, max = 6000) => {
  const v = form.get(key);
  return typeof v === "string" && v !== "" ? v.slice(0, max) : undefined;
};
const kept = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, text(form, k) ?? ""]));
const areaSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
const slugOf = (form: FormData) => {
  const parsed = areaSlug.safeParse(form.get("area"));
  return parsed.success ? parsed.data : null;
};

const RAISE_FIELDS = ["fromBoardId", "toBoardId", "itemId", "protocolId", "clauseId", "subject", "detail", "responseDueOn"];

export async function raiseChallengeAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireActionUser();
    const slug = slugOf(form);
    await authorizeBoard(db, viewer, text(form, "fromBoardId", 100) ?? "", "challenge:raise");
    const input = Object.fromEntries(RAISE_FIELDS.map((k) => [k, text(form, k)]));
    const created = await raiseChallenge({ db, viewer }, input);
    revalidatePath("/areas/[area]/challenges", "layout");
    target = slug ? `/areas/${slug}/challenges/${created.id}?done=raised` : "/";
  } catch (error) {
    return { ...toActionFailure(error), values: kept(form, RAISE_FIELDS) };
  }
  redirect(target);
}

function transitionAction(action: "respond" | "resolve" | "escalate", service: typeof respondToChallenge) {
  return async (form: FormData): Promise<ActionResult> => {
    let target: string;
    try {
      const viewer = await requireActionUser();
      const slug = slugOf(form);
      const challengeId = text(form, "challengeId", 100) ?? "";
      await authorizeChallenge(db, viewer, challengeId, action);
      await service({ db, viewer }, { challengeId, version: text(form, "version", 20), text: text(form, "text") });
      revalidatePath("/areas/[area]/challenges", "layout");
      target = slug ? `/areas/${slug}/challenges/${challengeId}?done=${action}` : "/";
    } catch (error) {
      return { ...toActionFailure(error), values: kept(form, ["text"]) };
    }
    redirect(target);
  };
}

const respond = transitionAction("respond", respondToChallenge);
const resolve = transitionAction("resolve", resolveChallenge);
const escalate = transitionAction("escalate", escalateChallenge);

export async function respondChallengeAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return respond(form);
}

export async function resolveChallengeAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return resolve(form);
}

export async function escalateChallengeAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return escalate(form);
}
