import { formatCivilDate } from "@/lib/dates";
import { endPostHoldingSchema } from "@/lib/schemas/directory";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import { authorizePostHolding } from "@/server/authz/authorize-post";
import type { Viewer } from "@/server/authz/load-viewer";

const INVALID = "Check the end date";

/**
 * Ends someone's holding of a post on a date (the post is vacant after it, until a new holder is
 * recorded). Never a delete; refused if the holding already ended earlier, or the date is before it began.
 */
export async function endPostHolding(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(endPostHoldingSchema, raw, INVALID);
  const holding = await authorizePostHolding(ctx.db, ctx.viewer, input.holdingId);
  if (input.endsOn < holding.startsOn)
    throw new AppError("VALIDATION", INVALID, {
      endsOn: [`The end date must be on or after the start, ${formatCivilDate(holding.startsOn)}`],
    });
  if (holding.endsOn !== null && holding.endsOn <= input.endsOn)
    throw new AppError("VALIDATION", INVALID, {
      endsOn: [`This holding already ends on ${formatCivilDate(holding.endsOn)}`],
    });
  return inTransaction(ctx.db, async (tx) => {
    await updateOnce(
      tx.postHolding,
      { id: holding.id, endsOn: holding.endsOn },
      { endsOn: input.endsOn },
      "Someone changed this post holding at the same moment. Nothing was saved.",
    );
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "post.end-holding",
      entityType: "PostHolding",
      entityId: holding.id,
      before: { endsOn: holding.endsOn },
      after: { endsOn: input.endsOn },
    });
    return { ...holding, endsOn: input.endsOn };
  });
}
