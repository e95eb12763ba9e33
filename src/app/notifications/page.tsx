import type { Metadata } from "next";
import Link from "next/link";
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { PageHeader } from "@/components/ui/page-header";
import { Tag } from "@/components/ui/tag";
import { TIME_ZONE } from "@/lib/dates";
import { pageReader } from "@/server/auth/page";
import { NOTICES_SHOWN, listMyNotifications } from "@/server/features/notifications/list-my-notifications";
import { MarkAllReadForm, OpenNoticeForm } from "./notice-forms";

export const metadata: Metadata = { title: "Notifications" };

/** "30 November 2026 at 14:05", in UK time. */
const when = (at: Date) => format(new TZDate(at, TIME_ZONE), "d MMMM yyyy 'at' HH:mm");

export default async function NotificationsPage() {
  const reader = await pageReader();
  const { notices, unread, total } = await listMyNotifications(reader);
  return (
    <main id="main" className="py-10">
      <PageHeader title="Notifications">
        What the portal has told you, newest first.{" "}
        {unread === 0 ? "You have no unread notices." : `You have ${unread} unread notice${unread === 1 ? "" : "s"}.`}
      </PageHeader>
      <p className="mb-6">
        <Link className="text-brand underline" href="/account/notifications">
          Choose what you are told, and how often
        </Link>
      </p>
      {notices.length === 0 ? (
        <p>Nothing yet. Notices appear here when something needs you, for example an item sent to your board.</p>
      ) : (
        <>
          {unread > 0 && <MarkAllReadForm newestId={notices[0]!.id} />}
          <ol className="max-w-4xl divide-y-2 divide-line border-y-2 border-line" aria-label="Your notices">
            {notices.map((n) => (
              <li key={n.id} className={`py-4 ${n.readAt ? "" : "border-l-8 border-brand pl-3"}`}>
                <p className="mb-1">
                  {n.readAt ? <Tag tone="grey">Read</Tag> : <Tag tone="blue">Unread</Tag>}{" "}
                  <span className="text-muted">{when(n.createdAt)}</span>
                </p>
                <OpenNoticeForm id={n.id} title={n.title} unread={!n.readAt} />
                {n.body && (
                  <ul className="mt-1 list-disc pl-6">
                    {n.body.split("\n").map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {total > notices.length && (
            <p className="mt-4">
              Showing your latest {NOTICES_SHOWN} notices of {total}.
            </p>
          )}
        </>
      )}
    </main>
  );
}
