import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { AppError, notFound } from "@/server/core/errors";
import { updateOnce } from "@/server/core/versioned";
import type { DbTx } from "@/server/data/database";
import { parseReading, readingFingerprint, type StoredReading } from "./stored-reading";

const CHANGED = "Someone changed this protocol's reading since the page was shown: reload the page and try again.";

/**
 * The reading of a draft read from a document, as the page that asks for a change showed it: the
 * viewer manages the protocol (protocol:manage on every party board), it is still a draft, and the
 * reading has not changed since (its fingerprint). `viewer: null` is the command line.
 */
export async function draftReading(db: DbTx, viewer: Viewer | null, protocolId: string, fingerprint: string) {
  const protocol = viewer
    ? await authorizeProtocol(db, viewer, protocolId)
    : await db.protocol.findUnique({ where: { id: protocolId }, include: { parties: true } });
  if (!protocol) throw notFound("The protocol");
  const source = await db.protocolSource.findUnique({ where: { protocolId } });
  if (!source) throw notFound("The protocol's source document");
  if (protocol.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `Version ${protocol.version} is ${protocol.status}: what it was read from can no longer be reviewed`,
    );
  if (readingFingerprint(source.reading) !== fingerprint)
    throw new AppError("CONFLICT", CHANGED, { fingerprint: ["Reload the page and try again"] });
  return { protocol, source, reading: parseReading(source.reading) };
}

/** Writes the reading back, only over the one that was read (two reviewers at once: the second is refused). */
export async function saveReading(tx: DbTx, protocolId: string, shown: string, next: StoredReading) {
  await updateOnce(tx.protocolSource, { protocolId, reading: shown }, { reading: JSON.stringify(next) }, CHANGED);
}

/** The areas of a protocol's party boards: where the boards and posts it may be matched to are. */
export async function protocolAreaIds(db: DbTx, boardIds: string[]) {
  const links = await db.boardArea.findMany({ where: { boardId: { in: boardIds } }, select: { areaId: true } });
  return [...new Set(links.map((l) => l.areaId))];
}
