import { londonToday } from "@/lib/dates";
import { signOffSchema } from "@/lib/schemas/protocol";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeSignOff } from "@/server/authz/authorize-protocol";

/**
 * A party's chair signs off a draft version (issue 5); when every party has, it is agreed and the
 * version before it is superseded, so generation moves to it.
 */
export async function signOffProtocol(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const { protocolId, boardId } = parse(signOffSchema, raw, "Choose the board you sign for");
  const { protocol, party } = await authorizeSignOff(ctx.db, ctx.viewer, protocolId, boardId);
  if (protocol.status !== "draft")
    throw new AppError("CONFLICT", `This version is ${protocol.status}: only a draft is signed off`);
  if (party.signedOn) throw new AppError("CONFLICT", `${party.board.name} has already signed off this version`);
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.viewer.userId } });
  const today = londonToday(ctx.now ?? new Date());
  return inTransaction(ctx.db, async (tx) => {
    await updateOnce(
      tx.protocolParty,
      { protocolId, boardId, signedOn: null },
      { signedByPersonId: user.personId, signedOn: today },
      "Someone signed at the same moment. Reload the page.",
    );
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "protocol.sign-off",
      entityType: "Protocol",
      entityId: protocolId,
      after: { boardId, signedOn: today },
    });
    const remaining = await tx.protocolParty.count({ where: { protocolId, signedOn: null } });
    if (remaining > 0) return { agreed: false, remaining };
    await tx.protocol.update({ where: { id: protocolId }, data: { status: "agreed", approvedOn: today } });
    if (protocol.previousVersionId)
      await tx.protocol.update({ where: { id: protocol.previousVersionId }, data: { status: "superseded" } });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "protocol.agreed",
      entityType: "Protocol",
      entityId: protocolId,
      after: { status: "agreed", supersedes: protocol.previousVersionId },
    });
    return { agreed: true, remaining: 0 };
  });
}
