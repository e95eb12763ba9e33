import type { Reader } from "@/server/authz/reader";
import { notFound } from "@/server/core/errors";
import { evidenceStore, type EvidenceStore } from "@/server/storage/evidence-store";
import { getProtocol } from "../protocols/get-protocol";

/**
 * The document a protocol was read from (issue 12), for whoever may read the protocol's page: the
 * same area and protocol lookup, so a protocol the viewer cannot see has no document either.
 */
export async function readProtocolSource(
  reader: Reader & { store?: EvidenceStore },
  areaSlug: string,
  protocolId: string,
) {
  if (typeof protocolId !== "string" || protocolId.length > 64) throw notFound("The document");
  const { protocol } = await getProtocol(reader, areaSlug, protocolId);
  const source = await reader.db.protocolSource.findUnique({ where: { protocolId: protocol.id } });
  if (!source) throw notFound("The document");
  const bytes = await (reader.store ?? evidenceStore(reader.db)).get(source.storageKey);
  return { bytes, fileName: source.fileName, contentType: source.contentType };
}
