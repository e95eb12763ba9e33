import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { myNotificationPreferences, shownVersion } from "@/server/features/notifications/save-preferences";
import { NotificationPreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const viewer = await requireUser();
  const prefs = await myNotificationPreferences(db, viewer);
  const roles = new Set(viewer.grants.map((g) => g.role));
  return (
    <main id="main" className="py-10">
      <PageHeader title="Notification settings">
        What the portal tells you by email and in your notifications: a digest of what needs your boards, and notices at
        once when something happens.
      </PageHeader>
      {!prefs.saved && (
        <p className="mb-6 max-w-3xl border-l-4 border-brand pl-4">
          You have not chosen yet, so these are the defaults for your roles:{" "}
          {roles.has("secretariat") || roles.has("chair")
            ? "secretariat and chairs get the weekly digest on Monday morning and every notice at once."
            : "members get nothing until they choose."}
        </p>
      )}
      <NotificationPreferencesForm
        values={{
          digest: prefs.digest,
          leadDays: String(prefs.leadDays),
          meetingDigest: prefs.meetingDigest,
          immediate: prefs.immediate,
        }}
        version={shownVersion(prefs)}
        isMember={roles.has("member")}
      />
      <p className="mt-8">
        <Link href="/account/feeds" className="text-brand underline">
          Calendar subscriptions
        </Link>
      </p>
    </main>
  );
}
