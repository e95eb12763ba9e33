import { z } from "zod";
import { londonToday } from "@/lib/dates";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError, forbidden, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";

const signSchema = z.object({
  protocolId: z.string().min(1, { error: "Choose a protocol" }).max(64),
  boardId: z.string().min(1, { error: "Choose the board you sign for" }).max(64),
});

/** Whether the viewer is the chair of the board: holds the chair role there. */
const chairs = (viewer: Viewer, boardId: string) => viewer.grants.some((g) => g.role === "chair" && g.boardId === boardId);

/**
 * A party's chair signs off a draft version (issue 5); when every party has, it is agreed and the
 * version before it is superseded, so generation moves to it.
 */
export async function signOffProtocol(ctx: { db: Db; viewer: Viewer; now?: Date }, raw: unknown) {
  const { protocolId, boardId } = parse(signSchema, raw, "Choose the board you sign for");
  const protocol = await ctx.db.protocol.findUnique({ where: { id: protocolId }, include: { parties: { include: { board: true } } } });
  if (!protocol) throw notFound("The protocol");
  const party = protocol.parties.find((p) => p.boardId === boardId);
  if (!party) throw new AppError("VALIDATION", "That board is not a party to this protocol", { boardId: ["Choose one of the protocol's parties"] });
  await authorizeBoard(ctx.db, ctx.viewer, boardId, "board:read");
  if (!chairs(ctx.viewer, boardId)) throw forbidden(`Only the chair of ${party.board.name} can sign off for it`);
  if (protocol.status !== "draft") throw new AppError("CONFLICT", `This version is ${protocol.status}: only a draft is signed off`);
  if (party.signedOn) throw new AppError("CONFLICT", `${party.board.name} has already signed off this version`);
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.viewer.userId } });
  const today = londonToday(ctx.now ?? new Date());
  return inTransaction(ctx.db, async (tx) => {
    await updateOnce(tx.protocolParty, { protocolId, boardId, signedOn: null }, { signedByPersonId: user.personId, signedOn: today }, "Someone signed at the same moment. Reload the page.");
    await appendAudit(tx, actorOf(ctx.viewer), { action: "protocol.sign-off", entityType: "Protocol", entityId: protocolId, after: { boardId, signedOn: today } });
    const remaining = await tx.protocolParty.count({ where: { protocolId, signedOn: null } });
    if (remaining > 0) return { agreed: false, remaining };
    await tx.protocol.update({ where: { id: protocolId }, data: { status: "agreed", approvedOn: today } });
    if (protocol.previousVersionId) await tx.protocol.update({ where: { id: protocol.previousVersionId }, data: { status: "superseded" } });
    await appendAudit(tx, actorOf(ctx.viewer), { action: "protocol.agreed", entityType: "Protocol", entityId: protocolId, after: { status: "agreed", supersedes: protocol.previousVersionId } });
    return { agreed: true, remaining: 0 };
  });
}
