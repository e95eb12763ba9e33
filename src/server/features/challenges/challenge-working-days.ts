import { isNation, workingDaysFor, type WorkingDays } from "@/domain/working-days";
import type { Db } from "@/server/data/database";

/**
 * The working days a challenge's dates are counted in (decision 019): those of the raising board's
 * home area (its nation's bank holidays), England and Wales when the area states none.
 */
export async function challengeWorkingDays(db: Db, fromBoardId: string): Promise<WorkingDays> {
  const link = await db.boardArea.findFirst({
    where: { boardId: fromBoardId },
    orderBy: [{ home: "desc" }, { areaId: "asc" }],
    include: { area: { select: { nation: true } } },
  });
  const nation = link?.area.nation;
  return workingDaysFor(nation && isNation(nation) ? nation : "england-and-wales");
}
