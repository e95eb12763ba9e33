import type { DbTx } from "@/server/data/database";
import { forbidden, notFound } from "@/server/core/errors";
import { authorizeBoard, viewerCan, type Viewer } from "./load-viewer";

/** Whether the viewer administers the area (or everything): who may change an area-wide post's holder. */
export const administersArea = (viewer: Viewer, areaId: string) =>
  viewer.grants.some(
    (g) => g.role === "administrator" && (g.areaId === null || g.areaId === areaId) && g.boardId === null,
  );

/**
 * Who may record a post's holder: for a post tied to a board, that board's membership managers; for
 * an area-wide post (DCS, Leader), an administrator of the area.
 */
export async function authorizePost(db: DbTx, viewer: Viewer, post: { boardId: string | null; areaId: string }) {
  if (post.boardId) await authorizeBoard(db, viewer, post.boardId, "membership:manage");
  else if (!administersArea(viewer, post.areaId))
    throw forbidden("Only an administrator can change who holds an area-wide post");
}

/** The same for a post named by id (a form's input): NOT_FOUND when there is none. Returns the post. */
export async function authorizePostById(db: DbTx, viewer: Viewer, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId } });
  if (!post) throw notFound("The post");
  await authorizePost(db, viewer, post);
  return post;
}

/** A holding, for ending it: whoever may record the post's holder (authorizePost). */
export async function authorizePostHolding(db: DbTx, viewer: Viewer, holdingId: string) {
  const holding = await db.postHolding.findUnique({ where: { id: holdingId }, include: { post: true } });
  if (!holding) throw notFound("The post holding");
  await authorizePost(db, viewer, holding.post);
  return holding;
}

/**
 * Whether a viewer may see that someone holds the post (issue 14: a person page or the membership
 * matrix shows no posts of areas the viewer cannot read): a board's post if they may read the board,
 * an area-wide post if they may see its area. No viewer: the command line, trusted.
 */
export function viewerMayReadPost(
  viewer: Viewer | null,
  post: { areaId: string; board: { id: string; areas: { areaId: string }[] } | null },
) {
  if (!viewer) return true;
  return post.board ? viewerCan(viewer, "board:read", post.board) : viewer.areaIds.includes(post.areaId);
}
