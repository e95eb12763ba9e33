import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Permission } from "@/domain/permissions";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { AppError } from "@/server/core/errors";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { sessionCookieName, sessionCookieOptions } from "./cookies";
import { encodeSession, signOutUser, viewerFromToken } from "./session-token";

const sessionSettings = () => ({ secret: env().NEXTAUTH_SECRET, maxAgeHours: env().SESSION_MAX_AGE_HOURS });

/**
 * Reads the session cookie (a next-auth JWT) and loads the viewer; null when signed out. Memoised
 * per request (React's cache), so the layout and the page load the viewer once between them.
 */
export const currentViewer = cache(async function currentViewer(): Promise<Viewer | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  return viewerFromToken(db, token, sessionSettings());
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

/** Starts a session for the user, carrying their current sessionVersion and the time of sign-in. */
export async function startSession(user: { id: string; email: string; name: string }) {
  const token = await encodeSession(db, user, sessionSettings());
  if (!token) throw new AppError("UNAUTHENTICATED", "This account cannot sign in. Ask your administrator.");
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions());
}

/** Sign-out: every session of the user ends server-side (audited), then the cookie goes. */
export async function endSession() {
  const viewer = await currentViewer();
  if (viewer) await signOutUser(db, viewer.userId);
  (await cookies()).delete(sessionCookieName());
}
