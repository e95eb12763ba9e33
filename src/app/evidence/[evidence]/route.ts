import { currentViewer } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { AppError } from "@/server/core/errors";
import { readEvidence } from "@/server/features/items/read-evidence";

/** An uploaded evidence file, only for users allowed to see the item it was logged against. */
export async function GET(_request: Request, { params }: { params: Promise<{ evidence: string }> }) {
  const { evidence } = await params;
  const viewer = await currentViewer();
  if (!viewer) return new Response("Sign in to download this file.\n", { status: 401 });
  try {
    const file = await readEvidence({ db, viewer }, evidence);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return new Response("Not found\n", { status: 404 });
    throw error;
  }
}
