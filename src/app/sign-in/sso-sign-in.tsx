"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";

/**
 * "Sign in with <provider>": next-auth starts the OpenID Connect flow with a POST carrying its CSRF
 * token, which next-auth/react fetches first, so this needs JavaScript (as the provider's own sign-in
 * pages do). A link, not a button: it leaves the portal for the provider.
 */
export function SsoSignIn({ name }: { name: string }) {
  return (
    <section aria-labelledby="sso-heading" className="mt-10 max-w-xl border-t-2 border-panel pt-6">
      <h2 id="sso-heading" className="mb-2 text-2xl font-bold">
        Or use your organisation&apos;s account
      </h2>
      <p className="mb-4 text-lg">If your administrator has set up single sign-on for your account:</p>
      <Link
        href="/api/auth/signin/oidc"
        prefetch={false}
        onClick={(event) => {
          event.preventDefault();
          void signIn("oidc", { callbackUrl: "/" });
        }}
        className="inline-block min-h-11 bg-panel px-4 py-2 text-lg font-bold text-ink underline shadow-[0_2px_0_#002d18] hover:brightness-90"
      >
        Sign in with {name}
      </Link>
    </section>
  );
}
