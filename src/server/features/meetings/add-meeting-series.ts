import { randomUUID } from "node:crypto";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { planMeetingSeries } from "./preview-meeting-series";

/**
 * Adds a series of meetings to a board ("the second Tuesday of every other month from September to
 * July"): every free date of the series, sharing one seriesId, with ONE audit entry that records
 * the rule (RRULE text) and the dates. Dates where the board already meets at that time are
 * reported back, not duplicated; when every date is taken nothing is written.
 */
export async function addMeetingSeries(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const plan = await planMeetingSeries(ctx, raw);
  const { input } = plan;
  if (plan.free.length === 0)
    throw new AppError("CONFLICT", "The board already has a meeting at every date of this series", {
      from: ["Every date of the series is taken at that time: choose other dates or another time"],
    });
  const seriesId = randomUUID();
  return inTransaction(
    ctx.db,
    async (tx) => {
      await tx.meeting.createMany({
        data: plan.free.map((date) => ({
          boardId: input.boardId,
          date,
          startTime: input.startTime,
          location: input.location ?? null,
          seriesId,
        })),
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "meeting.series.create",
        entityType: "MeetingSeries",
        entityId: seriesId,
        after: {
          boardId: input.boardId,
          rule: plan.rule,
          startTime: input.startTime,
          location: input.location ?? null,
          dates: plan.free,
          skipped: plan.taken,
        },
      });
      return { seriesId, added: plan.free, skipped: plan.taken, description: plan.description };
    },
    {
      duplicate: {
        message: "Someone added a meeting at one of these dates just now: preview the series again",
        fieldErrors: { from: ["A date of the series was taken while you were adding it"] },
      },
    },
  );
}
