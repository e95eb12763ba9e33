import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { pageReader } from "@/server/auth/page";
import { isGlobalAdministrator } from "@/server/authz/authorize-area";
import { listAreasToManage } from "@/server/features/areas/list-areas";
import { ArchiveAreaForm, CreateAreaForm, RenameAreaForm } from "./forms";

export const metadata: Metadata = { title: "Areas" };

/** Every area, archived ones too: create, rename and archive (administrators of the whole portal). */
export default async function AdminAreasPage() {
  const reader = await pageReader();
  if (!isGlobalAdministrator(reader.viewer)) notFound();
  const areas = await listAreasToManage(reader);
  return (
    <main id="main" className="py-10">
      <PageHeader caption="Administration" title="Areas">
        <p>
          Each area has its own boards, people and protocols. An archived area is hidden from everyone and cannot be
          changed, but nothing in it is deleted.{" "}
          <Link className="text-brand underline" href="/admin/areas/import">
            Import an area from its file
          </Link>
          .
        </p>
      </PageHeader>
      <Table caption="Areas" captionHidden head={["Area", "Key", "Boards", "Name and bank holidays", "Archive"]}>
        {areas.map((a) => (
          <tr key={a.id}>
            <Td header>
              {a.archivedAt ? (
                <>
                  {a.name} <Tag>Archived</Tag>
                </>
              ) : (
                <Link className="text-brand underline" href={`/areas/${a.slug}/boards`}>
                  {a.name}
                </Link>
              )}
            </Td>
            <Td>{a.slug}</Td>
            <Td>{a.boards}</Td>
            <Td>{a.archivedAt ? "None" : <RenameAreaForm area={a} />}</Td>
            <Td>
              <ArchiveAreaForm area={{ ...a, archived: a.archivedAt !== null }} />
            </Td>
          </tr>
        ))}
      </Table>
      <SectionHeading id="create">Create an area</SectionHeading>
      <CreateAreaForm />
    </main>
  );
}
