/** The fields every board listing shows, shared by the Boards page, the board page and the CLI. */
export function boardSummary(board: {
  id: string;
  name: string;
  acronym: string;
  statutory: boolean;
  statutoryBasis: string | null;
  independentChair: boolean;
  yearStartMonth: number;
  kind: { name: string };
}) {
  return {
    id: board.id,
    name: board.name,
    acronym: board.acronym,
    kind: board.kind.name,
    statutory: board.statutory,
    statutoryBasis: board.statutoryBasis,
    independentChair: board.independentChair,
    yearStartMonth: board.yearStartMonth,
  };
}
