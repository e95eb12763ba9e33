import { currentViewer } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { AppError } from "@/server/core/errors";
import { readProtocolSource } from "@/server/features/protocol-import/read-protocol-source";

/** RFC 5987: percent-encode everything but attr-char (encodeURIComponent leaves ' ( ) * ! too). */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The document a protocol was read from, for those who may read the protocol; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ area: string; protocol: string }> }) {
  const { area, protocol } = await params;
  const viewer = await currentViewer();
  if (!viewer) return new Response("Sign in to download this file.\n", { status: 401 });
  try {
    const file = await readProtocolSource({ db, viewer }, area, protocol);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${rfc5987(file.fileName)}`,
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
