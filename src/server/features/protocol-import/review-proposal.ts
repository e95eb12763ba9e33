import { z } from "zod";
import type { ProposedDuty } from "@/domain/protocol-reading/types";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, notFound } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { updateOnce } from "@/server/core/versioned";
import type { Db, DbTx } from "@/server/data/database";
import { saveRule } from "@/server/features/protocols/save-rule";
import { proposalRule, type ProposalRule } from "./proposal-rule";
import { parseProposal, parseReading, type StoredProposal } from "./stored-reading";

/**
 * Reviewing the reader's proposals (issue 12): accept one as proposed (it becomes a rule of the
 * draft through the rule editor's own checks), reject one, or put a rejected one back for review.
 * Editing is the rule editor itself, opened filled in from the proposal (`proposalId` on saveRule).
 * Each decision is audited; a proposal is reviewed once (a second decision is refused, not applied).
 */
export const proposalIdSchema = z
  .object({
    proposalId: z
      .string({ error: "Choose a proposal" })
      .trim()
      .min(1, { error: "Choose a proposal" })
      .max(64, { error: "Choose a proposal" }),
  })
  .strict();

type Ctx = { db: Db; viewer: Viewer | null };

/** A proposal, on a draft the viewer may manage (no viewer: the command line). */
export async function loadProposal(db: DbTx, viewer: Viewer | null, proposalId: string) {
  const row = await db.protocolProposal.findUnique({ where: { id: proposalId } });
  if (!row) throw notFound("The proposal");
  const protocol = viewer
    ? await authorizeProtocol(db, viewer, row.protocolId)
    : await db.protocol.findUniqueOrThrow({ where: { id: row.protocolId }, include: { parties: true } });
  return { row, protocol };
}

/** The rule a proposal makes, with the problems that stop it being accepted as it stands. */
export async function ruleOfProposal(
  db: DbTx,
  row: ProposalRow,
  partyBoardIds: string[],
): Promise<{ stored: StoredProposal; rule: ProposalRule }> {
  return (await proposalRules(db, row.protocolId, partyBoardIds))(row);
}

type ProposalRow = {
  id: string;
  protocolId: string;
  clauseId: string | null;
  type: string;
  proposal: string;
  position: number;
};

/**
 * What every proposal of a protocol is mapped with, read once (the review page maps them all): the
 * parties and their matches, the party boards' keys, and the duties already made into rules.
 */
export async function proposalRules(db: DbTx, protocolId: string, partyBoardIds: string[]) {
  const [source, links, decided] = await Promise.all([
    db.protocolSource.findUnique({ where: { protocolId } }),
    db.boardArea.findMany({ where: { boardId: { in: partyBoardIds } }, orderBy: [{ home: "desc" }] }),
    db.protocolProposal.findMany({
      where: { protocolId, type: "duty", status: { in: ["accepted", "edited"] }, obligation: { retiredAt: null } },
      orderBy: { position: "desc" },
    }),
  ]);
  const parties = source ? parseReading(source.reading).parties : [];
  const partyBoards = new Map<string, string>();
  for (const link of links) if (!partyBoards.has(link.boardId)) partyBoards.set(link.boardId, link.key);
  const rules = decided.flatMap((e) =>
    e.obligationId
      ? [{ position: e.position, obligationId: e.obligationId, duty: JSON.parse(e.proposal) as ProposedDuty }]
      : [],
  );
  return (row: ProposalRow): { stored: StoredProposal; rule: ProposalRule } => {
    const stored = parseProposal(row.type, row.proposal);
    const rule = proposalRule(stored, {
      protocolId,
      clauseId: row.clauseId,
      parties,
      partyBoards,
      earlierRules: rules.filter((r) => r.position < row.position),
    });
    return { stored, rule };
  };
}

function requireDraft(protocol: { status: string; version: string }) {
  if (protocol.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `Version ${protocol.version} is ${protocol.status}: its proposals can no longer be reviewed`,
    );
}

function requireUnreviewed(row: { status: string }) {
  if (row.status !== "unreviewed")
    throw new AppError("CONFLICT", `That proposal has already been ${row.status}: reload the page.`);
}

export async function acceptProposal(ctx: Ctx, raw: unknown) {
  const { proposalId } = parse(proposalIdSchema, raw, "Choose a proposal");
  const { row, protocol } = await loadProposal(ctx.db, ctx.viewer, proposalId);
  requireDraft(protocol);
  requireUnreviewed(row);
  const { rule } = await ruleOfProposal(
    ctx.db,
    row,
    protocol.parties.map((p) => p.boardId),
  );
  if (rule.problems.length > 0)
    throw new AppError(
      "VALIDATION",
      `It cannot be accepted as it stands: ${rule.problems.join("; ")}. Edit it instead.`,
      {
        proposalId: rule.problems,
      },
    );
  const saved = await saveRule(ctx, { ...rule.input, proposalId }, { proposalStatus: "accepted" });
  return { proposalId, obligationId: saved.id, clause: row.clauseRef };
}

export async function rejectProposal(ctx: Ctx, raw: unknown) {
  return decide(ctx, raw, "unreviewed", "rejected", "proposal.reject");
}

/** A rejected proposal back to the unreviewed ones (a rejection made by mistake). */
export async function reopenProposal(ctx: Ctx, raw: unknown) {
  return decide(ctx, raw, "rejected", "unreviewed", "proposal.reopen");
}

async function decide(ctx: Ctx, raw: unknown, from: string, to: string, action: string) {
  const { proposalId } = parse(proposalIdSchema, raw, "Choose a proposal");
  const { row, protocol } = await loadProposal(ctx.db, ctx.viewer, proposalId);
  requireDraft(protocol);
  if (row.status !== from)
    throw new AppError(
      "CONFLICT",
      from === "unreviewed"
        ? `That proposal has already been ${row.status}: reload the page.`
        : `That proposal is ${row.status}, not rejected: reload the page.`,
    );
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  await inTransaction(ctx.db, async (tx) => {
    await updateOnce(
      tx.protocolProposal,
      { id: proposalId, status: from },
      {
        status: to,
        reviewedById: to === "unreviewed" ? null : (ctx.viewer?.userId ?? null),
        reviewedAt: to === "unreviewed" ? null : new Date(),
      },
      "Someone reviewed that proposal at the same moment: reload the page.",
    );
    await appendAudit(tx, actor, {
      action,
      entityType: "ProtocolProposal",
      entityId: proposalId,
      before: { status: from },
      after: { status: to },
    });
  });
  return { proposalId, clause: row.clauseRef, status: to };
}
