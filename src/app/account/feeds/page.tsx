import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { env } from "@/server/core/env";
import { formatCivilDate, londonToday } from "@/lib/dates";
import { feedTokenStatus } from "@/server/features/feeds/feed-tokens";
import { listMyBoards } from "@/server/features/boards/list-my-boards";
import { FeedTokenForm } from "./feed-token-form";

export const metadata: Metadata = { title: "Calendar subscriptions" };

export default async function FeedsPage() {
  const viewer = await requireUser();
  const boards = await listMyBoards(db, viewer);
  const slugs = await db.board.findMany({
    where: { id: { in: viewer.grants.flatMap((g) => (g.boardId ? [g.boardId] : [])) } },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  const status = await feedTokenStatus(db, viewer.userId);
  const day = (instant: Date) => formatCivilDate(londonToday(instant));
  // Said in words on the page (issue 14): when the current addresses stop, or that they already have.
  const expiry = status.active
    ? status.expiresAt
      ? `Your calendar addresses stop working on ${day(status.expiresAt)}. Create new ones before then to keep your subscriptions.`
      : "Your calendar addresses work until you create new ones or stop them."
    : status.expiredAt
      ? `Your calendar addresses expired on ${day(status.expiredAt)}. Create new ones to subscribe again.`
      : null;
  return (
    <main id="main" className="py-10">
      <PageHeader title="Calendar subscriptions">
        Subscribe to your boards&apos; calendars in Outlook or any calendar that reads iCalendar feeds. Items update as
        the calendar is regenerated; retired items are removed.
      </PageHeader>
      <p className="mb-6">
        {boards.length > 0
          ? `You hold a role on ${boards.length} board${boards.length === 1 ? "" : "s"}.`
          : "You hold no board role, so your feed of all your boards is empty."}
      </p>
      <FeedTokenForm
        origin={env().NEXTAUTH_URL.replace(/\/$/, "")}
        boards={slugs}
        hasToken={status.active}
        expiry={expiry}
      />
    </main>
  );
}
