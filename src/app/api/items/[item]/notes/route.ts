import { addItemNoteSchema } from "@/lib/schemas/item-note";
import { currentViewer } from "@/server/auth/session";
import { authorizeItem } from "@/server/authz/authorize-item";
import { performAction } from "@/server/core/action";
import { env } from "@/server/core/env";
import { AppError, ERROR_CODES } from "@/server/core/errors";
import { addItemNote } from "@/server/features/items/add-item-note";

/** Larger than any valid note (2,000 characters, up to 4 bytes each) with room for the JSON around it. */
const MAX_BODY_BYTES = 16_384;

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
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

/**
 * POST { "text": "..." }: adds a note to the item's history for the signed-in user. 201 { id }.
 * The session and the body are checked here (HTTP answers); then the steps every action takes
 * (src/server/core/action.ts): zod, item:log on the item's boards, the use case.
 */
export async function POST(request: Request, { params }: { params: Promise<{ item: string }> }) {
  if (crossSite(request)) return failure(new AppError("FORBIDDEN", "Requests from other sites are refused"));
  const viewer = await currentViewer();
  if (!viewer) return failure(new AppError("UNAUTHENTICATED", "Sign in to add a note; nothing was saved"));
  const { item } = await params;
  const length = Number(request.headers.get("content-length") ?? "0");
  const text = length > MAX_BODY_BYTES ? null : await request.text();
  if (text === null || Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return failure(
      new AppError("VALIDATION", "Check the note", { text: ["Keep the note to 2,000 characters or fewer"] }),
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure(
      new AppError("VALIDATION", 'Send the note as JSON: { "text": "..." }', { text: ["Enter the note"] }),
    );
  }
  const fields =
    typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const outcome = await performAction(
    {
      read: (itemId: string, text: unknown) => ({ itemId, text }),
      schema: addItemNoteSchema,
      invalid: "Check the note",
      authorize: (ctx, input) => authorizeItem(ctx.db, ctx.viewer, input.itemId, "item:log"),
      run: (ctx, raw) => addItemNote(ctx, raw),
      done: (entry) => ({ data: { id: entry.id } }),
    },
    viewer,
    [item, fields.text],
  );
  if (outcome.ok) return json({ id: "data" in outcome.answer ? outcome.answer.data?.id : undefined }, 201);
  // An unexpected error was logged by performAction; the client gets no detail.
  if (!outcome.code)
    return json(
      { error: "Something went wrong on our side. Nothing was saved; please try again.", fieldErrors: {} },
      500,
    );
  return json({ error: outcome.formError, fieldErrors: outcome.fieldErrors }, ERROR_CODES[outcome.code]);
}
