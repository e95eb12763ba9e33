import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaPeople } from "@/server/features/people/list-area-people";
import { CreatePersonForm } from "./forms";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const { area, people, canManage } = await orNotFound(listAreaPeople(await pageReader(), slug));
  return (
    <>
      <PageHeader caption={area.name} title="People">
        The people of {area.name}: those on its boards, holding its posts, or added by its administrators. Open a person
        to see their posts and memberships{canManage ? " and change them" : ""}.
      </PageHeader>
      {canManage && (
        <ul className="mb-6 list-disc pl-6 text-lg">
          <li>
            <a className="text-brand underline" href="#new-person">
              Add a person
            </a>
          </li>
          <li>
            <Link className="text-brand underline" href={`/areas/${slug}/people/import`}>
              Import people and memberships from a CSV file
            </Link>
          </li>
          <li>
            <Link className="text-brand underline" href={`/areas/${slug}/organisations`}>
              Organisations
            </Link>
          </li>
        </ul>
      )}
      {people.length === 0 ? (
        <p className="mb-6">No people yet.</p>
      ) : (
        <Table caption={`People in ${area.name}`} captionHidden head={["Name", "Email", "Boards today", "Posts today"]}>
          {people.map((p) => (
            <tr key={p.id}>
              <Td header>
                <Link className="text-brand underline" href={`/areas/${slug}/people/${p.slug}`}>
                  {p.name}
                </Link>
              </Td>
              {canManage && <Td>{p.email ?? "None recorded"}</Td>}
              <Td>{p.boards}</Td>
              <Td>{p.posts}</Td>
            </tr>
          ))}
        </Table>
      )}
      {canManage && (
        <>
          <SectionHeading id="new-person">Add a person</SectionHeading>
          <CreatePersonForm areaId={area.id} />
        </>
      )}
    </>
  );
}
