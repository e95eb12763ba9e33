import type { DbTx } from "@/server/data/database";
import { forbidden } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/** Whether the viewer administers the area (or everything): who may change an area-wide post's holder. */
export const administersArea = (viewer: Viewer, areaId: string) => viewer.grants.some((g) => g.role === "administrator" && (g.areaId === null || g.areaId === areaId) && g.boardId === null);

/**
 * Who may record a post's holder: for a post tied to a board, that board's membership managers; for
 * an area-wide post (DCS, Leader), an administrator of the area.
 */
export async function authorizePost(db: DbTx, viewer: Viewer, post: { boardId: string | null; areaId: string }) {
  if (post.boardId) await authorizeBoard(db, viewer, post.boardId, "membership:manage");
  else if (!administersArea(viewer, post.areaId)) throw forbidden("Only an administrator can change who holds an area-wide post");
}
