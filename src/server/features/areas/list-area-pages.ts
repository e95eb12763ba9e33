import { AppError } from "@/server/core/errors";
import { boardKeyIn, findArea, type Reader } from "./read-models";

/** Read use cases behind the area's Calendar, Membership and Protocols pages. */

const inArea = (areaId: string) => ({ areas: { some: { areaId } } });

export async function listAreaMeetings(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const meetings = await reader.db.meeting.findMany({
    where: { board: inArea(area.id) },
    include: { board: { include: { areas: true } } },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
  });
  return {
    area,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      startTime: m.startTime,
      location: m.location,
      boardKey: boardKeyIn(m.board, area.id),
      boardName: m.board.name,
    })),
  };
}

export async function listAreaProtocols(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const protocols = await reader.db.protocol.findMany({
    where: { parties: { some: { board: inArea(area.id) } } },
    include: { parties: { include: { board: true } }, _count: { select: { obligations: true, clauses: true } } },
    // Versions of one protocol share a title: oldest first, so the list reads as the version chain.
    orderBy: [{ title: "asc" }, { createdAt: "asc" }],
  });
  return {
    area,
    protocols: protocols.map((p) => ({
      id: p.id,
      title: p.title,
      version: p.version,
      status: p.status,
      approvedOn: p.approvedOn,
      parties: p.parties.map((x) => x.board.acronym),
      obligations: p._count.obligations,
      clauses: p._count.clauses,
    })),
  };
}

export async function getProtocol(reader: Reader, areaSlug: string, protocolId: string) {
  const area = await findArea(reader, areaSlug);
  const p = await reader.db.protocol.findFirst({
    where: { id: protocolId, parties: { some: { board: inArea(area.id) } } },
    include: {
      previousVersion: { select: { id: true, version: true, status: true } },
      nextVersion: { select: { id: true, version: true, status: true } },
      obligations: { where: { kind: "review", retiredAt: null }, select: { frequency: true, windowFromMonth: true, anchorDate: true } },
      parties: { include: { board: { include: { areas: true } }, signedBy: true } },
      clauses: {
        orderBy: { position: "asc" },
        // A draft shows its retired rules too, so that a retirement can be undone before sign-off.
        include: { obligations: { where: { OR: [{ retiredAt: null }, { protocol: { status: "draft" } }] }, orderBy: { position: "asc" }, select: { id: true, kind: true, summary: true, frequency: true, modality: true, notes: true, retiredAt: true, updatedAt: true } } },
      },
    },
  });
  if (!p) throw new AppError("NOT_FOUND", "The protocol was not found");
  return { area, protocol: p };
}
