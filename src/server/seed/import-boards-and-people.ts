import type { AreaSeed } from "@/lib/schemas/area-seed";
import type { DbTx } from "@/server/data/database";
import { sync, type ImportStats } from "./sync-row";

export const boardSlug = (areaSlug: string, key: string) => `${areaSlug}-${key.toLowerCase()}`;
export const organisationSlug = (areaSlug: string, key: string) => `${areaSlug}-${key}`;

/** The ids of what an area's file names by key, for the rows that refer to them (the protocol's parties). */
export interface SeedIds {
  board: (key: string) => string;
  person: (key: string) => string;
  post: (key: string) => string;
}

/**
 * An area's organisations, people, boards (with their key in each area they belong to), posts,
 * post holders, memberships and meetings. Areas named in `alsoInAreas` must exist already.
 */
export async function importBoardsAndPeople(
  tx: DbTx,
  stats: ImportStats,
  seed: AreaSeed,
  area: { id: string },
): Promise<SeedIds> {
  const areaSlug = seed.area.slug;
  const orgIds = new Map<string, string>();
  for (const o of seed.organisations) {
    const kind = await tx.organisationKind.findUniqueOrThrow({ where: { key: o.kind } });
    const slug = organisationSlug(areaSlug, o.key);
    const data = { name: o.name, kindId: kind.id };
    const row = await sync(
      stats,
      await tx.organisation.findUnique({ where: { slug } }),
      data,
      () => tx.organisation.create({ data: { slug, ...data } }),
      () => tx.organisation.update({ where: { slug }, data }),
    );
    orgIds.set(o.key, row.id);
  }

  const peopleIds = new Map<string, string>();
  for (const p of seed.people) {
    const data = { name: p.name, email: p.email ?? null };
    const row = await sync(
      stats,
      await tx.person.findUnique({ where: { slug: p.key } }),
      data,
      () => tx.person.create({ data: { slug: p.key, ...data } }),
      () => tx.person.update({ where: { slug: p.key }, data }),
    );
    peopleIds.set(p.key, row.id);
  }

  const boardIds = new Map<string, string>();
  for (const b of seed.boards) {
    const kind = await tx.boardKind.findUniqueOrThrow({ where: { key: b.kind } });
    const slug = boardSlug(areaSlug, b.key);
    const data = {
      name: b.name,
      acronym: b.acronym,
      kindId: kind.id,
      statutoryBasis: b.statutoryBasis,
      statutory: b.statutory,
      independentChair: b.independentChair,
      yearStartMonth: b.yearStartMonth,
      notes: b.notes ?? null,
    };
    const row = await sync(
      stats,
      await tx.board.findUnique({ where: { slug } }),
      data,
      () => tx.board.create({ data: { slug, ...data } }),
      () => tx.board.update({ where: { slug }, data }),
    );
    boardIds.set(b.key, row.id);
    for (const [otherSlug, home] of [[areaSlug, true], ...b.alsoInAreas.map((s) => [s, false] as const)] as const) {
      const other = otherSlug === areaSlug ? area : await tx.area.findUniqueOrThrow({ where: { slug: otherSlug } });
      const link = { areaId: other.id, boardId: row.id };
      await sync(
        stats,
        await tx.boardArea.findUnique({ where: { areaId_boardId: link } }),
        { key: b.key, home },
        () => tx.boardArea.create({ data: { ...link, key: b.key, home } }),
        () => tx.boardArea.update({ where: { areaId_boardId: link }, data: { key: b.key, home } }),
      );
    }
  }
  const board = (key: string) => boardIds.get(key)!;
  const person = (key: string) => peopleIds.get(key)!;

  const postIds = new Map<string, string>();
  for (const p of seed.posts) {
    const where = { areaId_key: { areaId: area.id, key: p.key } };
    const data = {
      title: p.title,
      organisationId: orgIds.get(p.organisation)!,
      boardId: p.board ? board(p.board) : null,
    };
    const row = await sync(
      stats,
      await tx.post.findUnique({ where }),
      data,
      () => tx.post.create({ data: { areaId: area.id, key: p.key, ...data } }),
      () => tx.post.update({ where, data }),
    );
    postIds.set(p.key, row.id);
  }
  const post = (key: string) => postIds.get(key)!;

  for (const h of seed.postHoldings) {
    const where = { postId_personId_startsOn: { postId: post(h.post), personId: person(h.person), startsOn: h.from } };
    const data = { endsOn: h.to ?? null };
    await sync(
      stats,
      await tx.postHolding.findUnique({ where }),
      data,
      () => tx.postHolding.create({ data: { ...where.postId_personId_startsOn, ...data } }),
      () => tx.postHolding.update({ where, data }),
    );
  }

  for (const m of seed.memberships) {
    const key = { personId: person(m.person), boardId: board(m.board), capacity: m.capacity, startsOn: m.from };
    const where = { personId_boardId_capacity_startsOn: key };
    const data = { organisationId: orgIds.get(m.representing)!, endsOn: m.to ?? null, source: m.source ?? null };
    await sync(
      stats,
      await tx.membership.findUnique({ where }),
      data,
      () => tx.membership.create({ data: { ...key, ...data } }),
      () => tx.membership.update({ where, data }),
    );
  }

  for (const m of seed.meetings) {
    const key = { boardId: board(m.board), date: m.date, startTime: m.startTime };
    const where = { boardId_date_startTime: key };
    const data = { title: m.title ?? null, location: m.location ?? null };
    await sync(
      stats,
      await tx.meeting.findUnique({ where }),
      data,
      () => tx.meeting.create({ data: { ...key, ...data } }),
      () => tx.meeting.update({ where, data }),
    );
  }
  return { board, person, post };
}
