import { formatCivilDate } from "@/lib/dates";
import { addMembershipSchema } from "@/lib/schemas/membership";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { requireCapacity } from "@/server/features/vocabularies/capacities";

const overlaps = (a: { startsOn: string; endsOn: string | null }, b: { startsOn: string; endsOn: string | null }) =>
  a.startsOn <= (b.endsOn ?? "9999-12-31") && b.startsOn <= (a.endsOn ?? "9999-12-31");

async function refuseOverlap(
  tx: DbTx,
  term: { personId: string; boardId: string; startsOn: string; endsOn: string | null },
) {
  const others = await tx.membership.findMany({ where: { personId: term.personId, boardId: term.boardId } });
  const clash = others.find((o) => overlaps(o, term));
  if (clash) {
    throw new AppError("CONFLICT", "That person already sits on this board then", {
      startsOn: [
        `They already sit on this board from ${formatCivilDate(clash.startsOn)}${clash.endsOn ? ` to ${formatCivilDate(clash.endsOn)}` : ""}: end that membership first, or change its capacity`,
      ],
    });
  }
}

/** A new member of a board from a date (issue 5), refused if they already sit on it then; audited. */
export async function addMembership(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(addMembershipSchema, raw, "Check the new member's details");
  await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "membership:manage");
  return inTransaction(ctx.db, async (tx) => {
    if (!(await tx.person.findUnique({ where: { id: input.personId } })))
      throw new AppError("VALIDATION", "Check the new member's details", {
        personId: ["Choose a person from the list"],
      });
    await requireCapacity(tx, input.capacity, "Check the new member's details");
    if (!(await tx.organisation.findUnique({ where: { id: input.organisationId } })))
      throw new AppError("VALIDATION", "Check the new member's details", {
        organisationId: ["Choose an organisation from the list"],
      });
    const term = {
      personId: input.personId,
      boardId: input.boardId,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    };
    await refuseOverlap(tx, term);
    const created = await tx.membership.create({
      data: { ...term, capacity: input.capacity, organisationId: input.organisationId },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "membership.add",
      entityType: "Membership",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
