import { nationOrDefault, workingDaysFor, type WorkingDays } from "@/domain/working-days";
import type { Db } from "@/server/data/database";

/**
 * The working days a challenge's dates are counted in (decision 019): the raising board's, by the
 * same rule the calendar stores use for a board's nation (its first area by slug), so a challenge
 * and the board's calendar never count in different bank holidays.
 */
export async function challengeWorkingDays(db: Db, fromBoardId: string): Promise<WorkingDays> {
  const link = await db.boardArea.findFirst({
    where: { boardId: fromBoardId },
    orderBy: { area: { slug: "asc" } },
    include: { area: { select: { nation: true } } },
  });
  return workingDaysFor(nationOrDefault(link?.area.nation));
}
