import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { PASSWORD_MIN } from "@/lib/schemas/users";
import { env } from "@/server/core/env";
import { db } from "@/server/data/db";
import { openInvitation } from "@/server/features/users/accept-invitation";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };

/**
 * A one-time link (public: the secret in the URL is the authority). While open it shows whom it is
 * for and asks for a password; otherwise it says only why it cannot be used.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await openInvitation(db, decodeURIComponent(token), new Date());
  if (!found.open)
    return (
      <main id="main" className="py-10">
        <PageHeader title="This link cannot be used">
          <p>{found.message}</p>
        </PageHeader>
        <p>
          <Link className="text-brand underline" href="/sign-in">
            Go to sign in
          </Link>
        </p>
      </main>
    );
  const e = env();
  const oidc = Boolean(e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET);
  return (
    <main id="main" className="py-10">
      <PageHeader title="Set up your account">
        <p>
          This invitation is for {found.name} ({found.email}). Choose a password of at least {PASSWORD_MIN} characters:
          you will be signed in straight away, and sign in with your email address and this password afterwards.
        </p>
      </PageHeader>
      <AcceptInvitationForm token={token} email={found.email} />
      {oidc && (
        <p className="mt-8 max-w-xl">
          Or, instead of a password,{" "}
          <Link className="text-brand underline" href="/api/auth/signin/oidc">
            sign in with {e.AUTH_OIDC_NAME}
          </Link>{" "}
          using the account for {found.email}.
        </p>
      )}
    </main>
  );
}
