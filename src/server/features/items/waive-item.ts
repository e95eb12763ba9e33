import { stepAllowed } from "@/domain/item-lifecycle";
import { waiveSchema } from "@/lib/schemas/item";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { changeItemState, loadItemForChange, stateOf, type WorkflowCtx } from "./item-change";

/** A chair waives an item that will not be done, with a reason. */
export async function waiveItem(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(waiveSchema, raw, "Check the reason for waiving");
  const { item } = await loadItemForChange(ctx, input.itemId, input.version, "item:waive");
  if (!stepAllowed("waive", item.status))
    throw new AppError("VALIDATION", `This item is ${item.status}: it cannot be waived`, {
      reason: [`An item that is ${item.status} cannot be waived`],
    });
  return changeItemState(ctx, item, {
    action: "waive",
    to: { ...stateOf(item), status: "waived" },
    reason: input.reason,
  });
}
