import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode, encode } from "next-auth/jwt";
import type { Permission } from "@/domain/permissions";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { AppError } from "@/server/core/errors";
import { authorizeBoard, loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { sessionCookieName, sessionCookieOptions } from "./cookies";

/**
 * Reads the session cookie (a next-auth JWT) and loads the viewer; null when signed out. Memoised
 * per request (React's cache), so the layout and the page load the viewer once between them.
 */
export const currentViewer = cache(async function currentViewer(): Promise<Viewer | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: env().NEXTAUTH_SECRET });
    if (!claims?.sub) return null;
    // A token without iat (none we issue) counts as issued at the epoch: refused once sessions were ended.
    return await loadViewer(db, claims.sub, typeof claims.iat === "number" ? claims.iat : 0);
  } catch {
    return null;
  }
});

/** For pages: the viewer, or a redirect to the sign-in page. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** For server actions: the viewer, or an UNAUTHENTICATED error the action turns into a message. */
export async function requireActionUser(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again; nothing was changed.");
  return viewer;
}

/** The viewer and the board, if the viewer holds the permission on it; else NOT_FOUND or FORBIDDEN. */
export async function requirePermission(boardId: string, permission: Permission) {
  const viewer = await requireActionUser();
  const board = await authorizeBoard(db, viewer, boardId, permission);
  return { viewer, board };
}

export async function startSession(user: { id: string; email: string; name: string }) {
  const options = sessionCookieOptions();
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name },
    secret: env().NEXTAUTH_SECRET,
    maxAge: options.maxAge,
  });
  (await cookies()).set(sessionCookieName(), token, options);
}

export async function endSession() {
  (await cookies()).delete(sessionCookieName());
}
