import { followUpSchema } from "@/lib/schemas/item";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { noticeFollowUp } from "@/server/features/notifications/immediate-notices";
import { createManualItem } from "./create-manual-item";
import { loadItemForChange, todayOf, type WorkflowCtx } from "./item-change";

/**
 * A recommendation in a received report becomes a follow-up action: an item owned by the board
 * that must act, due on a date, on that board's calendar, reporting back to the board that made it.
 */
export async function addFollowUp(ctx: WorkflowCtx, raw: unknown) {
  const day = todayOf(ctx);
  const input = parse(followUpSchema(day), raw, "Check the follow-up action");
  const { item } = await loadItemForChange(ctx, input.itemId, input.version, "item:log");
  if (item.status !== "received" && item.status !== "closed") {
    throw new AppError("VALIDATION", "Record recommendations once the report has been received", {
      recommendation: [`The item is ${item.status}: mark it received before recording its recommendations`],
    });
  }
  const parties = await ctx.db.protocolParty.findMany({
    where: { protocolId: item.obligation.protocolId },
    select: { boardId: true },
  });
  if (!parties.some((p) => p.boardId === input.ownerBoardId)) {
    throw new AppError("VALIDATION", "Check the follow-up action", {
      ownerBoardId: ["Choose one of the boards party to this protocol"],
    });
  }
  await authorizeBoard(ctx.db, ctx.viewer, input.ownerBoardId, "board:read");
  return createManualItem(
    ctx,
    { boardId: input.ownerBoardId, date: input.dueOn },
    {
      obligationId: item.obligationId,
      recipientKey: item.recipientKey,
      recipientBoardId: item.recipientBoardId,
      recipientPostId: item.recipientPostId,
      windowStart: day,
      windowEnd: input.dueOn,
      dueOn: input.dueOn,
      origin: "follow-up",
      title: input.recommendation,
      parentItemId: item.id,
      ownerBoardId: input.ownerBoardId,
    },
    // The follow-up is logged on the report it came from.
    {
      onItemId: item.id,
      action: "follow-up",
      after: {
        parentItemId: item.id,
        ownerBoardId: input.ownerBoardId,
        dueOn: input.dueOn,
        title: input.recommendation,
      },
    },
    "Someone added a follow-up at the same moment",
    // The owning board's secretariat hears of it at once (issue 13), in the same transaction.
    (tx, followUp) => noticeFollowUp(tx, { followUp, ownerBoardId: input.ownerBoardId, actorId: ctx.viewer.userId }),
  );
}
