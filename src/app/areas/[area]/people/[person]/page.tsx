import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getPerson } from "@/server/features/membership/get-person";
import { directoryOptions } from "@/server/features/people/list-directory-options";
import { ChangeCapacityForm, EndMembershipForm } from "@/app/areas/[area]/boards/[board]/members/forms";
import { AddHoldingForm, AddMembershipForm, EditPersonForm, EndHoldingForm } from "./forms";

export const metadata: Metadata = { title: "Person" };

const term = (from: string, to: string | null) => `${formatCivilDate(from)} to ${to ? formatCivilDate(to) : "now"}`;

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; person: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { area: slug, person } = await params;
  const { created } = await searchParams;
  const reader = await pageReader();
  const p = await orNotFound(getPerson(reader, slug, person));
  const options = await directoryOptions(reader, p.area.id);
  const open = p.memberships.filter((m) => m.canChange && m.to === null);
  const endable = p.posts.filter((h) => h.canEnd && h.to === null);
  return (
    <>
      <PageHeader caption={p.area.name} title={p.person.name}>
        {p.person.email ?? "No email address recorded."}
      </PageHeader>
      {created === "1" && (
        <p role="status" className="mb-6 max-w-3xl border-4 border-ok p-3 font-bold">
          {p.person.name} added. Give them posts and memberships below.
        </p>
      )}
      <SectionHeading>Posts</SectionHeading>
      {p.posts.length === 0 ? (
        <p>No posts recorded.</p>
      ) : (
        <Table caption="Posts" captionHidden head={["Post", "Organisation", "Term", ""]}>
          {p.posts.map((h) => (
            <tr key={h.id}>
              <Td header>
                {h.inArea ? (
                  <Link className="text-brand underline" href={`/areas/${slug}/posts/${encodeURIComponent(h.key)}`}>
                    {h.title}
                  </Link>
                ) : (
                  h.title
                )}
              </Td>
              <Td>{h.organisation}</Td>
              <Td>{term(h.from, h.to)}</Td>
              <Td>
                {h.current ? (
                  <Tag tone="green">Current</Tag>
                ) : h.future ? (
                  <Tag tone="blue">From then</Tag>
                ) : (
                  <Tag>Past</Tag>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {endable.map((h) => (
        <details key={h.id} className="mb-4 max-w-xl">
          <summary className="cursor-pointer text-lg text-brand underline">End holding of {h.title}</summary>
          <div className="mt-2">
            <EndHoldingForm holdingId={h.id} title={h.title} />
          </div>
        </details>
      ))}
      {options.recordablePosts.length > 0 && (
        <details className="mb-6 max-w-xl">
          <summary className="cursor-pointer text-lg text-brand underline">
            Record {p.person.name} as a post holder
          </summary>
          <div className="mt-2">
            <AddHoldingForm personId={p.person.id} posts={options.recordablePosts} />
          </div>
        </details>
      )}
      <p className="mb-6">
        <Link className="text-brand underline" href={`/areas/${slug}/posts`}>
          Every post in {p.area.name}, with its holder
        </Link>
      </p>
      <SectionHeading>Boards</SectionHeading>
      {p.memberships.length === 0 ? (
        <p className="mb-6">No board memberships recorded.</p>
      ) : (
        <Table caption="Board memberships" captionHidden head={["Board", "Capacity", "Representing", "Term", ""]}>
          {p.memberships.map((m) => (
            <tr key={m.id}>
              <Td header>
                {m.board} ({m.key})
              </Td>
              <Td>{m.capacity}</Td>
              <Td>{m.organisation}</Td>
              <Td>{term(m.from, m.to)}</Td>
              <Td>{m.current ? <Tag tone="green">Current</Tag> : <Tag>Past</Tag>}</Td>
            </tr>
          ))}
        </Table>
      )}
      {open.map((m) => (
        <details key={m.id} className="mb-4 max-w-xl">
          <summary className="cursor-pointer text-lg text-brand underline">
            Change or end membership of {m.key} ({m.capacity})
          </summary>
          <div className="mt-2 flex flex-col gap-6">
            <ChangeCapacityForm
              membershipId={m.id}
              version={m.version}
              name={`${m.key}`}
              capacityOptions={options.capacities}
            />
            <EndMembershipForm membershipId={m.id} version={m.version} name={`${m.key}`} />
          </div>
        </details>
      ))}
      {options.membershipBoards.length > 0 && (
        <>
          <SectionHeading id="new-membership">Add a membership</SectionHeading>
          <AddMembershipForm
            personId={p.person.id}
            boards={options.membershipBoards}
            capacities={options.capacities}
            organisations={options.organisations}
          />
        </>
      )}
      {p.canEdit && (
        <>
          <SectionHeading id="details">Change {p.person.name}&apos;s details</SectionHeading>
          <EditPersonForm areaId={p.area.id} person={p.person} />
        </>
      )}
      <p className="mt-6">
        <Link className="text-brand underline" href={`/areas/${slug}/people`}>
          All people in {p.area.name}
        </Link>
      </p>
    </>
  );
}
