import type { DbTx } from "@/server/data/database";
import { notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/** A membership's board, for changing the membership: membership:manage there. */
export async function authorizeMembership(db: DbTx, viewer: Viewer, membershipId: string) {
  const membership = await db.membership.findUnique({ where: { id: membershipId } });
  if (!membership) throw notFound("The membership");
  await authorizeBoard(db, viewer, membership.boardId, "membership:manage");
  return membership;
}
