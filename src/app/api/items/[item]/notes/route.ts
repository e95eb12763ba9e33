import { currentViewer } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { AppError } from "@/server/core/errors";
import { addItemNote } from "@/server/features/items/add-item-note";

/** Larger than any valid note (2,000 characters, up to 4 bytes each) with room for the JSON around it. */
const MAX_BODY_BYTES = 16_384;

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
const failure = (error: AppError) => json({ error: error.message, fieldErrors: error.fieldErrors }, error.httpStatus);

/**
 * A browser on another site may not post here with the user's cookie: when the request says where
 * it comes from (Origin, Sec-Fetch-Site), it must be this portal. Clients that send neither (curl,
 * the load benchmark) still need the session cookie.
 */
function crossSite(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== new URL(env().NEXTAUTH_URL).host;
  } catch {
    return true;
  }
}

/** POST { "text": "..." }: adds a note to the item's history for the signed-in user. 201 { id }. */
export async function POST(request: Request, { params }: { params: Promise<{ item: string }> }) {
  if (crossSite(request)) return failure(new AppError("FORBIDDEN", "Requests from other sites are refused"));
  const viewer = await currentViewer();
  if (!viewer) return failure(new AppError("UNAUTHENTICATED", "Sign in to add a note; nothing was saved"));
  const { item } = await params;
  const length = Number(request.headers.get("content-length") ?? "0");
  const text = length > MAX_BODY_BYTES ? null : await request.text();
  if (text === null || Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return failure(new AppError("VALIDATION", "Check the note", { text: ["Keep the note to 2,000 characters or fewer"] }));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure(new AppError("VALIDATION", "Send the note as JSON: { \"text\": \"...\" }", { text: ["Enter the note"] }));
  }
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  try {
    const entry = await addItemNote({ db, viewer }, { itemId: item, text: fields.text });
    return json({ id: entry.id }, 201);
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    console.error(error);
    return json({ error: "Something went wrong on our side. Nothing was saved; please try again.", fieldErrors: {} }, 500);
  }
}
