import { cadenceColumns } from "@/server/features/protocols/cadence-from-row";
import type { AreaSeed, PartyRef } from "@/lib/schemas/area-seed";
import type { DbTx } from "@/server/data/database";
import type { SeedIds } from "./import-boards-and-people";
import { sync, type ImportStats } from "./sync-row";

/**
 * An area's protocol: its parties and sign-off, clauses, duties and membership rules (with their
 * parties, documents and "comes after"). Duties no longer in the file are retired, never deleted.
 */
export async function importProtocol(tx: DbTx, stats: ImportStats, seed: AreaSeed, ids: SeedIds) {
  const p = seed.protocol;
  const where = { key_version: { key: p.key, version: p.version } };
  // Status and approval belong to the portal once a protocol exists (a new version supersedes it
  // through sign-off), so a re-seed sets them only when it creates the protocol.
  // The route is stored as JSON text (portable across both dialects); the same text each run, so unchanged.
  const data = {
    title: p.title,
    sourceDocument: p.sourceDocument,
    notes: p.notes ?? null,
    resolutionRoute: p.resolutionRoute ? JSON.stringify(p.resolutionRoute) : null,
  };
  const protocol = await sync(
    stats,
    await tx.protocol.findUnique({ where }),
    data,
    () =>
      tx.protocol.create({
        data: { key: p.key, version: p.version, status: p.status, approvedOn: p.approvedOn, ...data },
      }),
    () => tx.protocol.update({ where, data }),
  );

  for (const party of p.parties) {
    const key = { protocolId: protocol.id, boardId: ids.board(party.board) };
    const partyData = {
      signedByPersonId: party.signedBy ? ids.person(party.signedBy) : null,
      signedOn: party.signedOn ?? null,
    };
    await sync(
      stats,
      await tx.protocolParty.findUnique({ where: { protocolId_boardId: key } }),
      partyData,
      () => tx.protocolParty.create({ data: { ...key, ...partyData } }),
      () => tx.protocolParty.update({ where: { protocolId_boardId: key }, data: partyData }),
    );
  }

  const clauseIds = new Map<string, string>();
  for (const [position, c] of p.clauses.entries()) {
    const key = { protocolId: protocol.id, ref: c.ref };
    const clauseData = { heading: c.heading ?? null, text: c.text, position };
    const row = await sync(
      stats,
      await tx.clause.findUnique({ where: { protocolId_ref: key } }),
      clauseData,
      () => tx.clause.create({ data: { ...key, ...clauseData } }),
      () => tx.clause.update({ where: { protocolId_ref: key }, data: clauseData }),
    );
    clauseIds.set(c.ref, row.id);
  }

  const partyRows = (from: PartyRef[], to: PartyRef[]) =>
    [
      ...from.map((r, i) => ({ r, role: "from", position: i })),
      ...to.map((r, i) => ({ r, role: "to", position: i })),
    ].map(({ r, role, position }) => ({
      role,
      position,
      boardId: "board" in r ? ids.board(r.board) : null,
      postId: "post" in r ? ids.post(r.post) : null,
    }));

  interface Row {
    key: string;
    clause: string;
    kind: string;
    summary: string;
    modality: string;
    notes?: string;
    cadence: Record<string, unknown> & { frequency: string };
    parties: ReturnType<typeof partyRows>;
    documents: string[];
    comesAfter?: string;
    rule?: {
      subjectPostId: string | null;
      subjectBoardId: string | null;
      subjectCapacity: string | null;
      boardId: string;
      capacity: string | null;
    };
  }
  const rows: Row[] = [
    ...p.obligations.map((o) => ({ ...o, cadence: o.cadence, parties: partyRows(o.from, o.to) })),
    ...p.membershipRules.map((r) => ({
      key: r.key,
      clause: r.clause,
      kind: "membership",
      summary: r.summary,
      modality: r.modality,
      notes: r.notes,
      cadence: { frequency: "standing" },
      documents: [],
      parties: partyRows(
        ["post" in r.subject ? { post: r.subject.post } : { board: r.subject.board }],
        [{ board: r.board }],
      ),
      rule: {
        subjectPostId: "post" in r.subject ? ids.post(r.subject.post) : null,
        subjectBoardId: "board" in r.subject ? ids.board(r.subject.board) : null,
        subjectCapacity: "capacity" in r.subject ? r.subject.capacity : null,
        boardId: ids.board(r.board),
        capacity: r.capacity ?? null,
      },
    })),
  ];

  const obligationIds = new Map<string, string>();
  for (const [position, o] of rows.entries()) {
    const c = o.cadence as {
      frequency: string;
      window?: { fromMonth: number; toMonth: number } | null;
      minPerYear?: number;
      trigger?: string;
      afterMeetingsOf?: string;
      daysAfter?: number;
      anchorDate?: string;
    };
    const key = { protocolId: protocol.id, key: o.key };
    const obligationData = {
      clauseId: clauseIds.get(o.clause)!,
      kind: o.kind,
      summary: o.summary,
      modality: o.modality,
      notes: o.notes ?? null,
      position,
      ...cadenceColumns(c, ids.board),
      retiredAt: null,
    };
    const existing = await tx.obligation.findUnique({
      where: { protocolId_key: key },
      include: {
        parties: { orderBy: [{ role: "asc" }, { position: "asc" }] },
        documents: { include: { documentType: true } },
        membershipRule: true,
      },
    });
    const row = await sync(
      stats,
      existing as unknown as Record<string, unknown> | null,
      obligationData,
      () => tx.obligation.create({ data: { ...key, ...obligationData } }) as Promise<Record<string, unknown>>,
      () =>
        tx.obligation.update({ where: { protocolId_key: key }, data: obligationData }) as Promise<
          Record<string, unknown>
        >,
    );
    const obligationId = row.id as string;
    obligationIds.set(o.key, obligationId);

    // Parties, documents and the membership rule are replaced together when any of them changed.
    const want = JSON.stringify(
      o.parties.slice().sort((a, b) => a.role.localeCompare(b.role) || a.position - b.position),
    );
    const have = JSON.stringify(
      (existing?.parties ?? []).map((x) => ({
        role: x.role,
        position: x.position,
        boardId: x.boardId,
        postId: x.postId,
      })),
    );
    if (want !== have) {
      await tx.obligationParty.deleteMany({ where: { obligationId } });
      await tx.obligationParty.createMany({ data: o.parties.map((x) => ({ obligationId, ...x })) });
      if (existing) stats.updated++;
    }
    const wantDocs = [...o.documents].sort().join(",");
    const haveDocs = (existing?.documents ?? [])
      .map((d) => d.documentType.key)
      .sort()
      .join(",");
    if (wantDocs !== haveDocs) {
      await tx.obligationDocument.deleteMany({ where: { obligationId } });
      for (const docKey of o.documents) {
        const type = await tx.documentType.findUniqueOrThrow({ where: { key: docKey } });
        await tx.obligationDocument.create({ data: { obligationId, documentTypeId: type.id } });
      }
      if (existing) stats.updated++;
    }
    if (o.rule) {
      await sync(
        stats,
        existing?.membershipRule ?? null,
        o.rule,
        () => tx.membershipRule.create({ data: { obligationId, ...o.rule! } }),
        () => tx.membershipRule.update({ where: { obligationId }, data: o.rule! }),
      );
    }
  }
  for (const o of rows) {
    const comesAfterId = o.comesAfter ? obligationIds.get(o.comesAfter)! : null;
    const id = obligationIds.get(o.key)!;
    const current = await tx.obligation.findUniqueOrThrow({ where: { id }, select: { comesAfterId: true } });
    if (current.comesAfterId !== comesAfterId) await tx.obligation.update({ where: { id }, data: { comesAfterId } });
  }
  const stale = await tx.obligation.findMany({
    where: { protocolId: protocol.id, retiredAt: null, key: { notIn: rows.map((r) => r.key) } },
    select: { id: true },
  });
  if (stale.length > 0) {
    await tx.obligation.updateMany({ where: { id: { in: stale.map((s) => s.id) } }, data: { retiredAt: new Date() } });
    stats.retired += stale.length;
  }
}
