import { addDays } from "@/domain/civil-date";
import { formatCivilDate } from "@/lib/dates";
import { recordPostHolderSchema } from "@/lib/schemas/membership";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizePostById } from "@/server/authz/authorize-post";

/**
 * A new holder of a post from a date: the current holder's term ends the day before. A post tied
 * to a board is changed by that board's secretariat; an area-wide post (DCS, Leader) by an administrator.
 */
export async function recordPostHolder(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(recordPostHolderSchema, raw, "Check the new post holder");
  const post = await authorizePostById(ctx.db, ctx.viewer, input.postId);
  return inTransaction(ctx.db, async (tx) => {
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { name: true } });
    if (!person)
      throw new AppError("VALIDATION", "Check the new post holder", { personId: ["Choose a person from the list"] });
    const current = await tx.postHolding.findMany({
      where: { postId: post.id, OR: [{ endsOn: null }, { endsOn: { gte: input.from } }] },
    });
    for (const h of current) {
      if (h.startsOn >= input.from)
        throw new AppError("CONFLICT", "The post already has a holder from that date", {
          from: [`${formatCivilDate(h.startsOn)} is already the start of a holder's term: choose a later date`],
        });
      await tx.postHolding.update({ where: { id: h.id }, data: { endsOn: addDays(input.from, -1) } });
    }
    const holding = await tx.postHolding.create({
      data: { postId: post.id, personId: input.personId, startsOn: input.from },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "post.new-holder",
      entityType: "PostHolding",
      entityId: holding.id,
      before: current.map((h) => ({ id: h.id, personId: h.personId, endsOn: h.endsOn })),
      after: holding,
    });
    return { ...holding, personName: person.name };
  });
}
