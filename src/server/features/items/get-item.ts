import { reversibleEntry, nextSteps } from "@/domain/item-lifecycle";
import type { Permission } from "@/domain/permissions";
import { formatCivilDateWithDay, londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import { viewItemsById } from "../calendar/list-stored-items";
import { viewerCan } from "@/server/authz/load-viewer";
import { boardKeyIn } from "@/server/core/board-key";
import { findArea } from "@/server/features/areas/find-area";
import type { ViewerReader } from "@/server/authz/reader";
import { authorizeItem } from "@/server/authz/authorize-item";
import { evidenceVisibility } from "@/server/authz/authorize-evidence";

/**
 * Everything an item's page shows: the duty and its clause, window, due date, meeting,
 * counterparty, history with evidence, follow-ups, and what the viewer may do next.
 */
export async function getItemPage(reader: ViewerReader, areaSlug: string, itemId: string, now = new Date()) {
  const area = await findArea(reader, areaSlug);
  const today = londonToday(now);
  const found = await authorizeItem(reader.db, reader.viewer, itemId, "board:read");
  const { item, boards, presentingBoards, owingBoards } = found;
  const boardRows = await reader.db.board.findMany({ where: { id: { in: boards } }, include: { areas: true } });
  if (!boardRows.some((b) => b.areas.some((a) => a.areaId === area.id)))
    throw new AppError("NOT_FOUND", "The item was not found in this area");
  const [view] = await viewItemsById(reader.db, [item.id], area.id, today);
  const clause = await reader.db.clause.findUniqueOrThrow({
    where: { id: item.obligation.clauseId },
    include: { protocol: true },
  });
  const entries = await reader.db.itemLogEntry.findMany({
    where: { itemId: item.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      actor: { select: { name: true } },
      meeting: { include: { board: { include: { areas: true } } } },
      evidence: { orderBy: { createdAt: "asc" } },
      reversedBy: { select: { id: true } },
    },
  });
  const reversible = reversibleEntry(
    entries.map((e) => ({ id: e.id, action: e.action, reversed: e.reversedBy !== null, reversesId: e.reversesId })),
  );
  const can = (permission: Permission) => boardRows.some((b) => viewerCan(reader.viewer, permission, b));
  // Evidence is for the boards the item concerns; restricted evidence for their secretariats and chairs (issue 14).
  const maySee = await evidenceVisibility(reader.db, reader.viewer, boards);
  const [scheduleOptions, receiveOptions, followUps, parent, challenges, partyBoards] = await Promise.all([
    reader.db.meeting.findMany({
      where: {
        boardId: { in: presentingBoards },
        cancelledAt: null,
        date: { gte: item.windowStart, lte: item.windowEnd },
      },
      include: { board: { select: { acronym: true } } },
      orderBy: [{ date: "asc" }, { startTime: "asc" }],
    }),
    reader.db.meeting.findMany({
      where: { boardId: { in: presentingBoards }, cancelledAt: null, date: { lte: today } },
      include: { board: { select: { acronym: true } } },
      orderBy: [{ date: "desc" }, { startTime: "desc" }],
      take: 12,
    }),
    reader.db.calendarItem.findMany({ where: { parentItemId: item.id }, select: { id: true } }).then((rows) =>
      viewItemsById(
        reader.db,
        rows.map((r) => r.id),
        area.id,
        today,
      ),
    ),
    item.parentItemId
      ? viewItemsById(reader.db, [item.parentItemId], area.id, today).then((v) => v[0] ?? null)
      : Promise.resolve(null),
    reader.db.challenge.findMany({
      where: { itemId: item.id },
      select: { id: true, subject: true, status: true },
      orderBy: { createdAt: "asc" },
    }),
    reader.db.protocolParty.findMany({
      where: { protocolId: item.obligation.protocolId },
      include: { board: { include: { areas: true } } },
    }),
  ]);
  const boardName = (b: { acronym: string; areas: { areaId: string; key: string; home: boolean }[] }) =>
    boardKeyIn(b, area.id);
  const open = !item.retiredAt;
  const permissions = {
    log: open && can("item:log"),
    schedule: open && can("item:schedule") && ["planned", "scheduled", "deferred"].includes(item.status),
    waive: open && can("item:waive"),
    challenge: can("challenge:raise"),
    restrictEvidence: can("item:log"),
    seeEvidence: maySee(false),
  };
  return {
    area,
    today,
    item: view!,
    stored: {
      status: item.status,
      version: item.version,
      retired: item.retiredAt !== null,
      origin: item.origin,
      windowStart: item.windowStart,
      windowEnd: item.windowEnd,
      dueOn: item.dueOn,
    },
    duty: {
      summary: item.obligation.summary,
      kind: item.obligation.kind,
      modality: item.obligation.modality,
      notes: item.obligation.notes,
      protocolId: clause.protocolId,
      protocolTitle: clause.protocol.title,
      protocolVersion: clause.protocol.version,
      clauseRef: clause.ref,
      clauseHeading: clause.heading,
      clauseText: clause.text,
    },
    owingBoardIds: owingBoards,
    history: entries.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      occurredOn: e.occurredOn,
      recordedAt: e.createdAt,
      actor: e.actor.name,
      meeting: e.meeting ? { date: e.meeting.date, board: boardName(e.meeting.board) } : null,
      minuteRef: e.minuteRef,
      notes: e.notes,
      reason: e.reason,
      reversesId: e.reversesId,
      reversed: e.reversedBy !== null,
      evidence: e.evidence
        .filter((v) => maySee(v.restricted))
        .map((v) => ({
          id: v.id,
          kind: v.kind,
          url: v.url,
          fileName: v.fileName,
          sizeBytes: v.sizeBytes,
          restricted: v.restricted,
        })),
    })),
    reversibleEntryId: permissions.log ? reversible : null,
    nextSteps: open ? nextSteps(item.status) : [],
    scheduleOptions: scheduleOptions.map((m) => ({
      value: m.id,
      label: `${m.board.acronym}: ${formatCivilDateWithDay(m.date)}, ${m.startTime}`,
      date: m.date,
    })),
    receiveOptions: receiveOptions.map((m) => ({
      value: m.id,
      label: `${m.board.acronym}: ${formatCivilDateWithDay(m.date)}, ${m.startTime}`,
      date: m.date,
    })),
    ownerOptions: partyBoards.map((p) => ({ value: p.boardId, label: `${p.board.name} (${boardName(p.board)})` })),
    followUps,
    parent,
    challenges,
    permissions,
  };
}
