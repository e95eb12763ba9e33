import { addDays } from "@/domain/civil-date";
import { formatCivilDate } from "@/lib/dates";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { addMembershipSchema, changeCapacitySchema, endMembershipSchema, recordPostHolderSchema } from "@/lib/schemas/membership";
import type { Db, DbTx } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { authorizeMembership, authorizePost } from "@/server/authz/authorize-membership";

/**
 * Membership changes (issue 5): add, end, change capacity, new post holder. Never a delete: an end
 * date closes a term, and a change of capacity closes one term and opens the next. Each change is
 * validated, authorised against the board, checked against the version the form showed, and
 * audited in the same transaction.
 */

type Ctx = { db: Db; viewer: Viewer };
const actorOf = (viewer: Viewer) => ({ type: "user" as const, userId: viewer.userId });
const parse = <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsOf>[0] } }, raw: unknown, message: string): T => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
};

const overlaps = (a: { startsOn: string; endsOn: string | null }, b: { startsOn: string; endsOn: string | null }) =>
  a.startsOn <= (b.endsOn ?? "9999-12-31") && b.startsOn <= (a.endsOn ?? "9999-12-31");

async function refuseOverlap(tx: DbTx, term: { personId: string; boardId: string; startsOn: string; endsOn: string | null }, except?: string) {
  const others = await tx.membership.findMany({ where: { personId: term.personId, boardId: term.boardId, ...(except ? { id: { not: except } } : {}) } });
  const clash = others.find((o) => overlaps(o, term));
  if (clash) {
    throw new AppError("CONFLICT", "That person already sits on this board then", {
      startsOn: [`They already sit on this board from ${formatCivilDate(clash.startsOn)}${clash.endsOn ? ` to ${formatCivilDate(clash.endsOn)}` : ""}: end that membership first, or change its capacity`],
    });
  }
}

export async function addMembership(ctx: Ctx, raw: unknown) {
  const input = parse(addMembershipSchema, raw, "Check the new member's details");
  await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "membership:manage");
  return ctx.db.$transaction(async (tx) => {
    if (!(await tx.person.findUnique({ where: { id: input.personId } }))) throw new AppError("VALIDATION", "Check the new member's details", { personId: ["Choose a person from the list"] });
    if (!(await tx.organisation.findUnique({ where: { id: input.organisationId } }))) throw new AppError("VALIDATION", "Check the new member's details", { organisationId: ["Choose an organisation from the list"] });
    const term = { personId: input.personId, boardId: input.boardId, startsOn: input.startsOn, endsOn: input.endsOn ?? null };
    await refuseOverlap(tx, term);
    const created = await tx.membership.create({ data: { ...term, capacity: input.capacity, organisationId: input.organisationId } });
    await appendAudit(tx, actorOf(ctx.viewer), { action: "membership.add", entityType: "Membership", entityId: created.id, after: created });
    return created;
  });
}

async function loadForChange(ctx: Ctx, membershipId: string, version: number) {
  const membership = await authorizeMembership(ctx.db, ctx.viewer, membershipId);
  if (membership.version !== version) {
    throw new AppError("CONFLICT", `Someone changed this membership since you opened the page (it now runs from ${formatCivilDate(membership.startsOn)}${membership.endsOn ? ` to ${formatCivilDate(membership.endsOn)}` : ""}). Nothing was saved.`);
  }
  return membership;
}

export async function endMembership(ctx: Ctx, raw: unknown) {
  const input = parse(endMembershipSchema, raw, "Check the end date");
  const before = await loadForChange(ctx, input.membershipId, input.version);
  if (input.endsOn < before.startsOn) throw new AppError("VALIDATION", "Check the end date", { endsOn: [`The end date must be on or after the start, ${formatCivilDate(before.startsOn)}`] });
  if (before.endsOn !== null && before.endsOn < input.endsOn) throw new AppError("VALIDATION", "Check the end date", { endsOn: [`This membership already ended on ${formatCivilDate(before.endsOn)}`] });
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.membership.updateMany({ where: { id: before.id, version: before.version }, data: { endsOn: input.endsOn, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this membership at the same moment. Nothing was saved.");
    await appendAudit(tx, actorOf(ctx.viewer), { action: "membership.end", entityType: "Membership", entityId: before.id, before: { endsOn: before.endsOn }, after: { endsOn: input.endsOn } });
  });
}

/** A new capacity from a date: the current term ends the day before, and a new one starts. */
export async function changeCapacity(ctx: Ctx, raw: unknown) {
  const input = parse(changeCapacitySchema, raw, "Check the new capacity");
  const before = await loadForChange(ctx, input.membershipId, input.version);
  if (input.capacity === before.capacity) throw new AppError("VALIDATION", "Check the new capacity", { capacity: ["Choose a different capacity from the current one"] });
  if (input.from <= before.startsOn || (before.endsOn !== null && input.from > before.endsOn)) {
    throw new AppError("VALIDATION", "Check the new capacity", { from: ["The change must start after the current term starts and before it ends"] });
  }
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.membership.updateMany({ where: { id: before.id, version: before.version }, data: { endsOn: addDays(input.from, -1), version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this membership at the same moment. Nothing was saved.");
    const next = await tx.membership.create({
      data: { personId: before.personId, boardId: before.boardId, organisationId: before.organisationId, capacity: input.capacity, startsOn: input.from, endsOn: before.endsOn, source: before.source },
    });
    await appendAudit(tx, actorOf(ctx.viewer), { action: "membership.change-capacity", entityType: "Membership", entityId: next.id, before: { id: before.id, capacity: before.capacity }, after: { id: next.id, capacity: next.capacity, startsOn: next.startsOn } });
    return next;
  });
}

/**
 * A new holder of a post from a date: the current holder's term ends the day before. A post tied
 * to a board is changed by that board's secretariat; an area-wide post (DCS, Leader) by an administrator.
 */
export async function recordPostHolder(ctx: Ctx, raw: unknown) {
  const input = parse(recordPostHolderSchema, raw, "Check the new post holder");
  const post = await authorizePost(ctx.db, ctx.viewer, input.postId);
  return ctx.db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { name: true } });
    if (!person) throw new AppError("VALIDATION", "Check the new post holder", { personId: ["Choose a person from the list"] });
    const current = await tx.postHolding.findMany({ where: { postId: post.id, OR: [{ endsOn: null }, { endsOn: { gte: input.from } }] } });
    for (const h of current) {
      if (h.startsOn >= input.from) throw new AppError("CONFLICT", "The post already has a holder from that date", { from: [`${formatCivilDate(h.startsOn)} is already the start of a holder's term: choose a later date`] });
      await tx.postHolding.update({ where: { id: h.id }, data: { endsOn: addDays(input.from, -1) } });
    }
    const holding = await tx.postHolding.create({ data: { postId: post.id, personId: input.personId, startsOn: input.from } });
    await appendAudit(tx, actorOf(ctx.viewer), { action: "post.new-holder", entityType: "PostHolding", entityId: holding.id, before: current.map((h) => ({ id: h.id, personId: h.personId, endsOn: h.endsOn })), after: holding });
    return { ...holding, personName: person.name };
  });
}
