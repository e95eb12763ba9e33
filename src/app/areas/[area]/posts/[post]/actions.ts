"use server";

import { revalidatePath } from "next/cache";
import { formatCivilDate } from "@/lib/dates";
import { requireActionUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { toActionFailure, type ActionResult } from "@/server/core/errors";
import { recordPostHolder } from "@/server/features/membership/record-post-holder";
import { authorizeBoard } from "@/server/authz/load-viewer";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v !== "" ? v.slice(0, 300) : undefined;
};

/**
 * Records a new holder of a post from a date. The session, then the post's board (membership:manage);
 * the service parses (zod), authorises again (an area-wide post needs an administrator) and writes.
 */
export async function recordPostHolderAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireActionUser();
    const postId = text(form, "postId");
    const post = postId ? await db.post.findUnique({ where: { id: postId }, select: { boardId: true } }) : null;
    if (post?.boardId) await authorizeBoard(db, viewer, post.boardId, "membership:manage");
    const holding = await recordPostHolder({ db, viewer }, { postId, personId: text(form, "personId"), from: text(form, "from") });
    revalidatePath("/areas/[area]/posts", "layout");
    const person = await db.person.findUniqueOrThrow({ where: { id: holding.personId }, select: { name: true } });
    return { ok: true, message: `${person.name} is recorded as the holder from ${formatCivilDate(holding.startsOn)}. The previous holder's term ends the day before.` };
  } catch (error) {
    return { ...toActionFailure(error), values: { personId: text(form, "personId") ?? "", from: text(form, "from") ?? "" } };
  }
}
