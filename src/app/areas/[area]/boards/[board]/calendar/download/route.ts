import { currentViewer } from "@/server/auth/session";
import { icsResponse } from "@/server/auth/feed-request";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { buildFeed } from "@/server/features/feeds/build-feed";

/** The download button: the board's feed for the signed-in user, authorised by the session. */
export async function GET(_request: Request, { params }: { params: Promise<{ area: string; board: string }> }) {
  const { area, board } = await params;
  const viewer = await currentViewer();
  if (!viewer) return new Response("Sign in to download the calendar.\n", { status: 401 });
  const link = await db.boardArea.findFirst({
    where: { key: decodeURIComponent(board), area: { slug: area } },
    include: { board: true },
  });
  const body = link ? await buildFeed(db, viewer, [link.boardId], env().NEXTAUTH_URL.replace(/\/$/, "")) : null;
  if (!link || !body) return new Response("Not found\n", { status: 404 });
  return icsResponse(body, `${link.board.slug}.ics`);
}
