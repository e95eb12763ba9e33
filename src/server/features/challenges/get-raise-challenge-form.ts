import { DEFAULT_RESPOND_WITHIN } from "@/domain/challenges";
import { applyOffset } from "@/domain/offset";
import { nationOrDefault, workingDaysFor } from "@/domain/working-days";
import { londonToday } from "@/lib/dates";
import { requireArea, viewerCan } from "@/server/authz/load-viewer";
import type { ViewerReader } from "@/server/authz/reader";
import { itemBoards } from "@/server/authz/authorize-item";
import { raisableBoards } from "@/server/authz/authorize-challenge";
import { findArea } from "../areas/find-area";
import { boardKeyIn } from "@/server/core/board-key";
import { itemLabel } from "./challenge-summary";

/**
 * What the "raise a challenge" form offers: the boards the viewer chairs in the area, the boards
 * they share an agreed protocol with, those protocols and their clauses; prefilled from an item
 * (`?item=`) or a board (`?from=`) where given.
 */
export async function getRaiseChallengeForm(
  reader: ViewerReader,
  areaSlug: string,
  query: { item?: string; from?: string },
  now = new Date(),
) {
  const area = await findArea(reader, areaSlug);
  requireArea(reader.viewer, area.id);
  const fromLinks = await raisableBoards(reader.db, reader.viewer, area.id);
  const fromIds = fromLinks.map((l) => l.boardId);
  const protocols = await reader.db.protocol.findMany({
    where: { status: "agreed", parties: { some: { boardId: { in: fromIds } } } },
    include: {
      parties: { include: { board: { include: { areas: true } } } },
      clauses: { orderBy: { position: "asc" } },
    },
    orderBy: { title: "asc" },
  });
  const targets = new Map<string, { id: string; label: string }>();
  for (const p of protocols) {
    for (const party of p.parties) {
      if (!viewerCan(reader.viewer, "board:read", party.board)) continue;
      targets.set(party.boardId, {
        id: party.boardId,
        label: `${party.board.name} (${boardKeyIn(party.board, area.id)})`,
      });
    }
  }
  const prefill: { fromBoardId?: string; toBoardId?: string; protocolId?: string; clauseId?: string; itemId?: string } =
    {};
  let item: { id: string; label: string } | null = null;
  if (query.item) {
    const found = await itemBoards(reader.db, query.item).catch(() => null);
    const boards = found ? [...found.boards, found.item.ownerBoardId].filter((b): b is string => b !== null) : [];
    const visible =
      found &&
      !found.item.retiredAt &&
      (await reader.db.board.findMany({ where: { id: { in: boards } }, include: { areas: true } })).some(
        (b) => viewerCan(reader.viewer, "board:read", b) && b.areas.some((a) => a.areaId === area.id),
      );
    if (found && visible) {
      item = { id: found.item.id, label: itemLabel({ ...found.item, obligation: found.item.obligation }) };
      prefill.itemId = found.item.id;
      prefill.fromBoardId = boards.find((b) => fromIds.includes(b));
      prefill.toBoardId = boards.find((b) => b !== prefill.fromBoardId && targets.has(b));
      prefill.protocolId = found.item.obligation.protocolId;
      prefill.clauseId = found.item.obligation.clauseId;
    }
  }
  if (query.from && fromIds.includes(query.from)) prefill.fromBoardId = query.from;
  if (!prefill.protocolId && protocols.length === 1) prefill.protocolId = protocols[0]!.id;
  const today = londonToday(now);
  const nation = (await reader.db.area.findUnique({ where: { id: area.id }, select: { nation: true } }))?.nation ?? "";
  return {
    area,
    canRaise: fromLinks.length > 0,
    item,
    from: fromLinks.map((l) => ({ id: l.boardId, label: `${l.board.name} (${l.key})` })),
    to: [...targets.values()].sort((a, b) => a.label.localeCompare(b.label)),
    protocols: protocols.map((p) => ({
      id: p.id,
      label: `${p.title} (version ${p.version})`,
      clauses: p.clauses.map((c) => ({ id: c.id, label: `${c.ref}${c.heading ? `: ${c.heading}` : ""}` })),
    })),
    prefill,
    today,
    /** For the hint: the default response date in the area's working days (a protocol may state another time). */
    defaultDueOn: applyOffset(today, DEFAULT_RESPOND_WITHIN, workingDaysFor(nationOrDefault(nation))),
  };
}
