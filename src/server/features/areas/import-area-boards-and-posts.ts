import { postId, type AreaFile } from "@/lib/schemas/area-file";
import { AppError } from "@/server/core/errors";
import type { DbTx } from "@/server/data/database";
import { instantOnDay } from "./area-file-fields";
import type { Tally } from "./area-import-changes";
import type { AreaImportScope } from "./area-import-scope";

/** The boards with their links to areas, then the posts and their holders; returns id look-ups for what follows. */
export async function importAreaBoardsAndPosts(
  tx: DbTx,
  t: Tally,
  file: AreaFile,
  scope: AreaImportScope,
  ids: {
    boardKinds: Map<string, string>;
    areaIds: Map<string, string>;
    organisationIds: Map<string, string>;
    personIds: Map<string, string>;
  },
) {
  const { own, ownBoards, ownPost } = scope;
  const { boardKinds, areaIds, organisationIds, personIds } = ids;
  const boardIds = new Map<string, string>();
  for (const b of file.boards) {
    const existing = await tx.board.findUnique({ where: { slug: b.slug } });
    const data = {
      name: b.name,
      acronym: b.acronym,
      kindId: boardKinds.get(b.kind)!,
      statutoryBasis: b.statutoryBasis,
      statutory: b.statutory,
      independentChair: b.independentChair,
      yearStartMonth: b.yearStartMonth,
      notes: b.notes ?? null,
      contact: b.contact ?? null,
      archivedAt: instantOnDay(b.archivedOn, existing?.archivedAt),
    };
    const row = await t.sync(
      { entity: "Board", key: b.slug, own: ownBoards.has(b.slug) },
      existing,
      data,
      () => tx.board.create({ data: { slug: b.slug, ...data } }),
      // A new version, so that a form opened before the import refuses to overwrite it.
      () => tx.board.update({ where: { slug: b.slug }, data: { ...data, version: { increment: 1 } } }),
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
  return { board, person, post };
}
