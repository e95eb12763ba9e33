import type { Because } from "@/domain/protocol-reading/types";
import { describeCadence, type CadenceJson } from "@/lib/describe-cadence";
import { londonToday } from "@/lib/dates";
import type { Reader } from "@/server/authz/reader";
import { AppError } from "@/server/core/errors";
import { getProtocol } from "@/server/features/protocols/get-protocol";
import { proposalRules } from "./review-proposal";
import { parseReading, readingFingerprint } from "./stored-reading";

export type ProposalStatus = "unreviewed" | "accepted" | "edited" | "rejected";

export interface ReviewProposal {
  id: string;
  clauseRef: string;
  type: "duty" | "membership";
  status: ProposalStatus;
  summary: string;
  kind: string;
  modality: string | null;
  from: string[];
  to: string[];
  cadence: string | null;
  documents: string[];
  quote: string;
  confidence: "high" | "medium" | "low";
  because: Because[];
  /** Why it cannot be accepted as it stands (unreviewed ones only; empty: it can). */
  problems: string[];
  obligationId: string | null;
}

/** A confidence in words: what the reader is sure of, and what needs a closer look. */
export const confidenceWords = (c: number) => (c >= 0.75 ? "high" : c >= 0.5 ? "medium" : "low");

/**
 * The review page of a protocol read from a document (issue 12): its clauses, what the reader found
 * (parties with their matches, descriptive clauses, gaps) and each proposal in words, with the
 * problems that stop one being accepted as it stands. The reading's fingerprint goes into each form
 * that changes it.
 */
export async function getReview(reader: Reader, areaSlug: string, protocolId: string) {
  const { area, protocol } = await getProtocol(reader, areaSlug, protocolId);
  const source = await reader.db.protocolSource.findUnique({ where: { protocolId: protocol.id } });
  if (!source) throw new AppError("NOT_FOUND", "The protocol was not read from a document");
  const reading = parseReading(source.reading);
  const partyBoardIds = protocol.parties.map((p) => p.boardId);
  const areaIds = [...new Set(protocol.parties.flatMap((p) => p.board.areas.map((a) => a.areaId)))];
  const [boardLinks, posts, organisations, rows] = await Promise.all([
    reader.db.boardArea.findMany({
      where: { areaId: { in: areaIds }, board: { archivedAt: null } },
      include: { board: true },
      orderBy: { key: "asc" },
    }),
    reader.db.post.findMany({ where: { areaId: { in: areaIds } }, orderBy: { title: "asc" } }),
    reader.db.organisation.findMany({
      where: { id: { in: reading.parties.flatMap((p) => (p.match?.kind === "organisation" ? [p.match.id] : [])) } },
    }),
    reader.db.protocolProposal.findMany({ where: { protocolId: protocol.id }, orderBy: { position: "asc" } }),
  ]);
  const boardNames = new Map(boardLinks.map((l) => [l.boardId, `${l.board.name} (${l.key})`]));
  for (const p of protocol.parties) if (!boardNames.has(p.boardId)) boardNames.set(p.boardId, p.board.name);
  const matchName = (match: { kind: string; id: string } | null) => {
    if (!match) return null;
    if (match.kind === "board") return boardNames.get(match.id) ?? "a board no longer in the area";
    if (match.kind === "post") return posts.find((p) => p.id === match.id)?.title ?? "a post no longer in the area";
    return organisations.find((o) => o.id === match.id)?.name ?? "an organisation";
  };
  const partyName = (key: string) => reading.parties.find((p) => p.key === key)?.name ?? key;
  const today = londonToday(new Date());

  const proposals: ReviewProposal[] = [];
  const ruleOf = await proposalRules(reader.db, protocol.id, partyBoardIds);
  for (const row of rows) {
    const status = row.status as ProposalStatus;
    const { stored, rule } = ruleOf(row);
    const problems = status === "unreviewed" ? rule.problems : [];
    if (stored.type === "duty") {
      const d = stored.duty;
      proposals.push({
        id: row.id,
        clauseRef: row.clauseRef,
        type: "duty",
        status,
        summary: d.summary,
        kind: d.kind,
        modality: d.modality,
        from: d.from.map(partyName),
        to: d.to.map(partyName),
        cadence: describeCadence(
          {
            window: null,
            minPerYear: null,
            trigger: null,
            afterMeetingsOf: null,
            anchorDate: null,
            ...(d.cadence as Partial<CadenceJson>),
          } as CadenceJson,
          { today },
        ),
        documents: d.documents,
        quote: d.quote,
        confidence: confidenceWords(d.confidence),
        because: d.because,
        problems,
        obligationId: row.obligationId,
      });
    } else {
      const m = stored.rule;
      const subject = partyName(m.rule.subject);
      proposals.push({
        id: row.id,
        clauseRef: row.clauseRef,
        type: "membership",
        status,
        summary: `${subject} will be a member of ${partyName(m.rule.board)}${m.rule.capacity ? ` (as ${m.rule.capacity})` : ""}`,
        kind: "membership",
        modality: null,
        from: [subject],
        to: [partyName(m.rule.board)],
        cadence: null,
        documents: [],
        quote: m.quote,
        confidence: confidenceWords(m.confidence),
        because: m.because,
        problems,
        obligationId: row.obligationId,
      });
    }
  }
  const count = (s: ProposalStatus) => proposals.filter((p) => p.status === s).length;
  return {
    area,
    protocol,
    source: { fileName: source.fileName, format: source.format, pages: source.pages },
    fingerprint: readingFingerprint(source.reading),
    parties: reading.parties.map((p) => ({
      key: p.key,
      name: p.name,
      kind: p.kind,
      quote: p.quote,
      match: p.match,
      matchedTo: matchName(p.match),
    })),
    descriptive: new Set(reading.descriptive),
    gaps: reading.gaps,
    proposals,
    counts: {
      unreviewed: count("unreviewed"),
      accepted: count("accepted"),
      edited: count("edited"),
      rejected: count("rejected"),
    },
    choices: {
      boards: boardLinks.map((l) => ({ value: `board:${l.boardId}`, label: `${l.key}: ${l.board.name}` })),
      posts: posts.map((p) => ({ value: `post:${p.id}`, label: p.title })),
    },
  };
}
