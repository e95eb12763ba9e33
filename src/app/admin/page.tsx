import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { pageReader } from "@/server/auth/page";

export const metadata: Metadata = { title: "Administration" };

/**
 * The administration index: one link per administration page. Administrators of an area or of
 * everything see it; each page checks its own permission again.
 */
export default async function AdminPage() {
  const { viewer } = await pageReader();
  if (!viewer.grants.some((g) => g.role === "administrator")) notFound();
  const links: { href: string; label: string }[] = [
    // One line per administration page (keep them in this order: areas, people, users, vocabularies, audit, outbox).
    { href: "/admin/areas", label: "Areas: create, rename and archive areas" },
    { href: "/admin/areas/import", label: "Import an area from its file, with a preview of what will change" },
    { href: "/admin/users", label: "Users and roles: invite people, grant and remove roles, disable accounts" },
    { href: "/admin/vocabularies", label: "Vocabularies: kinds of board, kinds of organisation and capacities" },
    { href: "/admin/audit", label: "Audit log: every change, who made it, before and after" },
    { href: "/admin/outbox", label: "Outbox: the notices' email, and the messages that could not be sent" },
  ];
  return (
    <main id="main" className="py-10">
      <PageHeader title="Administration">
        <p>Set up areas, boards, people and users, and see what changed.</p>
      </PageHeader>
      <ul className="list-disc space-y-2 pl-6 text-lg">
        {links.map((l) => (
          <li key={l.href}>
            <Link className="text-brand underline" href={l.href}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
