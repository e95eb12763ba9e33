import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { currentViewer } from "@/server/auth/session";
import { env } from "@/server/core/env";
import { SignInForm } from "./sign-in-form";
import { SsoError } from "./sso-error";
import { SsoSignIn } from "./sso-sign-in";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await currentViewer()) redirect("/");
  const { error } = await searchParams;
  const e = env();
  const sso = Boolean(e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET);
  return (
    <main id="main" className="py-10">
      {sso && typeof error === "string" && <SsoError error={error} provider={e.AUTH_OIDC_NAME} />}
      <PageHeader title="Sign in">Use the email address and password your board administrator gave you.</PageHeader>
      <SignInForm />
      {sso && <SsoSignIn name={e.AUTH_OIDC_NAME} />}
    </main>
  );
}
