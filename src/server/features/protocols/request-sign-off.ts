import { formatCivilDate, londonToday } from "@/lib/dates";
import { protocolIdSchema } from "@/lib/schemas/protocol";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { noticeSignOffRequested } from "@/server/features/notifications/immediate-notices";

const ACTION = "protocol.request-sign-off";

/** The latest request for sign-off on a version: the day it was made (London) and by whom. */
export async function lastSignOffRequest(db: DbTx, protocolId: string) {
  const entry = await db.auditEntry.findFirst({
    where: { action: ACTION, entityType: "Protocol", entityId: protocolId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
  if (!entry) return null;
  let day: unknown;
  try {
    day = (JSON.parse(entry.after ?? "{}") as { day?: unknown }).day;
  } catch {
    day = undefined;
  }
  return { day: typeof day === "string" ? day : londonToday(entry.at), by: entry.actor?.name ?? "the portal" };
}

/**
 * Those who manage a draft protocol (protocol:manage on every party) ask the chairs of the parties
 * that have not signed to sign it off (issue 13). It is audited, and each unsigned party's chairs get
 * a "sign-off requested" notice in the same transaction. A request can be repeated as a deliberate
 * reminder, at most once a day: the notice's key is the protocol and the London day, so a second
 * request the same day (a double click, or two managers at once) is refused, saying when it was made,
 * and tells nobody twice.
 */
export async function requestSignOff(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const { protocolId } = parse(protocolIdSchema, raw, "Choose a protocol");
  const protocol = await authorizeProtocol(ctx.db, ctx.viewer, protocolId);
  if (protocol.status !== "draft")
    throw new AppError("CONFLICT", `This version is ${protocol.status}: sign-off is requested on a draft only`);
  const unsigned = protocol.parties.filter((p) => !p.signedOn).map((p) => p.boardId);
  if (unsigned.length === 0)
    throw new AppError("CONFLICT", "Every party has signed this version off: there is no one left to ask");
  const day = londonToday(ctx.now ?? new Date());
  const last = await lastSignOffRequest(ctx.db, protocolId);
  if (last?.day === day)
    throw new AppError(
      "CONFLICT",
      `Sign-off was already requested today, ${formatCivilDate(day)}, by ${last.by}: the chairs have been told. You can remind them again from tomorrow.`,
    );
  const me = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.viewer.userId }, select: { name: true } });
  return inTransaction(
    ctx.db,
    async (tx) => {
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: ACTION,
        entityType: "Protocol",
        entityId: protocol.id,
        after: { day, unsignedBoardIds: unsigned, ...(last ? { previous: last.day } : {}) },
      });
      const told = await noticeSignOffRequested(tx, {
        protocol,
        unsignedBoardIds: unsigned,
        day,
        requestedBy: me.name,
        actorId: ctx.viewer.userId,
      });
      return { told, boards: unsigned.length, reminder: last !== null };
    },
    { duplicate: "Someone requested sign-off at the same moment: the chairs have been told. Nothing more was sent." },
  );
}
