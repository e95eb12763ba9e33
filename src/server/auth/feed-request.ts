import "server-only";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { buildFeed } from "@/server/features/feeds/build-feed";
import { viewerForFeedToken } from "@/server/features/feeds/feed-tokens";

const icsResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });

/** A feed URL: authorised by its secret token alone (calendar apps send no cookies). */
export async function feedResponse(request: Request, boards: { slug: string } | "mine") {
  const token = new URL(request.url).searchParams.get("token");
  const viewer = await viewerForFeedToken(db, token);
  // One answer for a bad token and for a board the token's user may not see.
  const denied = () =>
    new Response("Not found: the feed address is wrong, or its secret was renewed or revoked.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  if (!viewer) return denied();
  let boardIds: string[] | "mine" = "mine";
  if (boards !== "mine") {
    const board = await db.board.findUnique({ where: { slug: boards.slug }, select: { id: true } });
    if (!board) return denied();
    boardIds = [board.id];
  }
  const body = await buildFeed(db, viewer, boardIds, env().NEXTAUTH_URL.replace(/\/$/, ""));
  if (!body) return denied();
  return icsResponse(body, boards === "mine" ? "my-boards.ics" : `${boards.slug}.ics`);
}

export { icsResponse };
