import type { Role } from "@/lib/schemas/vocabulary";
import type { Db } from "@/server/data/database";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";

export type MatrixRole = Role | "none";
export const MATRIX_ROLES: readonly MatrixRole[] = ["administrator", "secretariat", "chair", "member", "none"];
export type Scope = "in" | "same-area" | "other-area";
export const SCOPES: readonly Scope[] = ["in", "same-area", "other-area"];

/**
 * The seeded demo world the cross-cutting tests act in: Halton's HSCB is "the board" (its chair,
 * secretariat and member hold roles on it), Halton's HHWB is another board of the same area, Kent's
 * CHWB a board of another area, and Knowsley's chair has no role in Halton at all. This year's
 * calendars of Halton and Kent are generated so that there are items to act on.
 */
export async function buildWorld(db: Db) {
  // The database comes from the seeded template (withTestDatabase({ seeded: true })).
  const board = async (slug: string) => (await db.board.findUniqueOrThrow({ where: { slug } })).id;
  const boards = {
    in: await board("halton-hscb"),
    "same-area": await board("halton-hhwb"),
    "other-area": await board("kent-chwb"),
  } satisfies Record<Scope, string>;
  const areaBoards = await db.board.findMany({
    where: { areas: { some: { area: { slug: { in: ["halton", "kent"] } } } } },
    select: { id: true },
  });
  await applyCalendarPlan(
    db,
    { type: "system", label: "cli" },
    await planCalendar(
      db,
      areaBoards.map((b) => b.id),
      2026,
    ),
  );

  const viewerOf = async (email: string): Promise<Viewer> => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const viewer = await loadViewer(db, user.id);
    if (!viewer) throw new Error(`${email} is disabled`);
    return viewer;
  };
  const outsider = await db.roleAssignment.findFirstOrThrow({
    where: { role: "chair", board: { areas: { some: { area: { slug: "knowsley" } } } } },
    include: { user: true },
  });
  const viewers: Record<MatrixRole, Viewer> = {
    administrator: await viewerOf(DEMO_ADMIN_EMAIL),
    secretariat: await viewerOf(demoEmail("halton", "HSCB", "secretariat")),
    chair: await viewerOf(demoEmail("halton", "HSCB", "chair")),
    member: await viewerOf(demoEmail("halton", "HSCB", "member")),
    none: await viewerOf(outsider.user.email),
  };
  return { boards, viewers };
}
