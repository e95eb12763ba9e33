import { canReadAudit } from "@/server/authz/authorize-audit";
import type { DashboardCtx } from "./dashboard-board";
import { chairDashboard } from "./chair-dashboard";
import { memberHome } from "./member-home";
import { secretariatHome } from "./secretariat-home";

/** Everything the home page shows, by the roles the viewer holds (a user may hold several). */
export async function getHome(ctx: DashboardCtx) {
  // Archived boards leave the dashboards; their pages and history stay readable.
  const granted = ctx.viewer.grants.flatMap((g) => (g.boardId ? [g.boardId] : []));
  const archived = new Set(
    (
      await ctx.db.board.findMany({
        where: { id: { in: granted }, archivedAt: { not: null } },
        select: { id: true },
      })
    ).map((b) => b.id),
  );
  const boardsWith = (role: string) => [
    ...new Set(
      ctx.viewer.grants.filter((g) => g.role === role && g.boardId && !archived.has(g.boardId)).map((g) => g.boardId!),
    ),
  ];
  const [chair, secretariat, member] = await Promise.all([
    Promise.all(boardsWith("chair").map((boardId) => chairDashboard(ctx, { boardId }))),
    Promise.all(boardsWith("secretariat").map((boardId) => secretariatHome(ctx, { boardId }))),
    Promise.all(boardsWith("member").map((boardId) => memberHome(ctx, { boardId }))),
  ]);
  return {
    chair,
    secretariat,
    member,
    isAdmin: ctx.viewer.grants.some((g) => g.role === "administrator"),
    canReadAudit: canReadAudit(ctx.viewer),
  };
}
