"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { addMembership } from "@/server/features/membership/add-membership";
import { changeCapacity } from "@/server/features/membership/change-capacity";
import { endMembership } from "@/server/features/membership/end-membership";
import { authorizeBoard } from "@/server/authz/load-viewer";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v !== "" ? v.slice(0, 300) : undefined;
};
const kept = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, text(form, k) ?? ""]));

/** Each action: session, then the service parses (zod), authorises against the board and writes. */
async function run(form: FormData, keys: string[], work: (viewer: Awaited<ReturnType<typeof requireActionUser>>) => Promise<string>): Promise<ActionResult> {
  try {
    const viewer = await requireActionUser();
    const message = await work(viewer);
    revalidatePath("/areas/[area]/boards/[board]/members", "page");
    return { ok: true, message };
  } catch (error) {
    return { ...toActionFailure(error), values: kept(form, keys) };
  }
}

async function authorizeMembershipBoard(viewer: Awaited<ReturnType<typeof requireActionUser>>, membershipId: string | undefined) {
  const membership = membershipId ? await db.membership.findUnique({ where: { id: membershipId }, select: { boardId: true } }) : null;
  if (membership) await authorizeBoard(db, viewer, membership.boardId, "membership:manage");
}

export async function addMemberAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["personId", "capacity", "organisationId", "startsOn"], async (viewer) => {
    const boardId = text(form, "boardId") ?? "";
    await authorizeBoard(db, viewer, boardId, "membership:manage");
    await addMembership({ db, viewer }, { boardId, personId: text(form, "personId"), capacity: text(form, "capacity"), organisationId: text(form, "organisationId"), startsOn: text(form, "startsOn") });
    return "Member added.";
  });
}

export async function endMembershipAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["endsOn"], async (viewer) => {
    await authorizeMembershipBoard(viewer, text(form, "membershipId"));
    await endMembership({ db, viewer }, { membershipId: text(form, "membershipId"), endsOn: text(form, "endsOn"), version: text(form, "version") });
    return "Membership ended.";
  });
}

export async function changeCapacityAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, ["capacity", "from"], async (viewer) => {
    await authorizeMembershipBoard(viewer, text(form, "membershipId"));
    await changeCapacity({ db, viewer }, { membershipId: text(form, "membershipId"), capacity: text(form, "capacity"), from: text(form, "from"), version: text(form, "version") });
    return "Capacity changed.";
  });
}
