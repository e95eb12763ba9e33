import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";
import { currentViewer } from "@/server/auth/session";
import { signOutAction } from "./sign-in/actions";

export const metadata: Metadata = {
  title: { default: "Board governance portal", template: "%s – Board governance portal" },
  description: "Duties between statutory partnership boards, from their protocols.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  return (
    <html lang="en-GB">
      <body className="min-h-screen flex flex-col bg-white font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:block focus:p-3 no-print">
          Skip to main content
        </a>
        <header className="bg-brand-dark text-white no-print">
          <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
            <Link href="/" className="text-2xl font-bold text-white underline-offset-4 hover:underline">
              Board governance portal
            </Link>
            {viewer && (
              <div className="flex items-center gap-4">
                <span>
                  <span className="sr-only">Signed in as </span>
                  {viewer.name}
                </span>
                <Link href="/account/feeds" className="min-h-11 inline-flex items-center underline text-white">
                  Calendar feeds
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="min-h-11 px-3 underline text-white">
                    Sign out
                  </button>
                </form>
              </div>
            )}
          </div>
        </header>
        <div className="flex-1 mx-auto w-full max-w-6xl px-4">{children}</div>
        <footer className="border-t-4 border-brand mt-12 py-6 text-muted no-print">
          <div className="mx-auto max-w-6xl px-4 flex flex-wrap justify-between gap-4">
            <p>Dates are in UK time (Europe/London). Reporting years run 1 April to 31 March unless a board says otherwise.</p>
            <Link href="/accessibility" className="underline text-brand">
              Accessibility statement
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
