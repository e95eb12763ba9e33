/**
 * A board's key as known in an area: keys are per area (docs/ARCHITECTURE.md), so a board shared by
 * two areas is named by the area being viewed, else by its home area, else by its acronym.
 */
export function boardKeyIn(
  board: { acronym: string; areas: { areaId: string; key: string; home?: boolean }[] },
  areaId: string | null,
): string {
  return (
    board.areas.find((a) => a.areaId === areaId)?.key ??
    board.areas.find((a) => a.home)?.key ??
    board.areas[0]?.key ??
    board.acronym
  );
}
