import { cadenceColumns } from "@/server/features/protocols/cadence-from-row";
import type { AreaFile, AreaFileParty } from "@/lib/schemas/area-file";
import type { DbTx } from "@/server/data/database";
import type { Tally } from "./area-import-changes";

interface Resolve {
  own: (p: AreaFile["protocols"][number]) => boolean;
  board: (slug: string) => string;
  person: (slug: string) => string;
  post: (ref: { post: string; area?: string }) => string;
  documentTypes: Map<string, string>;
  now: Date;
}

/** Each protocol version with its parties, clauses and obligations; duties missing from an owned version are retired. */
export async function importAreaProtocols(tx: DbTx, t: Tally, file: AreaFile, ids: Resolve) {
  const protocolIds = new Map<string, string>();
  const chain: { id: string; previous: string | null; own: boolean }[] = [];
  for (const p of file.protocols) {
    const own = ids.own(p);
    const name = `${p.key} ${p.version}`;
    const where = { key_version: { key: p.key, version: p.version } };
    const existing = await tx.protocol.findUnique({ where });
    const previous = existing?.previousVersionId
      ? await tx.protocol.findUnique({
          where: { id: existing.previousVersionId },
          select: { key: true, version: true },
        })
      : null;
    const data = {
      title: p.title,
      status: p.status,
      approvedOn: p.approvedOn,
      sourceDocument: p.sourceDocument,
      notes: p.notes ?? null,
      // Stored as JSON text, portable across both dialects (as the seed stores it).
      resolutionRoute: p.resolutionRoute ? JSON.stringify(p.resolutionRoute) : null,
    };
    const previousNow = previous?.key === p.key ? previous.version : null;
    const protocol = await t.sync(
      { entity: "Protocol", key: name, own },
      existing,
      data,
      () => tx.protocol.create({ data: { key: p.key, version: p.version, ...data } }),
      () => tx.protocol.update({ where, data }),
      existing && previousNow !== (p.previousVersion ?? null) ? ["previousVersion"] : [],
    );
    protocolIds.set(name, protocol.id);
    chain.push({
      id: protocol.id,
      previous: p.previousVersion ? `${p.key} ${p.previousVersion}` : null,
      own: own || !existing,
    });
    const writable = own || !existing;

    for (const party of p.parties) {
      const key = { protocolId: protocol.id, boardId: ids.board(party.board) };
      const data = {
        signedByPersonId: party.signedBy ? ids.person(party.signedBy) : null,
        signedOn: party.signedOn ?? null,
      };
      await t.sync(
        { entity: "ProtocolParty", key: `${name} ${party.board}`, own: writable },
        await tx.protocolParty.findUnique({ where: { protocolId_boardId: key } }),
        data,
        () => tx.protocolParty.create({ data: { ...key, ...data } }),
        () => tx.protocolParty.update({ where: { protocolId_boardId: key }, data }),
      );
    }

    const clauseIds = new Map<string, string>();
    for (const [position, c] of p.clauses.entries()) {
      const key = { protocolId: protocol.id, ref: c.ref };
      const data = { heading: c.heading ?? null, text: c.text, position };
      const row = await t.sync(
        { entity: "Clause", key: `${name} ${c.ref}`, own: writable },
        await tx.clause.findUnique({ where: { protocolId_ref: key } }),
        data,
        () => tx.clause.create({ data: { ...key, ...data } }),
        () => tx.clause.update({ where: { protocolId_ref: key }, data }),
      );
      clauseIds.set(c.ref, row.id);
    }

    const obligationIds = new Map<string, string>();
    const comesAfter: { id: string; after: string | null }[] = [];
    for (const [position, o] of p.obligations.entries()) {
      const key = { protocolId: protocol.id, key: o.key };
      const existing = await tx.obligation.findUnique({ where: { protocolId_key: key } });
      const obligationId = existing?.id ?? "";
      // One query at a time: an `include` here makes Prisma overlap queries on the PostgreSQL transaction's one connection.
      const before = existing && {
        parties: await tx.obligationParty.findMany({
          where: { obligationId },
          orderBy: [{ role: "asc" }, { position: "asc" }],
        }),
        documents: await tx.obligationDocument.findMany({ where: { obligationId } }),
        membershipRule: await tx.membershipRule.findUnique({ where: { obligationId } }),
        comesAfter: existing.comesAfterId
          ? await tx.obligation.findUnique({ where: { id: existing.comesAfterId }, select: { key: true } })
          : null,
      };
      const c = o.cadence;
      const data = {
        clauseId: clauseIds.get(o.clause)!,
        kind: o.kind,
        summary: o.summary,
        modality: o.modality,
        notes: o.notes ?? null,
        position,
        ...cadenceColumns(c, ids.board),
      };
      const partyRow = (role: "from" | "to") => (r: AreaFileParty, i: number) => ({
        role,
        position: i,
        boardId: "board" in r ? ids.board(r.board) : null,
        postId: "post" in r ? ids.post(r) : null,
      });
      const parties = [...o.from.map(partyRow("from")), ...o.to.map(partyRow("to"))];
      const documents = o.documents.map((d) => ids.documentTypes.get(d)!).sort();
      const rule = o.membershipRule
        ? {
            subjectPostId: "post" in o.membershipRule.subject ? ids.post(o.membershipRule.subject) : null,
            subjectBoardId: "board" in o.membershipRule.subject ? ids.board(o.membershipRule.subject.board) : null,
            subjectCapacity: "capacity" in o.membershipRule.subject ? o.membershipRule.subject.capacity : null,
            boardId: ids.board(o.membershipRule.board),
            capacity: o.membershipRule.capacity ?? null,
          }
        : null;
      const retired = o.retired === true;

      const extra: string[] = [];
      if (existing && before) {
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        if (
          !same(
            before.parties.map((x) => ({ role: x.role, position: x.position, boardId: x.boardId, postId: x.postId })),
            parties,
          )
        )
          extra.push("parties");
        if (!same(before.documents.map((d) => d.documentTypeId).sort(), documents)) extra.push("documents");
        const had = before.membershipRule;
        const hadRule = had
          ? {
              subjectPostId: had.subjectPostId,
              subjectBoardId: had.subjectBoardId,
              subjectCapacity: had.subjectCapacity,
              boardId: had.boardId,
              capacity: had.capacity,
            }
          : null;
        if (!same(hadRule, rule)) extra.push("membershipRule");
        if ((before.comesAfter?.key ?? null) !== (o.comesAfter ?? null)) extra.push("comesAfter");
        if ((existing.retiredAt !== null) !== retired) extra.push("retired");
      }
      const write = async (obligationId: string, replace: boolean) => {
        if (replace) {
          await tx.obligationParty.deleteMany({ where: { obligationId } });
          await tx.obligationDocument.deleteMany({ where: { obligationId } });
          await tx.membershipRule.deleteMany({ where: { obligationId } });
        }
        await tx.obligationParty.createMany({ data: parties.map((x) => ({ obligationId, ...x })) });
        await tx.obligationDocument.createMany({
          data: documents.map((documentTypeId) => ({ obligationId, documentTypeId })),
        });
        if (rule) await tx.membershipRule.create({ data: { obligationId, ...rule } });
      };
      const row = await t.sync(
        { entity: "Obligation", key: `${name} ${o.key}`, own: writable },
        existing,
        data,
        async () => {
          const created = await tx.obligation.create({
            data: { ...key, ...data, retiredAt: retired ? ids.now : null },
          });
          await write(created.id, false);
          return created;
        },
        async () => {
          const retiredAt = retired ? (existing!.retiredAt ?? ids.now) : null;
          await tx.obligation.update({ where: { protocolId_key: key }, data: { ...data, retiredAt } });
          if (extra.some((f) => f === "parties" || f === "documents" || f === "membershipRule"))
            await write(existing!.id, true);
        },
        extra,
      );
      obligationIds.set(o.key, row.id);
      if (writable) comesAfter.push({ id: row.id, after: o.comesAfter ?? null });
    }
    for (const { id, after } of comesAfter) {
      const comesAfterId = after ? obligationIds.get(after)! : null;
      const current = await tx.obligation.findUniqueOrThrow({ where: { id }, select: { comesAfterId: true } });
      if (current.comesAfterId !== comesAfterId) await tx.obligation.update({ where: { id }, data: { comesAfterId } });
    }
    if (own && existing) {
      const stale = await tx.obligation.findMany({
        where: { protocolId: protocol.id, retiredAt: null, key: { notIn: p.obligations.map((o) => o.key) } },
        select: { id: true, key: true },
      });
      for (const s of stale) {
        await tx.obligation.update({ where: { id: s.id }, data: { retiredAt: ids.now } });
        t.note("retire", "Obligation", `${name} ${s.key}`);
      }
    }
  }
  // The version chain last, once every version exists.
  for (const { id, previous, own } of chain) {
    if (!own) continue;
    const previousVersionId = previous ? (protocolIds.get(previous) ?? null) : null;
    const current = await tx.protocol.findUniqueOrThrow({ where: { id }, select: { previousVersionId: true } });
    if (current.previousVersionId !== previousVersionId)
      await tx.protocol.update({ where: { id }, data: { previousVersionId } });
  }
}
