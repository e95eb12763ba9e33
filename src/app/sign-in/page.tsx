import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { currentViewer } from "@/server/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentViewer()) redirect("/");
  return (
    <main id="main" className="py-10">
      <PageHeader title="Sign in">Use the email address and password your board administrator gave you.</PageHeader>
      <SignInForm />
    </main>
  );
}
