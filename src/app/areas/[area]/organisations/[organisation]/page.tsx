import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getAreaOrganisation } from "@/server/features/organisations/get-area-organisation";
import { EditOrganisationForm } from "../forms";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage({
  params,
}: {
  params: Promise<{ area: string; organisation: string }>;
}) {
  const { area: slug, organisation: key } = await params;
  const { area, organisation, kinds, canManage } = await orNotFound(
    getAreaOrganisation(await pageReader(), slug, decodeURIComponent(key)),
  );
  return (
    <>
      <PageHeader caption={`${area.name}, organisations`} title={organisation.name}>
        {organisation.kind}. Its key, {organisation.slug}, stays the same when it is renamed: files of people name the
        organisation by it or by its name.
      </PageHeader>
      {canManage ? (
        <EditOrganisationForm areaId={area.id} organisation={organisation} kinds={kinds} />
      ) : (
        <p>An administrator of {area.name} can rename this organisation or change its kind.</p>
      )}
      <p className="mt-6">
        <Link className="text-brand underline" href={`/areas/${slug}/organisations`}>
          All organisations in {area.name}
        </Link>
      </p>
    </>
  );
}
