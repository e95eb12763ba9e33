import type { Nation } from "@/domain/working-days";
import {
  AREA_FILE_FORMAT,
  AREA_FILE_VERSION,
  areaFileSchema,
  type AreaFile,
  type AreaFileParty,
} from "@/lib/schemas/area-file";
import { administersArea } from "@/server/authz/authorize-post";
import type { Viewer } from "@/server/authz/load-viewer";
import { AppError, forbidden } from "@/server/core/errors";
import type { DbTx } from "@/server/data/database";
import { londonToday } from "@/lib/dates";
import { compare, optional } from "./area-file-fields";
import { loadAreaProtocols, reachOfProtocols, writeAreaProtocols } from "./export-area-protocols";

export { serializeAreaFile } from "./serialize-area-file";

/**
 * `cli area export`: the area as one file (src/lib/schemas/area-file.ts). Self-contained, so that it
 * imports into an empty database: besides the area's own boards, posts and memberships it carries
 * every version of each protocol its boards are party to, and whatever those reach in other areas
 * (a shared board's home, a neighbour's board or post, their meetings). Everything is sorted by
 * natural key, so exporting the same data twice gives the same bytes. Demo users and history
 * (users, roles, calendar items, log entries) are not part of it.
 */
/** An area's nation as the file carries it: left out when it is the default, England and Wales. */
const nationOf = (a: { nation: string }) =>
  a.nation === "england-and-wales" ? {} : { nation: a.nation as Exclude<Nation, "england-and-wales"> };

export async function exportArea(ctx: { db: DbTx; viewer: Viewer | null }, areaSlug: string): Promise<AreaFile> {
  const { db } = ctx;
  const area = await db.area.findUnique({ where: { slug: areaSlug } });
  if (!area || (ctx.viewer && !ctx.viewer.areaIds.includes(area.id))) {
    const all = await db.area.findMany({
      where: ctx.viewer ? { id: { in: ctx.viewer.areaIds } } : {},
      orderBy: { name: "asc" },
    });
    throw new AppError("NOT_FOUND", `Unknown area "${areaSlug}". Valid areas: ${all.map((a) => a.slug).join(", ")}`);
  }
  if (ctx.viewer && !administersArea(ctx.viewer, area.id))
    throw forbidden("Only an administrator of the area can export it");

  const inArea = await db.boardArea.findMany({ where: { areaId: area.id }, select: { boardId: true } });
  const areaBoardIds = inArea.map((l) => l.boardId);
  const protocols = await loadAreaProtocols(db, areaBoardIds);

  // Boards and posts the protocols reach, wherever they live.
  const { boardIds, postIds } = reachOfProtocols(protocols, areaBoardIds);
  const posts = await db.post.findMany({
    where: { OR: [{ areaId: area.id }, { id: { in: [...postIds] } }] },
    include: {
      area: { select: { slug: true } },
      organisation: { select: { id: true, slug: true } },
      board: { select: { slug: true } },
    },
  });
  for (const p of posts) if (p.boardId) boardIds.add(p.boardId);

  const [boards, memberships, meetings, holdings] = await Promise.all([
    db.board.findMany({
      where: { id: { in: [...boardIds] } },
      include: { kind: true, areas: { include: { area: true } } },
    }),
    db.membership.findMany({
      where: { boardId: { in: areaBoardIds } },
      include: {
        person: { select: { slug: true } },
        board: { select: { slug: true } },
        organisation: { select: { slug: true } },
      },
    }),
    db.meeting.findMany({ where: { boardId: { in: [...boardIds] } }, include: { board: { select: { slug: true } } } }),
    db.postHolding.findMany({
      where: { postId: { in: posts.map((p) => p.id) } },
      include: { person: { select: { slug: true } } },
    }),
  ]);

  const personIds = new Set([
    ...memberships.map((m) => m.personId),
    ...holdings.map((h) => h.personId),
    ...protocols.flatMap((p) => p.parties.flatMap((x) => (x.signedBy ? [x.signedBy.id] : []))),
  ]);
  const organisationIds = new Set([...posts.map((p) => p.organisationId), ...memberships.map((m) => m.organisationId)]);
  const documentTypeIds = new Set(
    protocols.flatMap((p) => p.obligations.flatMap((o) => o.documents.map((d) => d.documentTypeId))),
  );
  const [people, organisations, documentTypes] = await Promise.all([
    db.person.findMany({ where: { id: { in: [...personIds] } } }),
    db.organisation.findMany({ where: { id: { in: [...organisationIds] } }, include: { kind: true } }),
    db.documentType.findMany({ where: { id: { in: [...documentTypeIds] } } }),
  ]);

  const boardSlugs = new Map(boards.map((b) => [b.id, b.slug]));
  const postRefs = new Map(
    posts.map((p) => [p.id, { post: p.key, ...(p.area.slug === area.slug ? {} : { area: p.area.slug }) }]),
  );
  const board = (id: string) => boardSlugs.get(id)!;
  const party = (p: { boardId: string | null; postId: string | null }): AreaFileParty =>
    p.boardId ? { board: board(p.boardId) } : postRefs.get(p.postId!)!;
  const postSortKey = (ref: { post: string; area?: string }) => `${ref.area ?? area.slug}/${ref.post}`;
  const otherAreas = new Map<string, { slug: string; name: string; nation: string }>();
  for (const b of boards) for (const a of b.areas) if (a.areaId !== area.id) otherAreas.set(a.area.slug, a.area);
  const postAreas = await db.area.findMany({
    where: { id: { in: posts.map((p) => p.areaId).filter((id) => id !== area.id) } },
  });
  for (const a of postAreas) otherAreas.set(a.slug, a);

  const vocabulary = (rows: { key: string; name: string }[]) =>
    uniqueBy(
      rows.map(({ key, name }) => ({ key, name })),
      (r) => r.key,
    ).sort((a, b) => compare(a.key, b.key));

  // Capacities beyond the built-in six travel with the file (only when used, by a membership or a membership
  // rule, so older files read the same).
  const usedCapacities = [
    ...memberships.map((m) => m.capacity),
    ...protocols.flatMap((p) =>
      p.obligations.flatMap((o) => [o.membershipRule?.subjectCapacity, o.membershipRule?.capacity]),
    ),
  ].filter((k): k is string => typeof k === "string");
  const customCapacities = await db.capacity.findMany({
    where: { key: { in: [...new Set(usedCapacities)] }, builtIn: false },
  });

  const seriesLabels = labelSeries(meetings);

  const file: AreaFile = {
    format: AREA_FILE_FORMAT,
    version: AREA_FILE_VERSION,
    area: { slug: area.slug, name: area.name, ...nationOf(area) },
    otherAreas: [...otherAreas.values()]
      .map((a) => ({ slug: a.slug, name: a.name, ...nationOf(a) }))
      .sort((a, b) => compare(a.slug, b.slug)),
    vocabularies: {
      boardKinds: vocabulary(boards.map((b) => b.kind)),
      organisationKinds: vocabulary(organisations.map((o) => o.kind)),
      documentTypes: vocabulary(documentTypes),
      ...(customCapacities.length > 0 ? { capacities: vocabulary(customCapacities) } : {}),
    },
    organisations: organisations
      .map((o) => ({ slug: o.slug, name: o.name, kind: o.kind.key }))
      .sort((a, b) => compare(a.slug, b.slug)),
    people: people
      .map((p) => ({ slug: p.slug, name: p.name, ...optional("email", p.email) }))
      .sort((a, b) => compare(a.slug, b.slug)),
    boards: boards
      .map((b) => ({
        slug: b.slug,
        name: b.name,
        acronym: b.acronym,
        kind: b.kind.key,
        statutoryBasis: b.statutoryBasis,
        statutory: b.statutory,
        independentChair: b.independentChair,
        yearStartMonth: b.yearStartMonth,
        ...optional("notes", b.notes),
        ...optional("contact", b.contact),
        ...optional("archivedOn", b.archivedAt && londonToday(b.archivedAt)),
        areas: b.areas
          .map((a) => ({ area: a.area.slug, key: a.key, home: a.home }))
          .sort((x, y) => Number(y.home) - Number(x.home) || compare(x.area, y.area)),
      }))
      .sort((a, b) => compare(a.slug, b.slug)),
    posts: posts
      .map((p) => ({
        ...(p.area.slug === area.slug ? {} : { area: p.area.slug }),
        key: p.key,
        title: p.title,
        organisation: p.organisation.slug,
        ...optional("board", p.board?.slug),
      }))
      .sort((a, b) => compare(postSortKey({ post: a.key, area: a.area }), postSortKey({ post: b.key, area: b.area }))),
    postHoldings: holdings
      .map((h) => ({
        ...postRefs.get(h.postId)!,
        person: h.person.slug,
        from: h.startsOn,
        ...optional("to", h.endsOn),
      }))
      .sort(
        (a, b) => compare(postSortKey(a), postSortKey(b)) || compare(a.from, b.from) || compare(a.person, b.person),
      ),
    memberships: memberships
      .map((m) => ({
        person: m.person.slug,
        board: m.board.slug,
        capacity: m.capacity,
        representing: m.organisation.slug,
        from: m.startsOn,
        ...optional("to", m.endsOn),
        ...optional("source", m.source),
      }))
      .sort(
        (a, b) =>
          compare(a.board, b.board) ||
          compare(a.person, b.person) ||
          compare(a.capacity, b.capacity) ||
          compare(a.from, b.from),
      ),
    meetings: meetings
      .map((m) => ({
        board: m.board.slug,
        date: m.date,
        startTime: m.startTime,
        ...optional("title", m.title),
        ...optional("location", m.location),
        ...optional("series", m.seriesId && seriesLabels.get(m.seriesId)),
        ...optional("cancelledOn", m.cancelledAt && londonToday(m.cancelledAt)),
        ...optional("cancelReason", m.cancelledAt && m.cancelReason),
      }))
      .sort((a, b) => compare(a.board, b.board) || compare(a.date, b.date) || compare(a.startTime, b.startTime)),
    protocols: writeAreaProtocols(protocols, { board, party, postRefs }),
  };
  // What is written must read back: a row the schema refuses is a bug, loudly, before anyone relies on the file.
  const checked = areaFileSchema.safeParse(file);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`The export of ${area.slug} does not satisfy the area file schema:\n${issues.join("\n")}`);
  }
  return file;
}

/**
 * A series is named in the file by its first meeting's date and start time ("2026-09-08T16:15"), not
 * by its id: the series id is the id of the meeting that started it (add-meeting-series.ts), or, if
 * that row is gone, the earliest meeting left in it, which the import then makes the head.
 */
function labelSeries(meetings: { id: string; date: string; startTime: string; seriesId: string | null }[]) {
  const labels = new Map<string, string>();
  const at = (m: { date: string; startTime: string }) => `${m.date}T${m.startTime}`;
  for (const m of [...meetings].sort((a, b) => compare(at(a), at(b)))) {
    if (m.seriesId && (m.id === m.seriesId || !labels.has(m.seriesId))) labels.set(m.seriesId, at(m));
  }
  return labels;
}

function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}
