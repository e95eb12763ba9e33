import { editPostSchema } from "@/lib/schemas/directory";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizePostEdit } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";
import { INVALID_POST, requirePostLinks } from "./create-post";

/** Changes a post's title, organisation or board (its key stays). Administrators of its area. */
export async function editPost(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(editPostSchema, raw, INVALID_POST);
  const before = await authorizePostEdit(ctx.db, ctx.viewer, input.postId);
  return inTransaction(ctx.db, async (tx) => {
    await requirePostLinks(tx, before.areaId, input);
    const data = { title: input.title, organisationId: input.organisationId, boardId: input.boardId ?? null };
    const post = await tx.post.update({ where: { id: before.id }, data });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "post.edit",
      entityType: "Post",
      entityId: post.id,
      before: { title: before.title, organisationId: before.organisationId, boardId: before.boardId },
      after: data,
    });
    return post;
  });
}
