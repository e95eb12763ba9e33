import { areaFileSchema, postId, type AreaFile, type AreaFileBoard, type AreaFileParty } from "@/lib/schemas/area-file";
import type { Viewer } from "@/server/authz/load-viewer";
import { actorOf, appendAudit, type Actor } from "@/server/core/audit";
import { AppError, forbidden } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import type { Db, DbTx } from "@/server/data/database";

/**
 * `cli area import`: creates or updates an area from its file (export-area.ts), matching every row on
 * its natural key, in one transaction. A second import of the same file changes nothing.
 *
 * What the file's area owns is brought in line with the file: the area, its home boards with their
 * meetings and memberships, its posts and their holders, and each protocol version one of its boards
 * is party to (duties missing from the file are retired, never deleted). What belongs to another area
 * (a shared board defined there, a neighbour's board or post) and the reference vocabularies are
 * created when missing and otherwise left as they are, so an old file of one area never undoes
 * another area's changes. Nothing is deleted.
 *
 * With `dryRun` the same work is done and rolled back: the result says what an import would change,
 * for a page to preview before the administrator confirms.
 */
export interface AreaImportChange {
  change: "create" | "update" | "retire";
  entity: string;
  key: string;
  /** For an update: the fields that differ. */
  fields?: string[];
}

export interface AreaImportResult {
  area: string;
  created: number;
  updated: number;
  unchanged: number;
  changes: AreaImportChange[];
  /** False for a dry run: nothing was written. */
  written: boolean;
}

/** Parses a file's content; every problem is reported with its path (`boards.2.kind`). */
export function parseAreaFile(raw: unknown): AreaFile {
  const parsed = areaFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join(".") || "file"] ??= []).push(issue.message);
  const lines = issues.slice(0, 20).map((i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`);
  if (issues.length > 20) lines.push(`  ... and ${issues.length - 20} more`);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  throw new AppError("VALIDATION", `The area file is not valid (${count}):\n${lines.join("\n")}`, fieldErrors);
}

class DryRun extends Error {
  constructor(readonly result: AreaImportResult) {
    super("dry run");
  }
}

export async function importAreaFile(
  ctx: { db: Db; viewer: Viewer | null },
  raw: unknown,
  options: { dryRun?: boolean } = {},
): Promise<AreaImportResult> {
  if (
    ctx.viewer &&
    !ctx.viewer.grants.some((g) => g.role === "administrator" && g.boardId === null && g.areaId === null)
  ) {
    throw forbidden("Only an administrator of the whole portal can import an area");
  }
  const file = parseAreaFile(raw);
  const actor: Actor = ctx.viewer ? actorOf(ctx.viewer) : { type: "system", label: "cli" };
  try {
    return await inTransaction(
      ctx.db,
      async (tx) => {
        const result = await importInto(tx, actor, file);
        if (options.dryRun) throw new DryRun({ ...result, written: false });
        return result;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

/** What an import would change, without writing anything. */
export const planAreaImport = (ctx: { db: Db; viewer: Viewer | null }, raw: unknown) =>
  importAreaFile(ctx, raw, { dryRun: true });

/** Counts and lists the changes as rows are matched. */
class Tally {
  created = 0;
  updated = 0;
  unchanged = 0;
  readonly changes: AreaImportChange[] = [];

  note(change: AreaImportChange["change"], entity: string, key: string, fields?: string[]) {
    if (change === "create") this.created++;
    else this.updated++;
    this.changes.push(fields ? { change, entity, key, fields } : { change, entity, key });
  }

  /**
   * Creates a missing row; updates an owned row whose fields (or `extra`, compared by the caller)
   * differ; leaves the rest. Null and undefined are the same.
   */
  async sync<R extends object>(
    what: { entity: string; key: string; own: boolean },
    existing: R | null,
    data: Record<string, unknown>,
    create: () => Promise<R>,
    update: () => Promise<unknown>,
    extra: string[] = [],
  ): Promise<R> {
    if (!existing) {
      this.note("create", what.entity, what.key);
      return create();
    }
    const row = existing as Record<string, unknown>;
    const fields = [...Object.keys(data).filter((k) => (row[k] ?? null) !== (data[k] ?? null)), ...extra];
    if (what.own && fields.length > 0) {
      this.note("update", what.entity, what.key, fields);
      await update();
    } else this.unchanged++;
    return existing;
  }
}

async function importInto(tx: DbTx, actor: Actor, file: AreaFile): Promise<AreaImportResult> {
  const t = new Tally();
  const own = file.area.slug;
  const now = new Date();

  // What the file's area owns (see the module comment); everything else is only created when missing.
  const homeOf = (b: AreaFileBoard) =>
    b.areas.find((a) => a.home)?.area ?? (b.areas.some((a) => a.area === own) ? own : b.areas[0]!.area);
  const ownBoards = new Set(file.boards.filter((b) => homeOf(b) === own).map((b) => b.slug));
  const ownPost = (ref: { area?: string }) => (ref.area ?? own) === own;
  const ownProtocol = (p: AreaFile["protocols"][number]) => p.parties.some((x) => ownBoards.has(x.board));
  const ownMemberships = file.memberships.filter((m) => ownBoards.has(m.board));
  const ownPeople = new Set([
    ...ownMemberships.map((m) => m.person),
    ...file.postHoldings.filter(ownPost).map((h) => h.person),
    ...file.protocols.filter(ownProtocol).flatMap((p) => p.parties.flatMap((x) => (x.signedBy ? [x.signedBy] : []))),
  ]);
  const ownOrganisations = new Set([
    ...ownMemberships.map((m) => m.representing),
    ...file.posts.filter(ownPost).map((p) => p.organisation),
  ]);

  // Vocabularies: created when missing, never renamed from a file.
  const vocabulary = async (
    entity: string,
    rows: { key: string; name: string }[],
    table: {
      findUnique: (a: { where: { key: string } }) => Promise<{ id: string } | null>;
      create: (a: { data: { key: string; name: string } }) => Promise<{ id: string }>;
    },
  ) => {
    const ids = new Map<string, string>();
    for (const r of rows) {
      const row = await t.sync(
        { entity, key: r.key, own: false },
        await table.findUnique({ where: { key: r.key } }),
        { name: r.name },
        () => table.create({ data: r }),
        async () => {},
      );
      ids.set(r.key, row.id);
    }
    return ids;
  };
  const boardKinds = await vocabulary("BoardKind", file.vocabularies.boardKinds, tx.boardKind);
  const organisationKinds = await vocabulary(
    "OrganisationKind",
    file.vocabularies.organisationKinds,
    tx.organisationKind,
  );
  const documentTypes = await vocabulary("DocumentType", file.vocabularies.documentTypes, tx.documentType);

  const areaIds = new Map<string, string>();
  for (const a of [file.area, ...file.otherAreas]) {
    const row = await t.sync(
      { entity: "Area", key: a.slug, own: a.slug === own },
      await tx.area.findUnique({ where: { slug: a.slug } }),
      { name: a.name },
      () => tx.area.create({ data: a }),
      () => tx.area.update({ where: { slug: a.slug }, data: { name: a.name } }),
    );
    areaIds.set(a.slug, row.id);
  }
  const areaId = areaIds.get(own)!;

  const organisationIds = new Map<string, string>();
  for (const o of file.organisations) {
    const data = { name: o.name, kindId: organisationKinds.get(o.kind)! };
    const row = await t.sync(
      { entity: "Organisation", key: o.slug, own: ownOrganisations.has(o.slug) },
      await tx.organisation.findUnique({ where: { slug: o.slug } }),
      data,
      () => tx.organisation.create({ data: { slug: o.slug, ...data } }),
      () => tx.organisation.update({ where: { slug: o.slug }, data }),
    );
    organisationIds.set(o.slug, row.id);
  }

  const personIds = new Map<string, string>();
  for (const p of file.people) {
    const data = { name: p.name, email: p.email ?? null };
    const row = await t.sync(
      { entity: "Person", key: p.slug, own: ownPeople.has(p.slug) },
      await tx.person.findUnique({ where: { slug: p.slug } }),
      data,
      () => tx.person.create({ data: { slug: p.slug, ...data } }),
      () => tx.person.update({ where: { slug: p.slug }, data }),
    );
    personIds.set(p.slug, row.id);
  }

  const boardIds = new Map<string, string>();
  for (const b of file.boards) {
    const data = {
      name: b.name,
      acronym: b.acronym,
      kindId: boardKinds.get(b.kind)!,
      statutoryBasis: b.statutoryBasis,
      statutory: b.statutory,
      independentChair: b.independentChair,
      yearStartMonth: b.yearStartMonth,
      notes: b.notes ?? null,
    };
    const row = await t.sync(
      { entity: "Board", key: b.slug, own: ownBoards.has(b.slug) },
      await tx.board.findUnique({ where: { slug: b.slug } }),
      data,
      () => tx.board.create({ data: { slug: b.slug, ...data } }),
      () => tx.board.update({ where: { slug: b.slug }, data }),
    );
    boardIds.set(b.slug, row.id);
  }
  for (const b of file.boards) {
    for (const a of b.areas) {
      const link = { areaId: areaIds.get(a.area)!, boardId: boardIds.get(b.slug)! };
      const existing = await tx.boardArea.findUnique({ where: { areaId_boardId: link } });
      const linkOwned = a.area === own || ownBoards.has(b.slug);
      if (
        (!existing || (linkOwned && existing.key !== a.key)) &&
        (await tx.boardArea.findUnique({ where: { areaId_key: { areaId: link.areaId, key: a.key } } }))
      ) {
        throw new AppError(
          "CONFLICT",
          `Another board already has the key ${a.key} in ${a.area}: ${b.slug} cannot take it`,
        );
      }
      await t.sync(
        { entity: "BoardArea", key: `${a.area}/${a.key}`, own: linkOwned },
        existing,
        { key: a.key, home: a.home },
        () => tx.boardArea.create({ data: { ...link, key: a.key, home: a.home } }),
        () => tx.boardArea.update({ where: { areaId_boardId: link }, data: { key: a.key, home: a.home } }),
      );
    }
  }
  const board = (slug: string) => boardIds.get(slug)!;
  const person = (slug: string) => personIds.get(slug)!;

  const postIds = new Map<string, string>();
  for (const p of file.posts) {
    const where = { areaId_key: { areaId: areaIds.get(p.area ?? own)!, key: p.key } };
    const data = {
      title: p.title,
      organisationId: organisationIds.get(p.organisation)!,
      boardId: p.board ? board(p.board) : null,
    };
    const id = postId(file, { post: p.key, area: p.area });
    const row = await t.sync(
      { entity: "Post", key: id, own: ownPost(p) },
      await tx.post.findUnique({ where }),
      data,
      () => tx.post.create({ data: { ...where.areaId_key, key: p.key, ...data } }),
      () => tx.post.update({ where, data }),
    );
    postIds.set(id, row.id);
  }
  const post = (ref: { post: string; area?: string }) => postIds.get(postId(file, ref))!;

  for (const h of file.postHoldings) {
    const key = { postId: post(h), personId: person(h.person), startsOn: h.from };
    const where = { postId_personId_startsOn: key };
    const data = { endsOn: h.to ?? null };
    await t.sync(
      { entity: "PostHolding", key: `${postId(file, h)} ${h.person} ${h.from}`, own: ownPost(h) },
      await tx.postHolding.findUnique({ where }),
      data,
      () => tx.postHolding.create({ data: { ...key, ...data } }),
      () => tx.postHolding.update({ where, data }),
    );
  }

  for (const m of file.memberships) {
    const key = { personId: person(m.person), boardId: board(m.board), capacity: m.capacity, startsOn: m.from };
    const where = { personId_boardId_capacity_startsOn: key };
    const data = {
      organisationId: organisationIds.get(m.representing)!,
      endsOn: m.to ?? null,
      source: m.source ?? null,
    };
    // A changed membership gets a new version, so a form opened before the import refuses to overwrite it.
    await t.sync(
      { entity: "Membership", key: `${m.board} ${m.person} ${m.capacity} ${m.from}`, own: ownBoards.has(m.board) },
      await tx.membership.findUnique({ where }),
      data,
      () => tx.membership.create({ data: { ...key, ...data } }),
      () => tx.membership.update({ where, data: { ...data, version: { increment: 1 } } }),
    );
  }

  for (const m of file.meetings) {
    const key = { boardId: board(m.board), date: m.date, startTime: m.startTime };
    const where = { boardId_date_startTime: key };
    const data = { title: m.title ?? null, location: m.location ?? null };
    await t.sync(
      { entity: "Meeting", key: `${m.board} ${m.date} ${m.startTime}`, own: ownBoards.has(m.board) },
      await tx.meeting.findUnique({ where }),
      data,
      () => tx.meeting.create({ data: { ...key, ...data } }),
      () => tx.meeting.update({ where, data }),
    );
  }

  await importProtocols(tx, t, file, { own: ownProtocol, board, person, post, documentTypes, now });

  if (t.created + t.updated > 0) {
    await appendAudit(tx, actor, {
      action: "area.import",
      entityType: "Area",
      entityId: areaId,
      after: { area: own, created: t.created, updated: t.updated, unchanged: t.unchanged },
    });
  }
  return {
    area: own,
    created: t.created,
    updated: t.updated,
    unchanged: t.unchanged,
    changes: t.changes,
    written: true,
  };
}

interface Resolve {
  own: (p: AreaFile["protocols"][number]) => boolean;
  board: (slug: string) => string;
  person: (slug: string) => string;
  post: (ref: { post: string; area?: string }) => string;
  documentTypes: Map<string, string>;
  now: Date;
}

async function importProtocols(tx: DbTx, t: Tally, file: AreaFile, ids: Resolve) {
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
        frequency: c.frequency,
        windowFromMonth: "window" in c && c.window ? c.window.fromMonth : null,
        windowToMonth: "window" in c && c.window ? c.window.toMonth : null,
        minPerYear: "minPerYear" in c ? c.minPerYear : null,
        triggerText: "trigger" in c ? (c.trigger ?? null) : null,
        afterMeetingsOfId: "afterMeetingsOf" in c ? ids.board(c.afterMeetingsOf) : null,
        daysAfter: "daysAfter" in c ? (c.daysAfter ?? null) : null,
        anchorDate: "anchorDate" in c ? c.anchorDate : null,
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
