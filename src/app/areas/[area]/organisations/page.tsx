import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaOrganisations } from "@/server/features/organisations/list-area-organisations";
import { CreateOrganisationForm } from "./forms";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const { area, organisations, kinds, canManage } = await orNotFound(listAreaOrganisations(await pageReader(), slug));
  return (
    <>
      <PageHeader caption={area.name} title="Organisations">
        The organisations of {area.name}: those its administrators added, those represented on its boards, and those its
        posts belong to.
      </PageHeader>
      {organisations.length === 0 ? (
        <p className="mb-6">No organisations yet.</p>
      ) : (
        <Table caption={`Organisations in ${area.name}`} captionHidden head={["Organisation", "Kind", "Posts here"]}>
          {organisations.map((o) => (
            <tr key={o.id}>
              <Td header>
                {canManage ? (
                  <Link className="text-brand underline" href={`/areas/${slug}/organisations/${o.slug}`}>
                    {o.name}
                  </Link>
                ) : (
                  o.name
                )}
              </Td>
              <Td>{o.kind}</Td>
              <Td>{o.posts}</Td>
            </tr>
          ))}
        </Table>
      )}
      {canManage && (
        <>
          <SectionHeading id="new-organisation">Add an organisation</SectionHeading>
          <CreateOrganisationForm areaId={area.id} kinds={kinds} />
        </>
      )}
      <p className="mt-6">
        <Link className="text-brand underline" href={`/areas/${slug}/people`}>
          People in {area.name}
        </Link>
      </p>
    </>
  );
}
