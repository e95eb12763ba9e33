import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { grantableScopes } from "@/server/features/users/get-user";
import { InviteUserForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite a user" };

/** Invite by email: the person, their first role and where it applies, and how long the link works. */
export default async function InviteUserPage() {
  const reader = await pageReader();
  const scopes = await orNotFound(grantableScopes(reader));
  return (
    <main id="main" className="py-10">
      <p className="mb-4">
        <Link className="text-brand underline" href="/admin/users">
          Back to users and roles
        </Link>
      </p>
      <PageHeader title="Invite a user">
        <p>
          They get a one-time link to choose their password (by email when the portal has a mail server; otherwise you
          are shown the link to pass on).
        </p>
      </PageHeader>
      <InviteUserForm scopes={scopes} />
    </main>
  );
}
