import { currentViewer } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { AppError } from "@/server/core/errors";
import { exportBoardCalendarCsv } from "@/server/features/calendar/export-calendar";

/** The board's items for a cycle (`?fy=2026`) as CSV, for anyone who may read the board. */
export async function GET(request: Request, { params }: { params: Promise<{ area: string; board: string }> }) {
  const { area, board } = await params;
  const viewer = await currentViewer();
  if (!viewer) return new Response("Sign in to download.\n", { status: 401 });
  const fy = new URL(request.url).searchParams.get("fy");
  try {
    const { csv, filename } = await exportBoardCalendarCsv(
      { db, viewer },
      { area, board: decodeURIComponent(board), fy: fy ?? undefined },
    );
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    // A board the viewer may not read is simply not found, as on the pages.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return new Response("Not found\n", { status: 404 });
    if (error instanceof AppError) return new Response(`${error.message}\n`, { status: error.httpStatus });
    throw error;
  }
}
