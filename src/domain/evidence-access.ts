import type { BoardScope, Grant } from "./permissions";
import type { Role } from "@/lib/schemas/vocabulary";

/** The roles that see restricted evidence: a board's secretariat and chair, and administrators. */
const RESTRICTED_READERS: readonly Role[] = ["secretariat", "chair", "administrator"];

/** Whether a grant is a role on the board itself (its board, its area, or everywhere), not only read-across. */
const covers = (grant: Grant, board: BoardScope) =>
  (grant.boardId === null && grant.areaId === null) ||
  grant.boardId === board.boardId ||
  (grant.areaId !== null && board.areaIds.includes(grant.areaId));

/**
 * Who sees an item's evidence (issue 14). Safeguarding papers are for the boards the item concerns,
 * not for every board of the area that may read its calendar: a viewer sees the evidence if they hold
 * a role on one of `boards` (its owing boards, its recipient, the board whose year it is in) or
 * administer one of their areas (or everything). Evidence a secretariat marked restricted is seen only
 * by the secretariats and chairs of those boards and administrators.
 */
export function canSeeEvidence(grants: readonly Grant[], boards: readonly BoardScope[], restricted: boolean) {
  return grants.some(
    (grant) => (!restricted || RESTRICTED_READERS.includes(grant.role)) && boards.some((board) => covers(grant, board)),
  );
}
