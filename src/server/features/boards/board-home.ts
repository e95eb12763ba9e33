import type { DbTx } from "@/server/data/database";

/** Where a board's pages are: its home area and its key there (a board may belong to two areas). */
export async function boardHome(db: DbTx, boardId: string) {
  const link = await db.boardArea.findFirstOrThrow({ where: { boardId, home: true }, include: { area: true } });
  return { areaSlug: link.area.slug, key: link.key };
}
