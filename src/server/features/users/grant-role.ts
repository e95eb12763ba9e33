import { grantRoleSchema, revokeRoleSchema } from "@/lib/schemas/users";
import { authorizeGrant, authorizeRoleScope, keepLastAdministrator } from "@/server/authz/authorize-user";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Db } from "@/server/data/database";
import { grantRole, roleScopeKey } from "@/server/seed/builders";
import { describeRole } from "./describe-role";

type Ctx = { db: Db; viewer: Viewer | null };
const actorFor = (ctx: Ctx): Actor => (ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" });

/** Grants a role: administrator of an area or of everything, or secretariat, chair or member of a board. */
export async function grantUserRole(ctx: Ctx, raw: unknown) {
  const input = parse(grantRoleSchema, raw, "Check the role and where it applies");
  if (ctx.viewer) await authorizeRoleScope(ctx.db, ctx.viewer, input.scope);
  const user = await ctx.db.user.findUnique({ where: { id: input.userId } });
  if (!user) throw notFound("The user");
  const boardId = input.scope.type === "board" ? input.scope.boardId : null;
  const areaId = input.scope.type === "area" ? input.scope.areaId : null;
  const label = await describeRole(ctx.db, input.role, input.scope);
  if (input.scope.type === "board" && !(await ctx.db.board.findUnique({ where: { id: boardId! } })))
    throw notFound("The board");
  if (input.scope.type === "area" && !(await ctx.db.area.findUnique({ where: { id: areaId! } })))
    throw notFound("The area");
  const already = `${user.name} is already ${label}. Nothing was changed.`;
  return inTransaction(
    ctx.db,
    async (tx) => {
      const scopeKey = roleScopeKey(input.role, boardId, areaId);
      if (await tx.roleAssignment.findUnique({ where: { userId_scopeKey: { userId: user.id, scopeKey } } }))
        throw new AppError("ALREADY_EXISTS", already, { scope: ["They already hold this role here"] });
      const grant = await grantRole(tx, { userId: user.id, role: input.role, boardId, areaId });
      await appendAudit(tx, actorFor(ctx), {
        action: "role.grant",
        entityType: "RoleAssignment",
        entityId: grant.id,
        after: { email: user.email, role: input.role, scopeKey, label },
      });
      return { grantId: grant.id, message: `${user.name} is now ${label}.` };
    },
    { duplicate: already },
  );
}

/** Takes a role away. The last administrator of everything keeps theirs. */
export async function revokeUserRole(ctx: Ctx, raw: unknown) {
  const input = parse(revokeRoleSchema, raw, "Choose the role to remove");
  const { grant, scope } = await authorizeGrant(ctx.db, ctx.viewer, input.grantId, input.userId);
  const label = await describeRole(ctx.db, grant.role, scope);
  return inTransaction(ctx.db, async (tx) => {
    if (grant.role === "administrator" && scope.type === "global")
      await keepLastAdministrator(tx, grant.userId, "remove the role of");
    const { count } = await tx.roleAssignment.deleteMany({ where: { id: grant.id } });
    if (count !== 1) throw notFound("The role");
    await appendAudit(tx, actorFor(ctx), {
      action: "role.revoke",
      entityType: "RoleAssignment",
      entityId: grant.id,
      before: { email: grant.user.email, role: grant.role, scopeKey: grant.scopeKey, label },
    });
    return { message: `${grant.user.name} is no longer ${label}.` };
  });
}
