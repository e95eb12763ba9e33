import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { planMeetingSeries } from "./preview-meeting-series";

/**
 * Adds a series of meetings to a board ("the second Tuesday of every other month from September to
 * July"): every free date of the series, sharing one seriesId (the id of its first meeting), with
 * ONE audit entry, on that first meeting, that records the rule (RRULE text) and the dates. Dates where the board already meets at that time are
 * reported back, not duplicated; when every date is taken nothing is written.
 */
export async function addMeetingSeries(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const plan = await planMeetingSeries(ctx, raw);
  const { input } = plan;
  if (plan.free.length === 0)
    throw new AppError("CONFLICT", "The board already has a meeting at every date of this series", {
      from: ["Every date of the series is taken at that time: choose other dates or another time"],
    });
  return inTransaction(
    ctx.db,
    async (tx) => {
      const columns = { boardId: input.boardId, startTime: input.startTime, location: input.location ?? null };
      // The series is named by its first meeting: its id is the seriesId of them all.
      const [first, ...rest] = plan.free as [string, ...string[]];
      const head = await tx.meeting.create({ data: { ...columns, date: first } });
      const seriesId = head.id;
      await tx.meeting.update({ where: { id: head.id }, data: { seriesId } });
      if (rest.length > 0) await tx.meeting.createMany({ data: rest.map((date) => ({ ...columns, date, seriesId })) });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "meeting.series.create",
        entityType: "Meeting",
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
