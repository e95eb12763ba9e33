import { stepAllowed } from "@/domain/item-lifecycle";
import { deferSchema } from "@/lib/schemas/item";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { changeItemState, loadItemForChange, stateOf, todayOf, type WorkflowCtx } from "./item-change";

/** A chair defers an open item to a new due date, with a reason. */
export async function deferItem(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(deferSchema(todayOf(ctx)), raw, "Check the new due date and the reason");
  const { item } = await loadItemForChange(ctx, input.itemId, input.version, "item:waive");
  if (!stepAllowed("defer", item.status))
    throw new AppError("VALIDATION", `This item is ${item.status}: it cannot be deferred`, {
      dueOn: [`An item that is ${item.status} cannot be deferred`],
    });
  return changeItemState(ctx, item, {
    action: "defer",
    to: { ...stateOf(item), status: "deferred", dueOn: input.dueOn },
    reason: input.reason,
  });
}
