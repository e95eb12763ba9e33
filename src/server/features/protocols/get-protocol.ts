import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";

/** One protocol version of an area's boards: its clauses and rules, parties and sign-off, versions either side. */
export async function getProtocol(reader: Reader, areaSlug: string, protocolId: string) {
  const area = await findArea(reader, areaSlug);
  const p = await reader.db.protocol.findFirst({
    where: { id: protocolId, parties: { some: { board: { areas: { some: { areaId: area.id } } } } } },
    include: {
      previousVersion: { select: { id: true, version: true, status: true } },
      nextVersion: { select: { id: true, version: true, status: true } },
      obligations: {
        where: { kind: "review", retiredAt: null },
        select: { frequency: true, windowFromMonth: true, anchorDate: true },
      },
      parties: { include: { board: { include: { areas: true } }, signedBy: true } },
      // The document it was read from (issue 12), without its text; and how many proposals it gave.
      source: {
        select: {
          fileName: true,
          format: true,
          sizeBytes: true,
          pages: true,
          sha256: true,
          createdAt: true,
          uploadedBy: { select: { name: true } },
        },
      },
      _count: { select: { proposals: true } },
      clauses: {
        orderBy: { position: "asc" },
        // A draft shows its retired rules too, so that a retirement can be undone before sign-off.
        include: {
          obligations: {
            where: { OR: [{ retiredAt: null }, { protocol: { status: "draft" } }] },
            orderBy: { position: "asc" },
            select: {
              id: true,
              kind: true,
              summary: true,
              frequency: true,
              modality: true,
              notes: true,
              retiredAt: true,
              updatedAt: true,
            },
          },
        },
      },
    },
  });
  if (!p) throw new AppError("NOT_FOUND", "The protocol was not found");
  return { area, protocol: p };
}
