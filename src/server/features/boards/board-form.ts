import type { z } from "zod";
import type { createBoardSchema } from "@/lib/schemas/board";
import { AppError } from "@/server/core/errors";
import type { DbTx } from "@/server/data/database";

/** What the new-board and edit-board use cases share: the kind's id, and the key's clash check. */
export type BoardFields = Omit<z.output<typeof createBoardSchema>, "areaId">;

export const BOARD_CHANGED = "Someone else changed this board since you opened the page: reload it and try again";

/** The kind of board by its key, or a field error naming the choice to make. */
export async function boardKindId(tx: DbTx, key: string, message: string): Promise<string> {
  const kind = await tx.boardKind.findUnique({ where: { key } });
  if (!kind)
    throw new AppError("VALIDATION", message, { kind: ["Choose a kind of board from the list (board kinds)"] });
  return kind.id;
}

/** Refuses a key another board already has in the area: keys are unique within each area. */
export async function requireFreeKey(
  tx: DbTx,
  area: { id: string; name: string },
  key: string,
  boardId: string | null,
  message: string,
) {
  const clash = await tx.boardArea.findUnique({
    where: { areaId_key: { areaId: area.id, key } },
    include: { board: true },
  });
  if (clash && clash.boardId !== boardId)
    throw new AppError("VALIDATION", message, {
      key: [`${clash.board.name} already has the key ${key} in ${area.name}: choose another key`],
    });
}

/** The board's columns from the form's fields. */
export const boardData = (input: BoardFields, kindId: string) => ({
  name: input.name,
  acronym: input.acronym,
  kindId,
  statutoryBasis: input.statutoryBasis ?? null,
  statutory: input.statutory,
  independentChair: input.independentChair,
  yearStartMonth: input.yearStartMonth,
  contact: input.contact ?? null,
});
