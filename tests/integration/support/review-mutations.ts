/**
 * The registry rows (mutations.ts) of reviewing a protocol read from a document (issue 12): accept,
 * reject and put back a proposal, match a party, create a party's board, read the clauses again.
 * Each setup makes a fresh draft between the board and a partner of its area, with a source document
 * whose reading names both boards, a board the area lacks and a post, and two proposals (one
 * unreviewed, one rejected). Kept in their own file, spread into MUTATIONS.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/server/data/database";
import {
  acceptProposalAction,
  createPartyBoardAction,
  matchPartyAction,
  readAgainAction,
  rejectProposalAction,
  reopenProposalAction,
} from "@/app/areas/[area]/protocols/[protocol]/review/actions";
import { viaForm } from "./action-harness";
import type { FieldKind, Mutation, Target } from "./mutations";

const FILE = "src/app/areas/[area]/protocols/[protocol]/review/actions.ts";
let counter = 0;
const fresh = () => ++counter;
const TEXT = "The HOME board will send its annual report to the PARTNER board between September and November.";

async function readDraft(db: Db, boardId: string, avoid: readonly string[]): Promise<Target> {
  const n = fresh();
  const home = await db.boardArea.findFirstOrThrow({
    where: { boardId },
    orderBy: [{ home: "desc" }, { areaId: "asc" }],
    include: { area: true },
  });
  const partner = await db.boardArea.findFirstOrThrow({
    where: { areaId: home.areaId, boardId: { notIn: [boardId, ...avoid] } },
    orderBy: { key: "asc" },
  });
  const post =
    (await db.post.findFirst({ where: { areaId: home.areaId }, orderBy: { key: "asc" } })) ??
    (await db.post.create({
      data: {
        areaId: home.areaId,
        key: `REVIEW-POST-${process.pid}-${n}`,
        title: "Review post",
        organisationId: (await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } })).id,
      },
    }));
  const protocol = await db.protocol.create({
    data: {
      key: `matrix-read-${process.pid}-${n}`,
      title: `Read protocol ${n}`,
      version: "1",
      status: "draft",
      parties: { create: [{ boardId }, { boardId: partner.boardId }] },
      clauses: { create: [{ ref: "1", text: TEXT, position: 0 }] },
    },
    include: { clauses: true },
  });
  const clause = protocol.clauses[0]!;
  // A board the area lacks: a fresh short form each time, so that creating it is never refused as taken.
  const newKey = `N${process.pid % 10000}X${n}`;
  const party = (key: string, name: string, kind: string, match: object | null) => ({
    key,
    name,
    aliases: [],
    kind,
    quote: `the ${name} (${key})`,
    match,
  });
  const reading = JSON.stringify({
    title: protocol.title,
    agreedOn: null,
    parties: [
      party("HOME", "Home Board", "board", { kind: "board", id: boardId, by: "key" }),
      party("PARTNER", "Partner Board", "board", { kind: "board", id: partner.boardId, by: "key" }),
      party(newKey, `New Board ${n}`, "board", null),
      party("DPH", "Director of Public Health", "post", null),
    ],
    descriptive: [],
    gaps: [],
  });
  await db.protocolSource.create({
    data: {
      protocolId: protocol.id,
      fileName: "protocol.txt",
      contentType: "text/plain; charset=utf-8",
      format: "text",
      sizeBytes: TEXT.length,
      sha256: createHash("sha256").update(TEXT).digest("hex"),
      storageKey: `matrix-${process.pid}-${n}`,
      text: `1. ${TEXT}`,
      reading,
    },
  });
  const duty = (summary: string) =>
    JSON.stringify({
      clause: "1",
      kind: "report",
      summary,
      from: ["HOME"],
      to: ["PARTNER"],
      dated: true,
      cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
      modality: "will",
      documents: ["annual-report"],
      quote: TEXT,
      confidence: 0.8,
      because: [{ part: "cadence", words: "between September and November" }],
    });
  const common = { protocolId: protocol.id, clauseId: clause.id, clauseRef: "1", type: "duty", confidence: 0.8 };
  const proposal = await db.protocolProposal.create({
    data: { ...common, position: 0, proposal: duty("HOME: annual report to PARTNER") },
  });
  const rejected = await db.protocolProposal.create({
    data: { ...common, position: 1, proposal: duty("HOME: a second reading"), status: "rejected" },
  });
  return {
    boardId,
    area: home.area.slug,
    protocolId: protocol.id,
    proposalId: proposal.id,
    rejectedId: rejected.id,
    postId: post.id,
    newParty: newKey,
    fingerprint: createHash("sha256").update(reading).digest("hex").slice(0, 16),
  };
}

/** Proposals that exist but are another draft's decided ones, or this draft's in the wrong state. */
const PARTY = { text: { min: 1, max: 60 } } satisfies FieldKind;
const setup: Mutation["setup"] = (db, { boardId, avoid }) => readDraft(db, boardId, avoid);
const otherArea = async (db: Db) => {
  const kent = await db.boardArea.findMany({ where: { area: { slug: "kent" } }, take: 2 });
  const posts = await db.post.findMany({ where: { area: { slug: "kent" } }, take: 2 });
  return [...kent.map((b) => `board:${b.boardId}`), ...posts.map((p) => `post:${p.id}`)];
};

export const REVIEW_ROWS: Mutation[] = [
  {
    name: "acceptProposalAction",
    file: FILE,
    access: { permission: "protocol:manage" },
    setup,
    valid: (t) => ({ proposalId: t.proposalId }),
    endpoint: viaForm(acceptProposalAction),
    fields: { proposalId: "id" },
    // A rejected proposal cannot be accepted.
    foreign: (_db, t) => Promise.resolve({ proposalId: [String(t.rejectedId)] }),
    // One entry: the rule created, naming the proposal it accepted.
    audit: () => ({ action: "rule.create", entityType: "Obligation" }),
  },
  {
    name: "rejectProposalAction",
    file: FILE,
    access: { permission: "protocol:manage" },
    setup,
    valid: (t) => ({ proposalId: t.proposalId }),
    endpoint: viaForm(rejectProposalAction),
    fields: { proposalId: "id" },
    foreign: (_db, t) => Promise.resolve({ proposalId: [String(t.rejectedId)] }),
    audit: (t) => ({ action: "proposal.reject", entityType: "ProtocolProposal", entityId: String(t.proposalId) }),
  },
  {
    name: "reopenProposalAction",
    file: FILE,
    access: { permission: "protocol:manage" },
    setup,
    valid: (t) => ({ proposalId: t.rejectedId }),
    endpoint: viaForm(reopenProposalAction),
    fields: { proposalId: "id" },
    // Only a rejected proposal is put back.
    foreign: (_db, t) => Promise.resolve({ proposalId: [String(t.proposalId)] }),
    audit: (t) => ({ action: "proposal.reopen", entityType: "ProtocolProposal", entityId: String(t.rejectedId) }),
  },
  {
    name: "matchPartyAction",
    file: FILE,
    access: { permission: "protocol:manage" },
    setup,
    valid: (t) => ({
      protocolId: t.protocolId,
      party: t.newParty,
      target: `post:${t.postId}`,
      fingerprint: t.fingerprint,
    }),
    endpoint: viaForm(matchPartyAction),
    fields: { protocolId: "id", party: PARTY, target: "id", fingerprint: "fingerprint" },
    // Boards and posts of another area; parties the document does not name.
    foreign: async (db) => ({ target: await otherArea(db), party: ["NOT-NAMED", "hwb", "Home Board"] }),
    audit: (t) => ({ action: "protocol.match-party", entityType: "Protocol", entityId: String(t.protocolId) }),
  },
  {
    name: "createPartyBoardAction",
    file: FILE,
    access: { permission: "area:manage" },
    setup,
    valid: (t) => ({ area: t.area, protocolId: t.protocolId, party: t.newParty, fingerprint: t.fingerprint }),
    endpoint: viaForm(createPartyBoardAction),
    fields: { protocolId: "id", party: PARTY, fingerprint: "fingerprint" },
    // Parties already matched (a board of the area), a post, and one the document does not name.
    foreign: () => Promise.resolve({ party: ["HOME", "PARTNER", "DPH", "NOT-NAMED"] }),
    audit: () => ({ action: "board.create", entityType: "Board" }),
  },
  {
    name: "readAgainAction",
    file: FILE,
    access: { permission: "protocol:manage" },
    setup,
    valid: (t) => ({ protocolId: t.protocolId, fingerprint: t.fingerprint }),
    endpoint: viaForm(readAgainAction),
    fields: { protocolId: "id", fingerprint: "fingerprint" },
    audit: (t) => ({ action: "protocol.read-again", entityType: "Protocol", entityId: String(t.protocolId) }),
  },
];
