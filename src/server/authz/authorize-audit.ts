import { roleAllows } from "@/domain/permissions";
import type { Viewer } from "./load-viewer";

/**
 * The audit log covers every area, so only a user whose `audit:read` is not limited to a board or
 * an area may read it: an administrator over everything.
 */
export function canReadAudit(viewer: Viewer): boolean {
  return viewer.grants.some((g) => g.boardId === null && g.areaId === null && roleAllows(g.role, "audit:read"));
}
