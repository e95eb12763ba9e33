import { linkPersonSchema, setUserDisabledSchema } from "@/lib/schemas/users";
import { authorizeUser, keepLastAdministrator } from "@/server/authz/authorize-user";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import type { Db } from "@/server/data/database";

type Ctx = { db: Db; viewer: Viewer | null };
const actorFor = (ctx: Ctx): Actor => (ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" });
const STALE = "Someone changed this user after you opened the page. Reload it and try again; nothing was changed.";

async function loadUser(ctx: Ctx, userId: string) {
  if (ctx.viewer) return authorizeUser(ctx.db, ctx.viewer, userId);
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("The user");
  return user;
}

/**
 * Disables or re-enables an account. Disabling ends every session at once: the user's
 * sessionVersion moves on, so every session issued before is refused on its next request, even
 * after the account is enabled again.
 * The last administrator of everything cannot be disabled, nor can one disable oneself.
 */
export async function setUserDisabled(ctx: Ctx, raw: unknown, disabled: boolean) {
  const input = parse(
    setUserDisabledSchema,
    raw,
    disabled ? "Could not disable the user" : "Could not enable the user",
  );
  const user = await loadUser(ctx, input.userId);
  if (disabled && ctx.viewer?.userId === user.id)
    throw new AppError("CONFLICT", "You cannot disable your own account. Nothing was changed.");
  await requireVersion(user, input.version, STALE);
  if (user.disabled === disabled)
    throw new AppError(
      "CONFLICT",
      `${user.name}'s account is already ${disabled ? "disabled" : "enabled"}. Nothing was changed.`,
    );
  return inTransaction(ctx.db, async (tx) => {
    if (disabled) await keepLastAdministrator(tx, user.id, "disable");
    // The session version moves on: every session the user holds is refused from its next request.
    const ended = { disabled, sessionVersion: { increment: 1 } };
    await updateVersioned(tx.user, user, disabled ? ended : { disabled }, STALE);
    await appendAudit(tx, actorFor(ctx), {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: user.id,
      before: { email: user.email, disabled: user.disabled },
      after: { email: user.email, disabled },
    });
    return {
      message: disabled
        ? `${user.name}'s account is disabled: they are signed out and cannot sign in.`
        : `${user.name}'s account is enabled again: they can sign in.`,
    };
  });
}

/** Links the account to the person who sits on boards (their memberships, their dashboard), or unlinks it. */
export async function linkUserPerson(ctx: Ctx, raw: unknown) {
  const input = parse(linkPersonSchema, raw, "Could not link the person");
  const user = await loadUser(ctx, input.userId);
  await requireVersion(user, input.version, STALE);
  const person = input.personId ? await ctx.db.person.findUnique({ where: { id: input.personId } }) : null;
  if (input.personId && !person)
    throw new AppError("NOT_FOUND", "The person was not found", { personId: ["Choose a person from the list"] });
  if (person && ctx.viewer && person.areaId && !ctx.viewer.areaIds.includes(person.areaId))
    throw new AppError("NOT_FOUND", "The person was not found", { personId: ["Choose a person from the list"] });
  if (user.personId === (person?.id ?? null))
    throw new AppError("CONFLICT", "That is already the linked person. Nothing was changed.");
  return inTransaction(ctx.db, async (tx) => {
    await updateVersioned(tx.user, user, { personId: person?.id ?? null }, STALE);
    await appendAudit(tx, actorFor(ctx), {
      action: "user.link-person",
      entityType: "User",
      entityId: user.id,
      before: { personId: user.personId },
      after: { personId: person?.id ?? null, person: person?.name ?? null },
    });
    return {
      message: person ? `${user.name} is linked to ${person.name}.` : `${user.name} is no longer linked to a person.`,
    };
  });
}
