import { formatCivilDate } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { requireVersion } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeMembership } from "@/server/authz/authorize-membership";

/**
 * What ending a membership and changing its capacity share (issue 5). Never a delete: an end date
 * closes a term, and a change of capacity closes one term and opens the next. Each change is
 * authorised against the board and checked against the version the form showed.
 */

export const CHANGED_AT_ONCE = "Someone changed this membership at the same moment. Nothing was saved.";

export async function loadMembershipForChange(ctx: { db: Db; viewer: Viewer }, membershipId: string, version: number) {
  const membership = await authorizeMembership(ctx.db, ctx.viewer, membershipId);
  const runs = `${formatCivilDate(membership.startsOn)}${membership.endsOn ? ` to ${formatCivilDate(membership.endsOn)}` : ""}`;
  await requireVersion(
    membership,
    version,
    `Someone changed this membership since you opened the page (it now runs from ${runs}). Nothing was saved.`,
  );
  return membership;
}
