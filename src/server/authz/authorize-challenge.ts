import { can } from "@/domain/permissions";
import type { ChallengeAction } from "@/domain/challenges";
import type { DbTx } from "@/server/data/database";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/**
 * Who may act on a challenge. Respond: the chair of the board challenged. Resolve and escalate:
 * either chair, that is `challenge:raise` on the board that raised it or `challenge:respond` on the
 * board challenged.
 */
export async function authorizeParty(
  db: DbTx,
  viewer: Viewer,
  challenge: { fromBoardId: string; toBoardId: string },
  action: ChallengeAction,
) {
  if (action === "respond") return authorizeBoard(db, viewer, challenge.toBoardId, "challenge:respond");
  let lastError: AppError | null = null;
  for (const [boardId, permission] of [
    [challenge.fromBoardId, "challenge:raise"],
    [challenge.toBoardId, "challenge:respond"],
  ] as const) {
    try {
      return await authorizeBoard(db, viewer, boardId, permission);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (lastError === null || error.code === "FORBIDDEN") lastError = error;
    }
  }
  throw lastError ?? forbidden();
}

/** For server actions: authorises the viewer for an action on a challenge before the service runs. */
export async function authorizeChallenge(db: DbTx, viewer: Viewer, challengeId: string, action: ChallengeAction) {
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: { fromBoardId: true, toBoardId: true },
  });
  if (!challenge) throw notFound("The challenge");
  await authorizeParty(db, viewer, challenge, action);
}

/** The area's boards the viewer may raise a challenge from, by key. */
export async function raisableBoards(db: DbTx, viewer: Viewer, areaId: string) {
  const links = await db.boardArea.findMany({
    where: { areaId },
    include: { board: { include: { areas: true } } },
    orderBy: { key: "asc" },
  });
  return links.filter((l) =>
    can(viewer.grants, "challenge:raise", { boardId: l.boardId, areaIds: l.board.areas.map((a) => a.areaId) }),
  );
}
