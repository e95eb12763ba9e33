import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaPeople } from "@/server/features/people/list-area-people";
import { ImportPeopleForm } from "./import-form";

export const metadata: Metadata = { title: "Import people" };

export default async function ImportPeoplePage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const { area, canManage } = await orNotFound(listAreaPeople(await pageReader(), slug));
  return (
    <>
      <PageHeader caption={`${area.name}, people`} title="Import people and memberships">
        A CSV file with one row per membership. You see what each row would do before anything is saved, and nothing is
        saved while any row is in error.
      </PageHeader>
      <SectionHeading>The file</SectionHeading>
      <ul className="mb-6 max-w-3xl list-disc pl-6 text-lg">
        <li>
          A header row naming the columns <code>name, email, organisation, board, capacity, from, to</code> (email and
          to may be left out or empty).
        </li>
        <li>A person is matched by their email address, or else by their exact name among the area&apos;s people.</li>
        <li>Organisation: its name or key, as on the Organisations page. Board: its key in {area.name}, e.g. HSCB.</li>
        <li>Capacity: Chair, Vice-chair, Member, Statutory member, Participant observer or Supporting officer.</li>
        <li>Dates as 2026-04-01 or 01/04/2026.</li>
      </ul>
      {canManage ? (
        <ImportPeopleForm areaId={area.id} />
      ) : (
        <p>Only an administrator of {area.name} can import people.</p>
      )}
      <p className="mt-6">
        <Link className="text-brand underline" href={`/areas/${slug}/people`}>
          All people in {area.name}
        </Link>
      </p>
    </>
  );
}
