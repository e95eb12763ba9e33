import type { AreaSeed, PartyRef } from "@/lib/schemas/area-seed";
import type { Db, DbTx } from "@/server/data/database";
import { appendAudit, type Actor } from "@/server/core/audit";

/**
 * Loads areas' data files (src/server/seed/areas) into the database, matching every row on its natural
 * key. Rows that match are left alone, so a second run writes nothing (not even an audit entry);
 * obligations no longer in a file are retired, never deleted.
 */

export interface ImportStats {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

export interface ReferenceData {
  boardKinds: readonly { key: string; name: string }[];
  organisationKinds: readonly { key: string; name: string }[];
  documentTypes: readonly { key: string; name: string }[];
}

const emptyStats = (): ImportStats => ({ created: 0, updated: 0, unchanged: 0, retired: 0 });

/** Compares the fields we would write with what is stored; null and undefined are the same. */
function differs(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).some(([k, v]) => (row[k] ?? null) !== (v ?? null));
}

async function sync<R extends Record<string, unknown>>(
  stats: ImportStats,
  existing: R | null,
  data: Record<string, unknown>,
  create: () => Promise<R>,
  update: (row: R) => Promise<R>,
): Promise<R> {
  if (!existing) {
    stats.created++;
    return create();
  }
  if (differs(existing, data)) {
    stats.updated++;
    return update(existing);
  }
  stats.unchanged++;
  return existing;
}

export async function importReferenceData(db: DbTx, ref: ReferenceData): Promise<ImportStats> {
  const stats = emptyStats();
  for (const k of ref.boardKinds) {
    await sync(stats, await db.boardKind.findUnique({ where: { key: k.key } }), { name: k.name },
      () => db.boardKind.create({ data: k }), () => db.boardKind.update({ where: { key: k.key }, data: { name: k.name } }));
  }
  for (const k of ref.organisationKinds) {
    await sync(stats, await db.organisationKind.findUnique({ where: { key: k.key } }), { name: k.name },
      () => db.organisationKind.create({ data: k }), () => db.organisationKind.update({ where: { key: k.key }, data: { name: k.name } }));
  }
  for (const k of ref.documentTypes) {
    await sync(stats, await db.documentType.findUnique({ where: { key: k.key } }), { name: k.name },
      () => db.documentType.create({ data: k }), () => db.documentType.update({ where: { key: k.key }, data: { name: k.name } }));
  }
  return stats;
}

export const boardSlug = (areaSlug: string, key: string) => `${areaSlug}-${key.toLowerCase()}`;
export const organisationSlug = (areaSlug: string, key: string) => `${areaSlug}-${key}`;

/** Imports one area. Areas named in `alsoInAreas` must exist first: import every area's row before any area's body. */
export async function importAreaSeed(db: Db, actor: Actor, seed: AreaSeed): Promise<ImportStats> {
  return db.$transaction(
    async (tx) => {
      const stats = emptyStats();
      const areaSlug = seed.area.slug;
      const area = await sync(stats, await tx.area.findUnique({ where: { slug: areaSlug } }), { name: seed.area.name },
        () => tx.area.create({ data: seed.area }), () => tx.area.update({ where: { slug: areaSlug }, data: { name: seed.area.name } }));

      const orgIds = new Map<string, string>();
      for (const o of seed.organisations) {
        const kind = await tx.organisationKind.findUniqueOrThrow({ where: { key: o.kind } });
        const slug = organisationSlug(areaSlug, o.key);
        const data = { name: o.name, kindId: kind.id };
        const row = await sync(stats, await tx.organisation.findUnique({ where: { slug } }), data,
          () => tx.organisation.create({ data: { slug, ...data } }), () => tx.organisation.update({ where: { slug }, data }));
        orgIds.set(o.key, row.id);
      }

      const peopleIds = new Map<string, string>();
      for (const p of seed.people) {
        const data = { name: p.name, email: p.email ?? null };
        const row = await sync(stats, await tx.person.findUnique({ where: { slug: p.key } }), data,
          () => tx.person.create({ data: { slug: p.key, ...data } }), () => tx.person.update({ where: { slug: p.key }, data }));
        peopleIds.set(p.key, row.id);
      }

      const boardIds = new Map<string, string>();
      for (const b of seed.boards) {
        const kind = await tx.boardKind.findUniqueOrThrow({ where: { key: b.kind } });
        const slug = boardSlug(areaSlug, b.key);
        const data = {
          name: b.name, acronym: b.acronym, kindId: kind.id, statutoryBasis: b.statutoryBasis,
          statutory: b.statutory, independentChair: b.independentChair, yearStartMonth: b.yearStartMonth, notes: b.notes ?? null,
        };
        const row = await sync(stats, await tx.board.findUnique({ where: { slug } }), data,
          () => tx.board.create({ data: { slug, ...data } }), () => tx.board.update({ where: { slug }, data }));
        boardIds.set(b.key, row.id);
        for (const [otherSlug, home] of [[areaSlug, true], ...b.alsoInAreas.map((s) => [s, false] as const)] as const) {
          const other = otherSlug === areaSlug ? area : await tx.area.findUniqueOrThrow({ where: { slug: otherSlug } });
          const link = { areaId: other.id, boardId: row.id };
          await sync(stats, await tx.boardArea.findUnique({ where: { areaId_boardId: link } }), { key: b.key, home },
            () => tx.boardArea.create({ data: { ...link, key: b.key, home } }),
            () => tx.boardArea.update({ where: { areaId_boardId: link }, data: { key: b.key, home } }));
        }
      }
      const board = (key: string) => boardIds.get(key)!;
      const person = (key: string) => peopleIds.get(key)!;

      const postIds = new Map<string, string>();
      for (const p of seed.posts) {
        const where = { areaId_key: { areaId: area.id, key: p.key } };
        const data = { title: p.title, organisationId: orgIds.get(p.organisation)!, boardId: p.board ? board(p.board) : null };
        const row = await sync(stats, await tx.post.findUnique({ where }), data,
          () => tx.post.create({ data: { areaId: area.id, key: p.key, ...data } }), () => tx.post.update({ where, data }));
        postIds.set(p.key, row.id);
      }
      const post = (key: string) => postIds.get(key)!;

      for (const h of seed.postHoldings) {
        const where = { postId_personId_startsOn: { postId: post(h.post), personId: person(h.person), startsOn: h.from } };
        const data = { endsOn: h.to ?? null };
        await sync(stats, await tx.postHolding.findUnique({ where }), data,
          () => tx.postHolding.create({ data: { ...where.postId_personId_startsOn, ...data } }), () => tx.postHolding.update({ where, data }));
      }

      for (const m of seed.memberships) {
        const key = { personId: person(m.person), boardId: board(m.board), capacity: m.capacity, startsOn: m.from };
        const where = { personId_boardId_capacity_startsOn: key };
        const data = { organisationId: orgIds.get(m.representing)!, endsOn: m.to ?? null, source: m.source ?? null };
        await sync(stats, await tx.membership.findUnique({ where }), data,
          () => tx.membership.create({ data: { ...key, ...data } }), () => tx.membership.update({ where, data }));
      }

      for (const m of seed.meetings) {
        const key = { boardId: board(m.board), date: m.date, startTime: m.startTime };
        const where = { boardId_date_startTime: key };
        const data = { title: m.title ?? null, location: m.location ?? null };
        await sync(stats, await tx.meeting.findUnique({ where }), data,
          () => tx.meeting.create({ data: { ...key, ...data } }), () => tx.meeting.update({ where, data }));
      }

      await importProtocol(tx, stats, seed, { board, person, post });

      if (stats.created + stats.updated + stats.retired > 0) {
        await appendAudit(tx, actor, {
          action: "seed.import-area",
          entityType: "Area",
          entityId: area.id,
          after: { area: areaSlug, ...stats },
        });
      }
      return stats;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function importProtocol(
  tx: DbTx,
  stats: ImportStats,
  seed: AreaSeed,
  ids: { board: (k: string) => string; person: (k: string) => string; post: (k: string) => string },
) {
  const p = seed.protocol;
  const where = { key_version: { key: p.key, version: p.version } };
  // Status and approval belong to the portal once a protocol exists (a new version supersedes it
  // through sign-off), so a re-seed sets them only when it creates the protocol.
  // The route is stored as JSON text (portable across both dialects); the same text each run, so unchanged.
  const data = { title: p.title, sourceDocument: p.sourceDocument, notes: p.notes ?? null, resolutionRoute: p.resolutionRoute ? JSON.stringify(p.resolutionRoute) : null };
  const protocol = await sync(stats, await tx.protocol.findUnique({ where }), data,
    () => tx.protocol.create({ data: { key: p.key, version: p.version, status: p.status, approvedOn: p.approvedOn, ...data } }), () => tx.protocol.update({ where, data }));

  for (const party of p.parties) {
    const key = { protocolId: protocol.id, boardId: ids.board(party.board) };
    const partyData = { signedByPersonId: party.signedBy ? ids.person(party.signedBy) : null, signedOn: party.signedOn ?? null };
    await sync(stats, await tx.protocolParty.findUnique({ where: { protocolId_boardId: key } }), partyData,
      () => tx.protocolParty.create({ data: { ...key, ...partyData } }), () => tx.protocolParty.update({ where: { protocolId_boardId: key }, data: partyData }));
  }

  const clauseIds = new Map<string, string>();
  for (const [position, c] of p.clauses.entries()) {
    const key = { protocolId: protocol.id, ref: c.ref };
    const clauseData = { heading: c.heading ?? null, text: c.text, position };
    const row = await sync(stats, await tx.clause.findUnique({ where: { protocolId_ref: key } }), clauseData,
      () => tx.clause.create({ data: { ...key, ...clauseData } }), () => tx.clause.update({ where: { protocolId_ref: key }, data: clauseData }));
    clauseIds.set(c.ref, row.id);
  }

  const partyRows = (from: PartyRef[], to: PartyRef[]) =>
    [...from.map((r, i) => ({ r, role: "from", position: i })), ...to.map((r, i) => ({ r, role: "to", position: i }))].map(({ r, role, position }) => ({
      role,
      position,
      boardId: "board" in r ? ids.board(r.board) : null,
      postId: "post" in r ? ids.post(r.post) : null,
    }));

  interface Row {
    key: string; clause: string; kind: string; summary: string; modality: string; notes?: string;
    cadence: Record<string, unknown> & { frequency: string }; parties: ReturnType<typeof partyRows>; documents: string[];
    comesAfter?: string; rule?: { subjectPostId: string | null; subjectBoardId: string | null; subjectCapacity: string | null; boardId: string; capacity: string | null };
  }
  const rows: Row[] = [
    ...p.obligations.map((o) => ({ ...o, cadence: o.cadence, parties: partyRows(o.from, o.to) })),
    ...p.membershipRules.map((r) => ({
      key: r.key, clause: r.clause, kind: "membership", summary: r.summary, modality: r.modality, notes: r.notes,
      cadence: { frequency: "standing" }, documents: [],
      parties: partyRows(["post" in r.subject ? { post: r.subject.post } : { board: r.subject.board }], [{ board: r.board }]),
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
    const c = o.cadence as { frequency: string; window?: { fromMonth: number; toMonth: number } | null; minPerYear?: number; trigger?: string; afterMeetingsOf?: string; daysAfter?: number; anchorDate?: string };
    const key = { protocolId: protocol.id, key: o.key };
    const obligationData = {
      clauseId: clauseIds.get(o.clause)!, kind: o.kind, summary: o.summary, modality: o.modality, notes: o.notes ?? null, position,
      frequency: c.frequency, windowFromMonth: c.window?.fromMonth ?? null, windowToMonth: c.window?.toMonth ?? null,
      minPerYear: c.minPerYear ?? null, triggerText: c.trigger ?? null,
      afterMeetingsOfId: c.afterMeetingsOf ? ids.board(c.afterMeetingsOf) : null, daysAfter: c.daysAfter ?? null,
      anchorDate: c.anchorDate ?? null, retiredAt: null,
    };
    const existing = await tx.obligation.findUnique({
      where: { protocolId_key: key },
      include: { parties: { orderBy: [{ role: "asc" }, { position: "asc" }] }, documents: { include: { documentType: true } }, membershipRule: true },
    });
    const row = await sync(stats, existing as unknown as Record<string, unknown> | null, obligationData,
      () => tx.obligation.create({ data: { ...key, ...obligationData } }) as Promise<Record<string, unknown>>,
      () => tx.obligation.update({ where: { protocolId_key: key }, data: obligationData }) as Promise<Record<string, unknown>>);
    const obligationId = row.id as string;
    obligationIds.set(o.key, obligationId);

    // Parties, documents and the membership rule are replaced together when any of them changed.
    const want = JSON.stringify(o.parties.slice().sort((a, b) => a.role.localeCompare(b.role) || a.position - b.position));
    const have = JSON.stringify((existing?.parties ?? []).map((x) => ({ role: x.role, position: x.position, boardId: x.boardId, postId: x.postId })));
    if (want !== have) {
      await tx.obligationParty.deleteMany({ where: { obligationId } });
      await tx.obligationParty.createMany({ data: o.parties.map((x) => ({ obligationId, ...x })) });
      if (existing) stats.updated++;
    }
    const wantDocs = [...o.documents].sort().join(",");
    const haveDocs = (existing?.documents ?? []).map((d) => d.documentType.key).sort().join(",");
    if (wantDocs !== haveDocs) {
      await tx.obligationDocument.deleteMany({ where: { obligationId } });
      for (const docKey of o.documents) {
        const type = await tx.documentType.findUniqueOrThrow({ where: { key: docKey } });
        await tx.obligationDocument.create({ data: { obligationId, documentTypeId: type.id } });
      }
      if (existing) stats.updated++;
    }
    if (o.rule) {
      await sync(stats, existing?.membershipRule ?? null, o.rule,
        () => tx.membershipRule.create({ data: { obligationId, ...o.rule! } }),
        () => tx.membershipRule.update({ where: { obligationId }, data: o.rule! }));
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
