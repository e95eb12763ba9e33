import type { Permission } from "@/domain/permissions";
import type { DbTx } from "@/server/data/database";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import { authorizeArea } from "./authorize-area";
import { authorizeBoard, viewerCan, type Viewer } from "./load-viewer";

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

/**
 * Creating a protocol (issue 10, docs/decisions/018): the area must be one the viewer sees, and the
 * viewer needs protocol:manage on every party board, this area's or another's, exactly as for
 * changing the protocol afterwards; so a cross-area protocol is made by someone who administers
 * both areas (or everything). A board the viewer may not read is not found.
 */
export async function authorizeNewProtocol(db: DbTx, viewer: Viewer, areaSlug: string, partyIds: readonly string[]) {
  const area = await db.area.findUnique({ where: { slug: areaSlug } });
  if (!area || !viewer.areaIds.includes(area.id)) throw notFound("The area");
  const boards = [];
  for (const id of partyIds) boards.push(await authorizeBoard(db, viewer, id, "protocol:manage"));
  return { area, boards };
}

/**
 * Reading a protocol document (issue 12), before the file is read: the area must be one the viewer
 * sees; into a draft, protocol:manage on each of its parties; for a new draft, protocol:manage on one
 * of the area's running boards at least (the boards the document names are checked once it is read);
 * creating the boards it names needs area:manage.
 */
export async function authorizeProtocolImport(
  db: DbTx,
  viewer: Viewer,
  input: { area: string; protocolId?: string | undefined; createBoards: boolean },
) {
  const area = await db.area.findUnique({ where: { slug: input.area } });
  if (!area || !viewer.areaIds.includes(area.id)) throw notFound("The area");
  if (input.protocolId) await authorizeProtocol(db, viewer, input.protocolId);
  else {
    const boards = await db.board.findMany({
      where: { archivedAt: null, areas: { some: { areaId: area.id } } },
      include: { areas: true },
    });
    if (!boards.some((b) => viewerCan(viewer, "protocol:manage", b)))
      throw forbidden(`Only an administrator of ${area.name}'s boards can read a protocol into the portal`);
  }
  if (input.createBoards) await authorizeArea(db, viewer, area.id, "area:manage");
  return area;
}

/** A clause of a protocol: protocol:manage on every party board of its protocol. */
export async function authorizeClause(db: DbTx, viewer: Viewer, clauseId: string) {
  const clause = await db.clause.findUnique({ where: { id: clauseId } });
  if (!clause) throw notFound("The clause");
  const protocol = await authorizeProtocol(db, viewer, clause.protocolId);
  return { clause, protocol };
}
