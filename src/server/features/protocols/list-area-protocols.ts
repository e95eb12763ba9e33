import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";

/** The protocols an area's boards are party to, every version (the area's Protocols page). */
export async function listAreaProtocols(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const protocols = await reader.db.protocol.findMany({
    where: { parties: { some: { board: { areas: { some: { areaId: area.id } } } } } },
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
