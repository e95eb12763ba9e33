import type { ChallengeStatus } from "@/domain/challenges";
import { londonToday } from "@/lib/dates";
import type { DbTx } from "@/server/data/database";
import { viewerCan, type Viewer } from "@/server/authz/load-viewer";
import { CHALLENGE_INCLUDE, summariseChallenge, type ChallengeSummary } from "./challenge-summary";

/**
 * Challenges raised by or to any of the given boards that the viewer can read, newest first, for
 * dashboards and the challenges page. `status: "unresolved"` is everything not yet resolved.
 */
export async function listChallenges(
  ctx: { db: DbTx; viewer: Viewer; now?: Date },
  options: { boardIds: readonly string[]; status?: ChallengeStatus | "unresolved"; areaId?: string },
): Promise<ChallengeSummary[]> {
  const boards = await ctx.db.board.findMany({
    where: { id: { in: [...options.boardIds] } },
    include: { areas: true },
  });
  const ids = boards.filter((b) => viewerCan(ctx.viewer, "board:read", b)).map((b) => b.id);
  if (ids.length === 0) return [];
  const status =
    options.status === undefined
      ? {}
      : options.status === "unresolved"
        ? { status: { not: "resolved" } }
        : { status: options.status };
  const rows = await ctx.db.challenge.findMany({
    where: { OR: [{ fromBoardId: { in: ids } }, { toBoardId: { in: ids } }], ...status },
    include: CHALLENGE_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const today = londonToday(ctx.now ?? new Date());
  return rows.map((c) => summariseChallenge(c, today, options.areaId ?? null));
}
