import { currentViewer } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { AppError } from "@/server/core/errors";
import { membershipMatrix } from "@/server/features/membership/membership-matrix";
import { toCsv } from "@/lib/csv";

/** The matrix as CSV: every membership in the area, past terms too. Same scoping as the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ area: string }> }) {
  const { area } = await params;
  const viewer = await currentViewer();
  if (!viewer) return new Response("Sign in to download.\n", { status: 401 });
  try {
    const m = await membershipMatrix({ db, viewer }, area, {});
    return new Response(toCsv(m.all), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="membership-${m.area.slug}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("Not found\n", { status: 404 });
    throw error;
  }
}
