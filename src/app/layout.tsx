import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";
import { currentViewer } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { countUnread } from "@/server/features/notifications/list-my-notifications";
import { signOutAction } from "./sign-in/actions";

export const metadata: Metadata = {
  title: { default: "Board governance portal", template: "%s – Board governance portal" },
  description: "Duties between statutory partnership boards, from their protocols.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  const unread = viewer ? await countUnread(db, viewer.userId) : 0;
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col bg-white font-sans">
        <a href="#main" className="no-print sr-only focus:not-sr-only focus:block focus:p-3">
          Skip to main content
        </a>
        <header className="no-print bg-brand-dark text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-2xl font-bold text-white underline-offset-4 hover:underline">
              Board governance portal
            </Link>
            {viewer && (
              <div className="flex items-center gap-4">
                <span>
                  <span className="sr-only">Signed in as </span>
                  {viewer.name}
                </span>
                <Link
                  href="/notifications"
                  aria-label={`Notifications, ${unread} unread`}
                  className="inline-flex min-h-11 items-center gap-2 text-white underline"
                >
                  Notifications
                  {unread > 0 && (
                    <span className="rounded-full bg-white px-2 font-bold text-brand-dark no-underline">{unread}</span>
                  )}
                </Link>
                <Link href="/account/feeds" className="inline-flex min-h-11 items-center text-white underline">
                  Calendar feeds
                </Link>
                <Link href="/account/notifications" className="inline-flex min-h-11 items-center text-white underline">
                  Notification settings
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="min-h-11 px-3 text-white underline">
                    Sign out
                  </button>
                </form>
              </div>
            )}
          </div>
        </header>
        <div className="mx-auto w-full max-w-6xl flex-1 px-4">{children}</div>
        <footer className="no-print mt-12 border-t-4 border-brand py-6 text-muted">
          <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4">
            <p>
              Dates are in UK time (Europe/London). Reporting years run 1 April to 31 March unless a board says
              otherwise.
            </p>
            <Link href="/accessibility" className="text-brand underline">
              Accessibility statement
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
