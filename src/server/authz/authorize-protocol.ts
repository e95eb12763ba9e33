import type { Permission } from "@/domain/permissions";
import type { DbTx } from "@/server/data/database";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "./load-viewer";

/** A protocol is every party's: the permission is needed on each party board (protocol:manage to change it). */
export async function authorizeProtocol(
  db: DbTx,
  viewer: Viewer,
  protocolId: string,
  permission: Permission = "protocol:manage",
) {
  const protocol = await db.protocol.findUnique({ where: { id: protocolId }, include: { parties: true } });
  if (!protocol) throw notFound("The protocol");
  for (const p of protocol.parties) await authorizeBoard(db, viewer, p.boardId, permission);
  return protocol;
}

/** Whether the viewer is the chair of the board: holds the chair role there. */
export const chairsBoard = (viewer: Viewer, boardId: string) =>
  viewer.grants.some((g) => g.role === "chair" && g.boardId === boardId);

/** Only a party board's chair signs a protocol off for it (issue 5): not an administrator, not the secretariat. */
export async function authorizeSignOff(db: DbTx, viewer: Viewer, protocolId: string, boardId: string) {
  const protocol = await db.protocol.findUnique({
    where: { id: protocolId },
    include: { parties: { include: { board: true } } },
  });
  if (!protocol) throw notFound("The protocol");
  const party = protocol.parties.find((p) => p.boardId === boardId);
  if (!party)
    throw new AppError("VALIDATION", "That board is not a party to this protocol", {
      boardId: ["Choose one of the protocol's parties"],
    });
  await authorizeBoard(db, viewer, boardId, "board:read");
  if (!chairsBoard(viewer, boardId)) throw forbidden(`Only the chair of ${party.board.name} can sign off for it`);
  return { protocol, party };
}
