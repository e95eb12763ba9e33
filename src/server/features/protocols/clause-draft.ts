import type { DbTx } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeClause, authorizeProtocol } from "@/server/authz/authorize-protocol";

/**
 * What the clause use cases share (issue 10): a protocol's clauses change only while it is a draft.
 * An agreed version's clauses are what its parties signed, so they change through a new version
 * (create-protocol-version), never in place.
 */
export function requireDraft(protocol: { status: string; version: string }) {
  if (protocol.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `Version ${protocol.version} is ${protocol.status}, so its clauses cannot change: clauses are edited on a draft version only. Create a new version first.`,
    );
}

/** The draft a new clause goes on, authorised (protocol:manage on every party board). */
export async function draftProtocol(db: DbTx, viewer: Viewer, protocolId: string) {
  const protocol = await authorizeProtocol(db, viewer, protocolId);
  requireDraft(protocol);
  return protocol;
}

/** A clause of a draft, authorised through its protocol. */
export async function draftClause(db: DbTx, viewer: Viewer, clauseId: string) {
  const { clause, protocol } = await authorizeClause(db, viewer, clauseId);
  requireDraft(protocol);
  return { clause, protocol };
}

/** References are unique within a protocol, exactly as printed: a clash is the ref field's error. */
export async function requireFreeRef(db: DbTx, protocolId: string, ref: string, exceptClauseId?: string) {
  const clash = await db.clause.findFirst({ where: { protocolId, ref, id: { not: exceptClauseId } } });
  if (clash)
    throw new AppError("VALIDATION", "Check the clause", {
      ref: [`This protocol already has a clause ${ref}: each reference is used once`],
    });
}

/** The message for two people adding the same reference at the same moment (the unique index refuses it). */
export const refTaken = (ref: string) => ({
  message: "Someone saved a clause with this reference at the same moment. Nothing was saved.",
  fieldErrors: { ref: [`This protocol already has a clause ${ref}: each reference is used once`] },
});
