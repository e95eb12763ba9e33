import { createPostSchema } from "@/lib/schemas/directory";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";

export const INVALID_POST = "Check the post's details";

/** The organisation and (optional) board a post form names: the organisation must exist, the board be one of the area's. */
export async function requirePostLinks(
  tx: DbTx,
  areaId: string,
  input: { organisationId: string; boardId?: string | undefined },
) {
  if (!(await tx.organisation.findUnique({ where: { id: input.organisationId } })))
    throw new AppError("VALIDATION", INVALID_POST, { organisationId: ["Choose an organisation from the list"] });
  if (input.boardId && !(await tx.boardArea.findFirst({ where: { boardId: input.boardId, areaId } })))
    throw new AppError("VALIDATION", INVALID_POST, {
      boardId: ["Choose one of the area's boards, or none for an area-wide post"],
    });
}

/**
 * A new post of the area (Director of Children's Services, a board's chair): its key is unique in the
 * area and fixed (protocols' duties and the area file name the post by it). Administrators of the area.
 */
export async function createPost(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(createPostSchema, raw, INVALID_POST);
  const area = await authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId);
  const duplicate = {
    message: INVALID_POST,
    fieldErrors: { key: [`The area already has a post with the key ${input.key}`] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      await requirePostLinks(tx, area.id, input);
      if (await tx.post.findUnique({ where: { areaId_key: { areaId: area.id, key: input.key } } }))
        throw new AppError("ALREADY_EXISTS", duplicate.message, duplicate.fieldErrors);
      const post = await tx.post.create({
        data: {
          areaId: area.id,
          key: input.key,
          title: input.title,
          organisationId: input.organisationId,
          boardId: input.boardId ?? null,
        },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "post.create",
        entityType: "Post",
        entityId: post.id,
        after: post,
      });
      return post;
    },
    { duplicate },
  );
}
