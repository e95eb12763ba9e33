import { areaFileCadenceSchema, type AreaFile, type AreaFileParty } from "@/lib/schemas/area-file";
import type { DbTx } from "@/server/data/database";
import { cadenceFields, type CadenceRow } from "@/server/features/protocols/cadence-from-row";
import { compare, optional } from "./area-file-fields";

/** Every version of each protocol one of the area's boards is party to, with what the file needs of it. */
export async function loadAreaProtocols(db: DbTx, areaBoardIds: string[]) {
  const keys = await db.protocol.findMany({
    where: { parties: { some: { boardId: { in: areaBoardIds } } } },
    select: { key: true },
    distinct: ["key"],
  });
  return db.protocol.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    include: {
      previousVersion: { select: { key: true, version: true } },
      parties: { include: { board: { select: { slug: true } }, signedBy: { select: { id: true, slug: true } } } },
      clauses: { orderBy: { position: "asc" } },
      obligations: {
        orderBy: { position: "asc" },
        include: {
          clause: { select: { ref: true } },
          afterMeetingsOf: { select: { slug: true } },
          comesAfter: { select: { key: true } },
          parties: {
            orderBy: [{ role: "asc" }, { position: "asc" }],
            include: { board: { select: { id: true, slug: true } }, post: { select: { id: true } } },
          },
          documents: { include: { documentType: { select: { key: true } } } },
          membershipRule: true,
        },
      },
    },
  });
}

type AreaProtocol = Awaited<ReturnType<typeof loadAreaProtocols>>[number];

/** Boards and posts the protocols reach, wherever they live (starting from the area's own boards). */
export function reachOfProtocols(protocols: AreaProtocol[], areaBoardIds: string[]) {
  const boardIds = new Set(areaBoardIds);
  const postIds = new Set<string>();
  for (const p of protocols) {
    for (const party of p.parties) boardIds.add(party.boardId);
    for (const o of p.obligations) {
      if (o.afterMeetingsOfId) boardIds.add(o.afterMeetingsOfId);
      for (const party of o.parties) {
        if (party.boardId) boardIds.add(party.boardId);
        if (party.postId) postIds.add(party.postId);
      }
      const rule = o.membershipRule;
      if (rule) {
        boardIds.add(rule.boardId);
        if (rule.subjectBoardId) boardIds.add(rule.subjectBoardId);
        if (rule.subjectPostId) postIds.add(rule.subjectPostId);
      }
    }
  }
  return { boardIds, postIds };
}

/** The protocols as the file writes them, each chain in version order. */
export function writeAreaProtocols(
  protocols: AreaProtocol[],
  refs: {
    board: (id: string) => string;
    party: (p: { boardId: string | null; postId: string | null }) => AreaFileParty;
    postRefs: Map<string, { post: string; area?: string }>;
  },
): AreaFile["protocols"] {
  const { board, party, postRefs } = refs;
  return inVersionOrder(protocols).map((p) => ({
    key: p.key,
    version: p.version,
    ...optional("previousVersion", p.previousVersion?.key === p.key ? p.previousVersion.version : null),
    title: p.title,
    status: p.status as AreaFile["protocols"][number]["status"],
    approvedOn: p.approvedOn,
    sourceDocument: p.sourceDocument,
    ...optional("notes", p.notes),
    ...optional("resolutionRoute", p.resolutionRoute ? (JSON.parse(p.resolutionRoute) as string[]) : null),
    parties: p.parties
      .map((x) => ({
        board: x.board.slug,
        ...optional("signedBy", x.signedBy?.slug),
        ...optional("signedOn", x.signedOn),
      }))
      .sort((a, b) => compare(a.board, b.board)),
    clauses: p.clauses.map((c) => ({ ref: c.ref, ...optional("heading", c.heading), text: c.text })),
    obligations: p.obligations.map((o) => {
      const rule = o.membershipRule;
      return {
        key: o.key,
        clause: o.clause.ref,
        kind: o.kind as AreaFile["protocols"][number]["obligations"][number]["kind"],
        summary: o.summary,
        modality: o.modality as AreaFile["protocols"][number]["obligations"][number]["modality"],
        from: o.parties.filter((x) => x.role === "from").map(party),
        to: o.parties.filter((x) => x.role === "to").map(party),
        cadence: cadenceOf(o, o.afterMeetingsOf?.slug ?? null),
        documents: o.documents.map((d) => d.documentType.key).sort(compare),
        ...optional("comesAfter", o.comesAfter?.key),
        ...optional("notes", o.notes),
        ...(o.retiredAt ? { retired: true as const } : {}),
        ...(rule
          ? {
              membershipRule: {
                subject: rule.subjectPostId
                  ? postRefs.get(rule.subjectPostId)!
                  : {
                      board: board(rule.subjectBoardId!),
                      capacity: rule.subjectCapacity!,
                    },
                board: board(rule.boardId),
                ...optional("capacity", rule.capacity),
              },
            }
          : {}),
      };
    }),
  }));
}

/** Protocols by key, each chain from its first version to its latest. */
function inVersionOrder<P extends { id: string; key: string; version: string; previousVersionId: string | null }>(
  protocols: P[],
): P[] {
  const byId = new Map(protocols.map((p) => [p.id, p]));
  const depth = (p: P, seen = new Set<string>()): number => {
    const previous = p.previousVersionId ? byId.get(p.previousVersionId) : undefined;
    if (!previous || seen.has(p.id)) return 0;
    seen.add(p.id);
    return 1 + depth(previous, seen);
  };
  return [...protocols].sort((a, b) => compare(a.key, b.key) || depth(a) - depth(b) || compare(a.version, b.version));
}

/** A stored cadence (columns) as the file writes it, validated on the way out. */
function cadenceOf(row: CadenceRow, afterMeetingsOf: string | null) {
  return areaFileCadenceSchema.parse(cadenceFields(row, afterMeetingsOf));
}
