import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { pageReader } from "@/server/auth/page";
import { ImportAreaForm } from "./import-form";

export const metadata: Metadata = { title: "Import an area" };

/**
 * Import an area from its file (`cli area export`), with a preview first. Administrators of
 * everything import any area; an area's own administrators, their area's file (the actions check).
 */
export default async function ImportAreaPage() {
  const { viewer } = await pageReader();
  if (!viewer.grants.some((g) => g.role === "administrator" && !g.boardId)) notFound();
  return (
    <main id="main" className="py-10">
      <PageHeader caption="Administration" title="Import an area">
        <p>
          Creates or updates an area, its boards, people, memberships, meetings and protocols from its file. Importing
          the same file twice changes nothing the second time.
        </p>
      </PageHeader>
      <ImportAreaForm />
    </main>
  );
}
